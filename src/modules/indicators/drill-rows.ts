/**
 * How the rows behind a number are shown: for each raw table, the record's id, its number (case,
 * ticket, notice, complaint), its day, item, staff member, person (masked by the service before it
 * leaves) and a detail. Joined tables use x-prefixed aliases that no figure source uses.
 */
import { sql, type SQL } from 'drizzle-orm';
import { SNAPSHOT_KEYS, type SnapshotKey } from '../../core/indicators/figures.js';
import type { SourceName } from './figure-sources.js';
import { LIVE_SNAPSHOT } from './snapshot.query.js';

export type DrillKind =
  | 'ticket'
  | 'appointment'
  | 'case'
  | 'notice'
  | 'rating'
  | 'followup'
  | 'complaint'
  | 'window'
  | 'clerk'
  | 'item';

export interface RowShape {
  kind: DrillKind;
  /** Joins after the source's own `from`. */
  joins: SQL;
  /** id, record, day, item, staff, person, detail. */
  select: SQL;
}

const day = (expr: SQL) => sql`to_char(${expr}, 'YYYY-MM-DD')`;
const cols = (id: SQL, record: SQL, d: SQL, item: SQL, staff: SQL, person: SQL, detail: SQL) =>
  sql`${id} as id, ${record} as record, ${d} as day, ${item} as item, ${staff} as staff, ${person} as person, ${detail} as detail`;
const none = sql`null::text`;

export const FIGURE_ROWS: Record<SourceName, RowShape> = {
  tickets: {
    kind: 'ticket',
    joins: sql`left join users xu on xu.id = t.clerk_id`,
    select: cols(
      sql`t.id::text`,
      sql`t.number`,
      day(sql`t.business_date`),
      none,
      sql`xu.name`,
      none,
      sql`t.status`,
    ),
  },
  appointments: {
    kind: 'appointment',
    joins: sql`left join items xi on xi.code = a.item_code`,
    select: cols(
      sql`a.id::text`,
      sql`a.code`,
      day(sql`a.date`),
      sql`xi.name`,
      none,
      sql`a.name`,
      sql`a.status`,
    ),
  },
  cases_accepted: {
    kind: 'case',
    joins: sql`left join users xu on xu.id = c.clerk_id left join applicants xa on xa.id = c.applicant_id`,
    select: cols(
      sql`c.id::text`,
      sql`c.number`,
      day(sql`c.accepted_on`),
      sql`c.item_name`,
      sql`xu.name`,
      sql`xa.name`,
      sql`c.status`,
    ),
  },
  cases_decided: {
    kind: 'case',
    joins: sql`left join users xu on xu.id = d.officer_id left join applicants xa on xa.id = d.applicant_id`,
    select: cols(
      sql`d.id::text`,
      sql`d.number`,
      day(sql`d.decided_on`),
      sql`d.item_name`,
      sql`xu.name`,
      sql`xa.name`,
      sql`coalesce(d.decision, d.status)`,
    ),
  },
  notices: {
    kind: 'notice',
    joins: sql`left join items xi on xi.code = n.item_code left join users xu on xu.id = n.created_by left join applicants xa on xa.id = n.applicant_id`,
    select: cols(
      sql`n.id::text`,
      sql`n.number`,
      day(sql`(n.created_at at time zone 'Asia/Shanghai')::date`),
      sql`xi.name`,
      sql`xu.name`,
      sql`xa.name`,
      sql`n.kind`,
    ),
  },
  ratings: {
    kind: 'rating',
    joins: sql`left join cases xc on xc.id = r.case_id left join users xu on xu.id = r.clerk_id left join windows xw on xw.id = r.window_id`,
    select: cols(
      sql`r.id::text`,
      sql`r.level::text || '级'`,
      day(sql`r.created_on`),
      sql`xc.item_name`,
      sql`xu.name`,
      none,
      sql`xw.name`,
    ),
  },
  followups: {
    kind: 'followup',
    joins: sql`left join cases xc on xc.id = fr.case_id left join users xu on xu.id = fr.clerk_id`,
    select: cols(
      sql`f.rating_id::text`,
      sql`fr.level::text || '级'`,
      day(sql`fr.created_on`),
      sql`xc.item_name`,
      sql`xu.name`,
      none,
      sql`f.status`,
    ),
  },
  complaints: {
    kind: 'complaint',
    joins: sql`left join cases xc on xc.id = k.case_id left join users xu on xu.id = k.staff_id`,
    select: cols(
      sql`k.id::text`,
      sql`k.number`,
      day(sql`k.received_on`),
      sql`xc.item_name`,
      sql`xu.name`,
      sql`k.complainant_name`,
      sql`k.category`,
    ),
  },
};

