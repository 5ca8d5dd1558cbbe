/**
 * A city-sized history for the district and city views and their benchmark: centres across
 * Shanghai's districts with their lines, windows, staff and applicants, and for every business
 * day of the period the tickets, services, cases (immediate ones finished on the spot; committed
 * ones paused, decided and collected on the working-day calendar, some late), one-time and
 * refusal notices, ratings with follow-ups of the bad ones, appointments and no-shows, and
 * complaints. Everything is written by set-based SQL a chunk of days at a time, and the same seed
 * gives the same rows (ids included). Call it inside a transaction.
 *
 * Left out on purpose, to keep ten million cases to minutes: ticket and case events, acceptance
 * and decision notices, collection services and completion ratings. No figure counts them.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addDays, shanghaiMidnight, type IsoDate } from '../../core/dates.js';
import { WorkCalendar } from '../../core/calendar/working-days.js';
import { queryRows, type Tx } from '../../db/connection.js';
import { hashPassword } from '../../server/passwords.js';
import { listExceptions, listYears } from '../calendar/calendar.repository.js';
import { readShippedCatalogue } from '../catalogue/catalogue.service.js';
import { rebuildFigures } from '../indicators/figures.repository.js';
import { planCity, type CentrePlan, type CityPlanOptions } from './city-plan.js';
import { chunkSql } from './city-day-inserts.sql.js';
import type { DayChunk } from './city-day.sql.js';
import { generatedId, STAFF } from './city-sql.js';
import * as setup from './city-setup.sql.js';

export interface CityHistoryOptions {
  centres: number;
  districts: CityPlanOptions['districts'];
  /** The first day of the history; it runs over the working days from here. */
  from: IsoDate;
  /** How long the history runs: calendar months from `from`, or a number of business days. */
  months?: number;
  businessDays?: number;
  /** Accepted cases a business day at an average centre (180 gives a city's ten million a year). */
  casesPerCentreDay?: number;
  seed: number;
  /** The password every generated staff account shares; by default a random one nobody knows. */
  password?: string;
  /** Real street names for some centres, in order within their district. */
  names?: CityPlanOptions['names'];
  /** Centres per district (aligned with `districts`); by the districts' streets when omitted. */
  perDistrict?: CityPlanOptions['perDistrict'];
  /** The working-day calendar; read from the database when omitted. */
  calendar?: WorkCalendar;
  /**
   * Load with `session_replication_role = replica` when the database user may set it (a
   * superuser: the throw-away benchmark server, the embedded PGlite): the foreign-key and figure
   * triggers are skipped, which makes the load about 2.5 times faster. The rows are the same; the
   * API test loads with the triggers on, and `foreignKeyViolations` checks the keys afterwards.
   */
  skipTriggers?: boolean;
  /** About how many tickets one statement writes. */
  chunkTickets?: number;
  onProgress?: (progress: {
    days: number;
    totalDays: number;
    rows: number;
    seconds: number;
  }) => void;
}

export type CityRowCounts = Record<
  | 'centres'
  | 'windows'
  | 'staff'
  | 'applicants'
  | 'tickets'
  | 'services'
  | 'cases'
  | 'notices'
  | 'ratings'
  | 'followups'
  | 'appointments'
  | 'complaints',
  number
>;

export interface CityHistory {
  plans: CentrePlan[];
  /** Whether the load ran with the triggers skipped (see `skipTriggers`). */
  triggersSkipped: boolean;
  centreIds: string[];
  from: IsoDate;
  /** The last business day of the history. */
  to: IsoDate;
  businessDays: number;
  rows: CityRowCounts;
  /** Seconds spent writing rows, and rebuilding the day figures. */
  loadSeconds: number;
  figureSeconds: number;
}

/** The catalogue's seven lines plus the reply window's line, as the demo centre has them. */
const RESULT_LINE = { letter: 'R', name: '结果领取', icon: 'inbox' };

/** Which officer (by staff number) decides each department's cases. */
const OFFICER_DEPARTMENTS = [
  ['civil', 'aging', 'disabled', 'veterans', 'redcross', 'union'],
  ['hrss', 'tax', 'medical', 'sscard', 'fund', 'grain'],
  ['police', 'health', 'housing', 'justice', 'overseas', 'archives'],
];
/** Lines a clerk who is not all-round is certified for, by turn. */
const CERTIFIED_LINES = [
  ['A', 'B', 'E'],
  ['C', 'D', 'G'],
  ['F', 'G'],
];

export async function loadCalendar(tx: Tx): Promise<WorkCalendar> {
  const [exceptions, years] = [await listExceptions(tx), await listYears(tx)];
  return new WorkCalendar(
    exceptions,
    years.map((y) => y.year),
  );
}

/** The history's business days, then enough working days after them for every deadline. */
export function historyDays(
  calendar: WorkCalendar,
  options: Pick<CityHistoryOptions, 'from' | 'months' | 'businessDays'>,
) {
  const end = options.months !== undefined ? addMonths(options.from, options.months) : null;
  const wanted = options.businessDays;
  if (end === null && (wanted === undefined || wanted < 1))
    throw new RangeError('give months or businessDays');
  const workdays: IsoDate[] = [];
  let last = 0;
  for (let d = options.from; ; d = addDays(d, 1)) {
    if (!calendar.isWorkday(d)) continue;
    const inHistory = end !== null ? d < end : workdays.length < wanted!;
    workdays.push(d);
    if (inHistory) last = workdays.length;
    else if (last === 0) throw new RangeError('the history has no working day');
    else if (workdays.length >= last + 200) return { workdays, last };
  }
}

