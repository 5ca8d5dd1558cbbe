/**
 * The plain path: the day figures straight from the raw rows, in one SQL statement (a UNION ALL
 * of one aggregate per source table, summed by the requested keys). The refresh writes its
 * (centre, day) groups into centre_day_figures, the check compares its sums with the fast path,
 * and the raw breakdowns group it by department, item, window or clerk.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  FIGURE_KEYS,
  toSums,
  type FigureKey,
  type FigureSums,
} from '../../core/indicators/figures.js';
import { queryRows, type Tx } from '../../db/connection.js';
import {
  arrayParam,
  COLUMNS,
  SOURCES,
  WAIT_MINUTE,
  type AttributionKey,
  type FigureSource,
  type KeyExpr,
} from './figure-sources.js';

export type GroupKey = 'centre' | 'day' | 'week' | 'month' | AttributionKey;

/** Which raw rows: a day range of some centres (null = every centre), or exact (centre, day) pairs. */
export type RawScope =
  | { centreIds: string[] | null; from: string; to: string }
  | { pairs: { centreId: string; day: string }[] };

/**
 * The filter value that stands for the row a key cannot be named for (the breakdown row
 * "（无法归属）", key null): `_none` is no department, item, window or staff key (their formats
 * cannot start with "_").
 */
export const UNATTRIBUTED_KEY = '_none';

/** Keep only the rows attributed to these keys (or, for UNATTRIBUTED_KEY, to none). */
export type RawFilter = Partial<Record<AttributionKey, string>>;

const FILTER_KEYS: AttributionKey[] = ['department', 'item', 'window', 'clerk'];

/** The keys of a filter that are set, with their values. */
function filterEntries(filter: RawFilter): [AttributionKey, string][] {
  return FILTER_KEYS.filter((k) => filter[k] !== undefined).map((k) => [k, filter[k]!]);
}

/** The key expressions a filter reads on a source (their joins are needed in the `from`). */
export function filterKeyExprs(source: FigureSource, filter: RawFilter): KeyExpr[] {
  return filterEntries(filter)
    .map(([k]) => source.keys[k])
    .filter((k): k is KeyExpr => k !== undefined);
}

/**
 * The condition a filter puts on a source, the same rule the breakdown groups by: a row counts for
 * a key when its key expression equals it; a source without that key (a ticket has no department)
 * counts for no key, and all its rows count for UNATTRIBUTED_KEY, as do rows whose key is null.
 */
function filterWhere(source: FigureSource, filter: RawFilter): SQL[] {
  return filterEntries(filter).map(([k, value]) => {
    const key = source.keys[k];
    if (value === UNATTRIBUTED_KEY) return key ? sql`${key.expr} is null` : sql`true`;
    return key ? sql`${key.expr} = ${value}` : sql`false`;
  });
}

/** The key a row is grouped by; `text` turns it into the string a breakdown row carries. */
function keyExpr(source: FigureSource, key: GroupKey, text: boolean): KeyExpr {
  const day = source.day;
  switch (key) {
    case 'centre':
      return { expr: text ? sql`${source.centre}::text` : source.centre };
    case 'day':
      return { expr: text ? sql`to_char(${day}, 'YYYY-MM-DD')` : day };
    case 'week':
      // ISO weeks begin on Monday: the key is that Monday's date.
      return { expr: sql`to_char(${day} - (extract(isodow from ${day})::int - 1), 'YYYY-MM-DD')` };
    case 'month':
      return { expr: sql`to_char(${day}, 'YYYY-MM')` };
    default:
      return source.keys[key] ?? { expr: sql`null::text` };
  }
}

/** The rows of one source that fall in the scope and the filter. */
export function sourceWhere(source: FigureSource, scope: RawScope, filter: RawFilter = {}): SQL {
  const parts: SQL[] = [source.where];
  if ('pairs' in scope) {
    const ids = arrayParam(scope.pairs.map((p) => p.centreId));
    const days = arrayParam(scope.pairs.map((p) => p.day));
    const sorted = scope.pairs.map((p) => p.day).sort();
    const [first, last] = [sorted[0]!, sorted.at(-1)!];
    parts.push(
      sql`${source.centre} = any(${ids}::uuid[])`,
      sql`${source.day} between ${first}::date and ${last}::date`,
    );
    if (source.range) parts.push(source.range(first, last));
    parts.push(
      sql`(${source.centre}, ${source.day}) in (select * from unnest(${ids}::uuid[], ${days}::date[]))`,
    );
  } else {
    parts.push(sql`${source.day} between ${scope.from}::date and ${scope.to}::date`);
    if (source.range) parts.push(source.range(scope.from, scope.to));
    if (scope.centreIds)
      parts.push(sql`${source.centre} = any(${arrayParam(scope.centreIds)}::uuid[])`);
  }
  parts.push(...filterWhere(source, filter));
  return sql.join(parts, sql` and `);
}

