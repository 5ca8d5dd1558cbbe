/**
 * Where each day figure comes from: the raw table, the day a row counts on, and the condition and
 * value of each column. Written once and read by every path, so the refresh, the rebuild, the
 * plain check, the raw breakdowns and the drill-down into the rows all count the same rows
 * (the definitions are the day-figures contract, docs/indicators.md).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { FigureKey, SnapshotKey } from '../../core/indicators/figures.js';

/** What a raw breakdown can attribute a figure to, besides its centre and day. */
export type AttributionKey = 'department' | 'item' | 'window' | 'clerk';

export interface KeyExpr {
  expr: SQL;
  /** A join the expression needs; the same object is joined once even when two keys use it. */
  join?: SQL;
}

export type SourceName =
  | 'tickets'
  | 'appointments'
  | 'cases_accepted'
  | 'cases_decided'
  | 'notices'
  | 'ratings'
  | 'followups'
  | 'complaints';

export interface FigureSource {
  name: SourceName;
  /** The table with its alias and the joins every row needs. */
  from: SQL;
  centre: SQL;
  /** The Asia/Shanghai business day the row counts on. */
  day: SQL;
  /** Rows of the table that count at all. */
  where: SQL;
  /** A bound on an indexed column matching a day range, when `day` itself is not indexed. */
  range?: (from: string, to: string) => SQL;
  keys: Partial<Record<AttributionKey, KeyExpr>>;
}

export interface FigureColumn {
  source: SourceName;
  /** The rows counted (or summed) among the source's rows; absent means all of them. */
  where?: SQL;
  /** Summed instead of counted. */
  sum?: SQL;
}

const appointmentItem: SQL = sql`left join items ai on ai.code = a.item_code`;
const appointmentTicket: SQL = sql`left join tickets apt on apt.id = a.ticket_id`;
const noticeItem: SQL = sql`left join items ni on ni.code = n.item_code`;
const noticeTicket: SQL = sql`left join tickets nt on nt.id = n.ticket_id`;
const ratingCase: SQL = sql`left join cases rc on rc.id = r.case_id`;
const followupCase: SQL = sql`left join cases fc on fc.id = fr.case_id`;
const complaintCase: SQL = sql`left join cases kc on kc.id = k.case_id`;

/** Seconds waited: issue to the start of service, whole seconds (the contract floors them). */
export const WAIT_SECONDS = sql`floor(extract(epoch from t.started_at - t.issued_at))`;
/** The whole minute a wait falls in, for the histogram and the exact percentile alike. */
export const WAIT_MINUTE = sql`floor(floor(extract(epoch from t.started_at - t.issued_at)) / 60)::int`;

export const SOURCES: Record<SourceName, FigureSource> = {
  tickets: {
    name: 'tickets',
    from: sql`tickets t`,
    centre: sql`t.centre_id`,
    day: sql`t.business_date`,
    where: sql`true`,
    keys: { window: { expr: sql`t.window_id::text` }, clerk: { expr: sql`t.clerk_id::text` } },
  },
  appointments: {
    name: 'appointments',
    from: sql`appointments a`,
    centre: sql`a.centre_id`,
    day: sql`a.date`,
    // A cancelled booking was never due.
    where: sql`a.status in ('checked_in', 'no_show', 'booked')`,
    keys: {
      item: { expr: sql`a.item_code` },
      department: { expr: sql`ai.department_code`, join: appointmentItem },
      window: { expr: sql`apt.window_id::text`, join: appointmentTicket },
      clerk: { expr: sql`apt.clerk_id::text`, join: appointmentTicket },
    },
  },
  cases_accepted: {
    name: 'cases_accepted',
    from: sql`cases c left join services s on s.id = c.service_id`,
    centre: sql`c.centre_id`,
    day: sql`c.accepted_on`,
    where: sql`true`,
    keys: {
      department: { expr: sql`c.department_code` },
      item: { expr: sql`c.item_code` },
      window: { expr: sql`s.window_id::text` },
      clerk: { expr: sql`c.clerk_id::text` },
    },
  },
  cases_decided: {
    name: 'cases_decided',
    from: sql`cases d`,
    centre: sql`d.centre_id`,
    day: sql`d.decided_on`,
    where: sql`d.kind = 'committed' and d.decided_on is not null`,
    // The staff member of a decision is the officer who decided.
    keys: {
      department: { expr: sql`d.department_code` },
      item: { expr: sql`d.item_code` },
      clerk: { expr: sql`d.officer_id::text` },
    },
  },
  notices: {
    name: 'notices',
    from: sql`notices n`,
    centre: sql`n.centre_id`,
    day: sql`(n.created_at at time zone 'Asia/Shanghai')::date`,
    where: sql`n.kind in ('one_time', 'refusal')`,
    range: (from, to) =>
      sql`n.created_at >= (${from}::date::timestamp at time zone 'Asia/Shanghai') and n.created_at < ((${to}::date + 1)::timestamp at time zone 'Asia/Shanghai')`,
    keys: {
      item: { expr: sql`n.item_code` },
      department: { expr: sql`ni.department_code`, join: noticeItem },
      window: { expr: sql`nt.window_id::text`, join: noticeTicket },
      clerk: { expr: sql`n.created_by::text` },
    },
  },
  ratings: {
    name: 'ratings',
    from: sql`ratings r`,
    centre: sql`r.centre_id`,
    day: sql`r.created_on`,
    // An appeal upheld annuls the rating: it stays on record and counts nowhere.
    where: sql`r.annulled_at is null`,
    keys: {
      window: { expr: sql`r.window_id::text` },
      clerk: { expr: sql`r.clerk_id::text` },
      department: { expr: sql`rc.department_code`, join: ratingCase },
      item: { expr: sql`rc.item_code`, join: ratingCase },
    },
  },
  followups: {
    name: 'followups',
    from: sql`rating_followups f join ratings fr on fr.id = f.rating_id`,
    centre: sql`f.centre_id`,
    day: sql`fr.created_on`,
    where: sql`fr.annulled_at is null and f.status <> 'annulled'`,
    keys: {
      window: { expr: sql`fr.window_id::text` },
      clerk: { expr: sql`fr.clerk_id::text` },
      department: { expr: sql`fc.department_code`, join: followupCase },
      item: { expr: sql`fc.item_code`, join: followupCase },
    },
  },
  complaints: {
    name: 'complaints',
    from: sql`complaints k`,
    centre: sql`k.centre_id`,
    day: sql`k.received_on`,
    where: sql`true`,
    keys: {
      department: { expr: sql`kc.department_code`, join: complaintCase },
      item: { expr: sql`kc.item_code`, join: complaintCase },
      clerk: { expr: sql`k.staff_id::text` },
    },
  },
};

