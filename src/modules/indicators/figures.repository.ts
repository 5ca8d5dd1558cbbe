/**
 * The day figures (centre_day_figures, centre_day_waits): kept current from the raw rows, and
 * summed over any range for any set of centres. Triggers mark the (centre, day) pairs whose raw
 * rows changed in figure_dirty; `refreshFigures` recomputes exactly those pairs with the plain
 * query, so the fast sums and the plain sums are equal by construction (docs/indicators.md).
 */
import { sql, type SQL } from 'drizzle-orm';
import { FIGURE_KEYS, toSums, type FigureSums } from '../../core/indicators/figures.js';
import { queryRows, type Tx } from '../../db/connection.js';
import { arrayParam, columnName, SOURCES, WAIT_MINUTE } from './figure-sources.js';
import {
  plainFiguresQuery,
  plainSums,
  plainWaitPercentiles,
  sourceWhere,
  type RawScope,
} from './figures.plain.js';

export { snapshotFigures, recordSnapshots } from './snapshot.query.js';

/** A set of centres (null = every centre) over a range of business days, both ends included. */
export interface FigureScope {
  centreIds: string[] | null;
  from: string;
  to: string;
}

/** Pairs taken per statement: a request usually finds a handful; a backlog is worked in batches. */
const REFRESH_BATCH = 500;

/**
 * Recomputes every dirty (centre, day) pair and clears it; returns how many pairs it did. Pairs
 * another transaction is marking right now are skipped (they stay dirty until it commits), so two
 * refreshes never wait on each other nor on a clerk's request.
 */
export async function refreshFigures(tx: Tx): Promise<number> {
  let done = 0;
  for (;;) {
    const pairs = await queryRows<{ centreId: string; day: string }>(
      tx,
      sql`with picked as (
            select centre_id, day from figure_dirty order by centre_id, day limit ${REFRESH_BATCH} for update skip locked)
          delete from figure_dirty f using picked p where f.centre_id = p.centre_id and f.day = p.day
          returning f.centre_id::text as "centreId", to_char(f.day, 'YYYY-MM-DD') as day`,
    );
    if (pairs.length === 0) return done;
    await recompute(tx, { pairs });
    done += pairs.length;
    if (pairs.length < REFRESH_BATCH) return done;
  }
}

/** Recomputes every day of a range at once (a bulk loader's alternative to the triggers' pairs). */
export async function rebuildFigures(
  tx: Tx,
  options: { from: string; to: string; centreIds?: string[] },
): Promise<void> {
  const scope: RawScope = {
    centreIds: options.centreIds ?? null,
    from: options.from,
    to: options.to,
  };
  await recompute(tx, scope);
  await tx.execute(sql`delete from figure_dirty where ${figureRowsIn(scope, sql`figure_dirty`)}`);
}

/** The rows of a day-figures table (figures, waits or dirty pairs) that a scope covers. */
function figureRowsIn(scope: RawScope, table: SQL): SQL {
  if ('pairs' in scope) {
    const ids = arrayParam(scope.pairs.map((p) => p.centreId));
    const days = arrayParam(scope.pairs.map((p) => p.day));
    return sql`(${table}.centre_id, ${table}.day) in (select * from unnest(${ids}::uuid[], ${days}::date[]))`;
  }
  const range = sql`${table}.day between ${scope.from}::date and ${scope.to}::date`;
  return scope.centreIds
    ? sql`${range} and ${table}.centre_id = any(${arrayParam(scope.centreIds)}::uuid[])`
    : range;
}

/** Rows imported from a report upload have no raw rows behind them: a recompute leaves them alone. */
const notUploaded = (table: SQL) =>
  sql`not exists (select 1 from centre_day_figures up where up.centre_id = ${table}.centre_id and up.day = ${table}.day and up.source = 'upload')`;