/** The sources a filter leaves: a department filter drops the rows no department can be named for. */
export function sourcesFor(filter: RawFilter): FigureSource[] {
  return Object.values(SOURCES).filter((s) =>
    filterEntries(filter).every(([k, value]) => value === UNATTRIBUTED_KEY || s.keys[k]),
  );
}

/** `from` with the joins that the keys used need, each once. */
export function fromWithJoins(source: FigureSource, exprs: KeyExpr[]): SQL {
  const joins = [...new Set(exprs.map((e) => e.join).filter((j): j is SQL => j !== undefined))];
  return joins.length ? sql`${source.from} ${sql.join(joins, sql` `)}` : source.from;
}

function aggregate(key: FigureKey, source: FigureSource): SQL {
  const column = COLUMNS[key];
  if (column.source !== source.name) return sql`0`;
  const where = column.where ?? sql`true`;
  return column.sum
    ? sql`coalesce(sum(${column.sum}) filter (where ${where}), 0)`
    : sql`count(*) filter (where ${where})`;
}

/**
 * The figures grouped by `groupBy` (k0, k1, … then one column per figure key). With no keys, one
 * row of sums. Keys are native (uuid, date) unless `text` is set.
 */
export function plainFiguresQuery(
  scope: RawScope,
  options: { groupBy: GroupKey[]; text?: boolean; filter?: RawFilter },
): SQL {
  const filter = options.filter ?? {};
  const members = sourcesFor(filter).map((source) => {
    const keys = options.groupBy.map((k) => keyExpr(source, k, options.text ?? false));
    const filterKeys = filterKeyExprs(source, filter);
    const selected = [
      ...keys.map((k, i) => sql`${k.expr} as ${sql.raw(`k${i}`)}`),
      ...FIGURE_KEYS.map((f) => sql`${aggregate(f, source)} as ${sql.raw(`"${f}"`)}`),
    ];
    const groupBy = keys.length
      ? sql` group by ${sql.join(
          keys.map((_, i) => sql.raw(String(i + 1))),
          sql`, `,
        )}`
      : sql``;
    return sql`select ${sql.join(selected, sql`, `)} from ${fromWithJoins(source, [...keys, ...filterKeys])} where ${sourceWhere(source, scope, filter)}${groupBy}`;
  });
  const outerKeys = options.groupBy.map((_, i) => sql.raw(`k${i}`));
  const sums = FIGURE_KEYS.map(
    (f) => sql`coalesce(sum(${sql.raw(`"${f}"`)}), 0)::float8 as ${sql.raw(`"${f}"`)}`,
  );
  const union = sql.join(members, sql` union all `);
  if (!outerKeys.length) return sql`select ${sql.join(sums, sql`, `)} from (${union}) u`;
  return sql`select ${sql.join([...outerKeys, ...sums], sql`, `)} from (${union}) u group by ${sql.join(outerKeys, sql`, `)}`;
}

/** The sums over a scope by one plain query over the raw rows (no day figures involved). */
export async function plainSums(
  tx: Tx,
  scope: RawScope,
  filter: RawFilter = {},
): Promise<FigureSums> {
  const [row] = await queryRows<Record<FigureKey, unknown>>(
    tx,
    plainFiguresQuery(scope, { groupBy: [], filter }),
  );
  return toSums(row);
}

/** The figures of a scope grouped by one key, as text keys. */
export async function plainSumsBy(
  tx: Tx,
  scope: RawScope,
  by: GroupKey,
  filter: RawFilter = {},
): Promise<Map<string | null, FigureSums>> {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    plainFiguresQuery(scope, { groupBy: [by], text: true, filter }),
  );
  return new Map(
    rows.map((r) => [r.k0 === null ? null : String(r.k0), toSums(r as Record<FigureKey, unknown>)]),
  );
}

/**
 * The exact percentile of waits in whole minutes: percentile_disc over the raw tickets, grouped
 * by `by` when given (the key `null` holds the ungrouped value).
 */
export async function plainWaitPercentiles(
  tx: Tx,
  scope: RawScope,
  fraction: number,
  options: { by?: GroupKey; filter?: RawFilter } = {},
): Promise<Map<string | null, number | null>> {
  const tickets = SOURCES.tickets;
  const filter = options.filter ?? {};
  if (!sourcesFor(filter).includes(tickets)) return new Map();
  const key = options.by ? keyExpr(tickets, options.by, true) : null;
  const where = sql`${sourceWhere(tickets, scope, filter)} and t.started_at is not null`;
  const value = sql`percentile_disc(${fraction}::float8) within group (order by ${WAIT_MINUTE})`;
  const from = fromWithJoins(tickets, [...(key ? [key] : []), ...filterKeyExprs(tickets, filter)]);
  const query = key
    ? sql`select ${key.expr} as k, ${value} as v from ${from} where ${where} group by 1`
    : sql`select null::text as k, ${value} as v from ${from} where ${where}`;
  const rows = await queryRows<{ k: string | null; v: number | string | null }>(tx, query);
  return new Map(rows.map((r) => [r.k, r.v === null ? null : Number(r.v)]));
}