const immediateFinished = sql`c.kind = 'immediate' and c.finished_at is not null`;
const immediateTimed = sql`c.kind = 'immediate' and c.finished_at is not null and s.started_at is not null`;
const started = sql`t.started_at is not null`;

export const COLUMNS: Record<FigureKey, FigureColumn> = {
  ticketsIssued: { source: 'tickets' },
  ticketsNoShow: { source: 'tickets', where: sql`t.status = 'no_show'` },
  waitCount: { source: 'tickets', where: started },
  waitSecondsSum: { source: 'tickets', where: started, sum: WAIT_SECONDS },
  appointmentsDue: { source: 'appointments' },
  appointmentsShown: { source: 'appointments', where: sql`a.status = 'checked_in'` },
  casesAccepted: { source: 'cases_accepted' },
  casesOnSpot: { source: 'cases_accepted', where: immediateFinished },
  // Timed from the start of the service at the window (cases.service_id) to the finish.
  immediateCount: { source: 'cases_accepted', where: immediateTimed },
  immediateSecondsSum: {
    source: 'cases_accepted',
    where: immediateTimed,
    sum: sql`floor(extract(epoch from c.finished_at - s.started_at))`,
  },
  committedDecided: { source: 'cases_decided' },
  committedDaysSum: { source: 'cases_decided', sum: sql`d.handling_days` },
  committedOnTime: { source: 'cases_decided', where: sql`d.overdue_days = 0` },
  committedOverdue: { source: 'cases_decided', where: sql`d.overdue_days > 0` },
  committedOverdueDaysSum: {
    source: 'cases_decided',
    where: sql`d.overdue_days > 0`,
    sum: sql`d.overdue_days`,
  },
  oneTimeNotices: { source: 'notices', where: sql`n.kind = 'one_time'` },
  refusals: { source: 'notices', where: sql`n.kind = 'refusal'` },
  ratingsCount: { source: 'ratings' },
  ratingsGood: { source: 'ratings', where: sql`r.level >= 4` },
  ratingsBad: { source: 'ratings', where: sql`r.level <= 2` },
  followupsDue: { source: 'followups' },
  followupsDone: { source: 'followups', where: sql`f.contacted_on is not null` },
  followupsOnTime: {
    source: 'followups',
    where: sql`f.contacted_on <= f.contact_due and f.closed_on is not null and f.closed_on <= f.close_due`,
  },
  complaintsCount: { source: 'complaints' },
  complaintsAnswered: { source: 'complaints', where: sql`k.answered_on is not null` },
  complaintsAnswerDaysSum: {
    source: 'complaints',
    where: sql`k.answered_on is not null`,
    sum: sql`k.answer_days`,
  },
};

/** The database column of a figure (ticketsIssued → tickets_issued). */
export function columnName(key: FigureKey | SnapshotKey): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A list of ids as one array parameter (uuids and dates need no quoting). */
export function arrayParam(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}