export interface SnapshotRowShape extends RowShape {
  from: SQL;
  centre: SQL;
  where: SQL;
}

const windowRows = (where: SQL): SnapshotRowShape => ({
  kind: 'window',
  from: sql`windows w`,
  centre: sql`w.centre_id`,
  where,
  joins: sql``,
  select: cols(sql`w.id::text`, sql`w.name`, none, none, none, none, sql`w.kind`),
});
const clerkRows = (where: SQL): SnapshotRowShape => ({
  kind: 'clerk',
  from: sql`users u`,
  centre: sql`u.centre_id`,
  where,
  joins: sql``,
  select: cols(
    sql`u.id::text`,
    sql`u.username`,
    none,
    none,
    sql`u.name`,
    none,
    sql`case when u.is_all_round then '全能人才' else '' end`,
  ),
});
const itemRows = (where: SQL): SnapshotRowShape => ({
  kind: 'item',
  from: sql`centre_items ci join items i on i.code = ci.item_code`,
  centre: sql`ci.centre_id`,
  where,
  joins: sql``,
  select: cols(
    sql`ci.item_code`,
    sql`ci.item_code`,
    none,
    sql`i.name`,
    none,
    none,
    sql`case when ci.handled_in_system then '系统内办理' else '系统外办理' end`,
  ),
});

const basicItemRows = (where: SQL): SnapshotRowShape => ({
  kind: 'item',
  // The city's list, once for each centre in scope (as the sum of the snapshots counts it).
  from: sql`centres bc cross join items i`,
  centre: sql`bc.id`,
  where,
  joins: sql``,
  select: cols(sql`i.code`, sql`i.code`, none, sql`i.name`, none, none, none),
});

const SHAPES = {
  windows: windowRows,
  users: clerkRows,
  centre_items: itemRows,
  items: basicItemRows,
};

/** The live rows behind the standing figures, with the very conditions the live snapshot counts. */
export const SNAPSHOT_ROWS = Object.fromEntries(
  SNAPSHOT_KEYS.map((k) => [k, SHAPES[LIVE_SNAPSHOT[k].table](LIVE_SNAPSHOT[k].where)]),
) as Record<SnapshotKey, SnapshotRowShape>;

export const OPEN_OVERDUE_ROWS: RowShape = {
  kind: 'case',
  joins: sql`left join users xu on xu.id = o.officer_id left join applicants xa on xa.id = o.applicant_id`,
  // The day shown is the deadline that has passed.
  select: cols(
    sql`o.id::text`,
    sql`o.number`,
    day(sql`o.deadline`),
    sql`o.item_name`,
    sql`xu.name`,
    sql`xa.name`,
    sql`o.status`,
  ),
};

/** The same columns from a case line of an uploaded batch (alias `l`): names come masked already. */
export const UPLOADED_OPEN_OVERDUE_ROWS: SQL = cols(
  sql`l->>'number'`,
  sql`l->>'number'`,
  sql`l->>'deadline'`,
  sql`l->>'itemName'`,
  none,
  sql`l->>'applicant'`,
  sql`'uploaded'`,
);