async function recompute(tx: Tx, scope: RawScope): Promise<void> {
  const figures = sql`centre_day_figures`;
  const waits = sql`centre_day_waits`;
  await tx.execute(
    sql`delete from centre_day_figures where source = 'local' and ${figureRowsIn(scope, figures)}`,
  );
  await tx.execute(
    sql`delete from centre_day_waits where ${figureRowsIn(scope, waits)} and ${notUploaded(waits)}`,
  );

  const columns = sql.raw(FIGURE_KEYS.map(columnName).join(', '));
  const values = sql.raw(FIGURE_KEYS.map((k) => `"${k}"`).join(', '));
  const updates = sql.raw(
    FIGURE_KEYS.map((k) => `${columnName(k)} = excluded.${columnName(k)}`).join(', '),
  );
  await tx.execute(sql`
    insert into centre_day_figures (centre_id, day, source, ${columns})
    select k0, k1, 'local', ${values} from (${plainFiguresQuery(scope, { groupBy: ['centre', 'day'] })}) p
    on conflict (centre_id, day) do update set ${updates} where centre_day_figures.source = 'local'`);

  const tickets = SOURCES.tickets;
  await tx.execute(sql`
    insert into centre_day_waits (centre_id, day, minute, count)
    select t.centre_id, t.business_date, ${WAIT_MINUTE}, count(*) from tickets t
    where ${sourceWhere(tickets, scope)} and t.started_at is not null
      and not exists (select 1 from centre_day_figures up where up.centre_id = t.centre_id and up.day = t.business_date and up.source = 'upload')
    group by 1, 2, 3
    on conflict (centre_id, day, minute) do update set count = excluded.count`);
}

const fastSums = sql.raw(
  FIGURE_KEYS.map((k) => `coalesce(sum(${columnName(k)}), 0)::float8 as "${k}"`).join(', '),
);

function inScope(scope: FigureScope): SQL {
  return figureRowsIn({ centreIds: scope.centreIds, from: scope.from, to: scope.to }, sql`f`);
}

/** The fast path: the sums of the day figures over the scope. */
export async function sumFigures(tx: Tx, scope: FigureScope): Promise<FigureSums> {
  const [row] = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${fastSums} from centre_day_figures f where ${inScope(scope)}`,
  );
  return toSums(row);
}

/** The same sums by one plain GROUP BY over the raw rows (local rows only: uploads have none). */
export async function plainSumFigures(tx: Tx, scope: FigureScope): Promise<FigureSums> {
  return plainSums(tx, scope);
}

/** Fast-path sums grouped by day, ISO week (its Monday), month or centre, keyed as text. */
export async function sumFiguresBy(
  tx: Tx,
  scope: FigureScope,
  by: 'day' | 'week' | 'month' | 'centre',
): Promise<Map<string, FigureSums>> {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${groupKey(by)} as k, ${fastSums} from centre_day_figures f where ${inScope(scope)} group by 1`,
  );
  return new Map(rows.map((r) => [String(r.k), toSums(r)]));
}

function groupKey(by: 'day' | 'week' | 'month' | 'centre'): SQL {
  if (by === 'centre') return sql`f.centre_id::text`;
  if (by === 'month') return sql`to_char(f.day, 'YYYY-MM')`;
  if (by === 'week')
    return sql`to_char(f.day - (extract(isodow from f.day)::int - 1), 'YYYY-MM-DD')`;
  return sql`to_char(f.day, 'YYYY-MM-DD')`;
}

/**
 * The percentile of waits (whole minutes) from the histogram, with percentile_disc's rule: the
 * first minute whose cumulative count reaches ceil(fraction × count) — so it equals the exact
 * percentile over the raw tickets. Grouped by `by` when given (key null: the whole scope).
 */
export async function waitPercentiles(
  tx: Tx,
  scope: FigureScope,
  fraction: number,
  by?: 'day' | 'week' | 'month' | 'centre',
): Promise<Map<string | null, number | null>> {
  const key = by ? groupKey(by) : sql`null::text`;
  const rows = await queryRows<{ k: string | null; v: number | string | null }>(
    tx,
    sql`with h as (select ${key} as k, f.minute, sum(f.count)::float8 as c from centre_day_waits f where ${inScope(scope)} group by 1, 2),
        r as (select k, minute, sum(c) over (partition by k order by minute) as cum, sum(c) over (partition by k) as total from h)
        select k, min(minute) as v from r where cum >= greatest(1, ceil(${fraction}::float8 * total)) group by k`,
  );
  return new Map(rows.map((r) => [r.k, r.v === null ? null : Number(r.v)]));
}

export async function waitPercentile(
  tx: Tx,
  scope: FigureScope,
  fraction: number,
): Promise<number | null> {
  return (await waitPercentiles(tx, scope, fraction)).get(null) ?? null;
}

/** The same percentile by percentile_disc over the raw tickets. */
export async function plainWaitPercentile(
  tx: Tx,
  scope: FigureScope,
  fraction: number,
): Promise<number | null> {
  return (await plainWaitPercentiles(tx, scope, fraction)).get(null) ?? null;
}