function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + months];
  const first = `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
  return addDays(first, Number(date.slice(8, 10)) - 1);
}

async function loadItems(tx: Tx): Promise<setup.CatalogueItem[]> {
  const rows = await queryRows<setup.CatalogueItem>(
    tx,
    sql`select code, name, department_code as "departmentCode", line, kind, promised_days as "promisedDays", materials
        from items order by kind desc, code`,
  );
  return rows.map((r) => ({ ...r, promisedDays: Number(r.promisedDays) }));
}

export async function generateCityHistory(
  tx: Tx,
  options: CityHistoryOptions,
): Promise<CityHistory> {
  const started = performance.now();
  const calendar = options.calendar ?? (await loadCalendar(tx));
  const { workdays, last } = historyDays(calendar, options);
  // Appointment codes and ids are spelled from the day's position: room for about two and a half years.
  if (last > 640) throw new RangeError('at most 640 business days of history');
  const plans = planCity({ ...options, casesPerCentreDay: options.casesPerCentreDay ?? 180 });
  if (plans.length > 1000) throw new RangeError('at most 1000 centres');
  const items = await loadItems(tx);
  const catalogue = await readShippedCatalogue();
  const passwordHash = await hashPassword(
    options.password ?? randomBytes(24).toString('base64url'),
  );
  const createdAt = new Date(shanghaiMidnight(options.from).getTime() - 30 * 86_400_000);
  const { seed } = options;

  // Big sorts stay in memory; JIT would compile every chunk's expressions anew (over half a second each).
  await tx.execute(
    sql`select set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`,
  );
  const [role] = await queryRows<{ superuser: string }>(
    tx,
    sql`select current_setting('is_superuser') as superuser`,
  );
  const triggersSkipped = Boolean(options.skipTriggers) && role?.superuser === 'on';
  if (triggersSkipped) await tx.execute(sql`set local session_replication_role = replica`);
  const run = (text: string) => tx.execute(sql.raw(text));
  await run(setup.insertCentresSql(plans, seed, createdAt));
  await run(setup.insertLinesSql(plans, seed, [...catalogue.lines, RESULT_LINE]));
  await run(setup.insertCentreItemsSql(plans, seed));
  await run(
    setup.insertWindowsSql(
      plans,
      seed,
      catalogue.lines.map((l) => l.letter),
    ),
  );
  const itemsOf = (lines: string[]) =>
    items.filter((i) => lines.includes(i.line)).map((i) => i.code);
  await run(
    setup.insertStaffSql({
      plans,
      seed,
      passwordHash,
      createdAt,
      certified: CERTIFIED_LINES.map(itemsOf),
      officerDepartments: OFFICER_DEPARTMENTS,
    }),
  );
  await run(setup.insertApplicantsSql(plans, seed, createdAt));

  const rows: CityRowCounts = {
    centres: plans.length,
    windows: plans.reduce(
      (n, p) => n + p.comprehensiveWindows + 2 + (p.ordinal % 2 === 0 ? 1 : 0),
      0,
    ),
    staff: plans.reduce((n, p) => n + p.comprehensiveWindows + 1 + 1 + STAFF.officers + 1, 0),
    applicants: plans.reduce((n, p) => n + p.applicantPool, 0),
    ...{
      tickets: 0,
      services: 0,
      cases: 0,
      notices: 0,
      ratings: 0,
      followups: 0,
      appointments: 0,
      complaints: 0,
    },
  };
  const ticketsPerDay = plans.reduce((n, p) => n + p.ticketsPerDay, 0);
  const daysPerChunk = Math.max(1, Math.floor((options.chunkTickets ?? 120_000) / ticketsPerDay));
  const officerOf = (department: string) => {
    const k = OFFICER_DEPARTMENTS.findIndex((d) => d.includes(department));
    return STAFF.officer + (k < 0 ? 0 : k);
  };
  for (let first = 1, through = 0; first <= last; first = through + 1) {
    // A chunk stays within one calendar year: notice and complaint numbers start again each year.
    through = Math.min(last, first + daysPerChunk - 1);
    while (workdays[through - 1]!.slice(0, 4) !== workdays[first - 1]!.slice(0, 4)) through -= 1;
    const chunk: DayChunk = { plans, items, workdays, first, through, last, seed, officerOf };
    const [counts] = await queryRows<Record<string, number>>(tx, sql.raw(chunkSql(chunk)));
    for (const key of [
      'tickets',
      'services',
      'cases',
      'notices',
      'ratings',
      'followups',
      'appointments',
      'complaints',
    ] as const) {
      rows[key] += Number(counts?.[key] ?? 0);
    }
    options.onProgress?.({
      days: chunk.through,
      totalDays: last,
      rows:
        rows.tickets +
        rows.services +
        rows.cases +
        rows.notices +
        rows.ratings +
        rows.followups +
        rows.appointments,
      seconds: (performance.now() - started) / 1000,
    });
  }
  if (triggersSkipped) await tx.execute(sql`set local session_replication_role = origin`);
  const loaded = performance.now();

  const centreIds = plans.map((p) => generatedId('centre', seed, 0, p.ordinal, 0));
  // The triggers marked every pair dirty; one rebuild over the range replaces them (and clears them).
  await rebuildFigures(tx, { from: workdays[0]!, to: workdays[last - 1]!, centreIds });
  return {
    plans,
    triggersSkipped,
    centreIds,
    from: workdays[0]!,
    to: workdays[last - 1]!,
    businessDays: last,
    rows,
    loadSeconds: (loaded - started) / 1000,
    figureSeconds: (performance.now() - loaded) / 1000,
  };
}
