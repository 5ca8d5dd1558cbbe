/**
 * A centre's standing figures (windows, clerks, items offered) as of a day. A centre run here
 * (it has windows or users in this database) is read live for today or a later day, and for a
 * past day from the latest centre_snapshots row on or before it (the deadline job records every
 * local centre's figures each day), live again when none was recorded by then. A centre whose data
 * arrive by report upload has neither windows nor users and reads its centre_snapshots row: the
 * latest on or before the day, else the latest there is.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  addSnapshots,
  SNAPSHOT_KEYS,
  toSnapshot,
  type SnapshotFigures,
} from '../../core/indicators/figures.js';
import { queryRows, type Tx } from '../../db/connection.js';
import { arrayParam, columnName } from './figure-sources.js';

export interface CentreSnapshot {
  centreId: string;
  source: 'live' | 'recorded';
  /** The day a recorded row is as of; the requested day for live figures. */
  asOf: string;
  figures: SnapshotFigures;
}

/** Where the live figures come from, in the order of SNAPSHOT_KEYS (definitions in the contract). */
export const LIVE_SNAPSHOT: Record<
  keyof SnapshotFigures,
  { table: 'windows' | 'users' | 'centre_items' | 'items'; where: SQL }
> = {
  acceptanceWindows: {
    table: 'windows',
    where: sql`w.is_open and w.kind in ('comprehensive', 'specialised')`,
  },
  comprehensiveWindows: { table: 'windows', where: sql`w.is_open and w.kind = 'comprehensive'` },
  frontClerks: { table: 'users', where: sql`u.role = 'clerk' and u.is_active` },
  allRoundClerks: {
    table: 'users',
    where: sql`u.role = 'clerk' and u.is_active and u.is_all_round`,
  },
  itemsOffered: { table: 'centre_items', where: sql`true` },
  itemsInSystem: { table: 'centre_items', where: sql`ci.handled_in_system` },
  basicItemsOffered: { table: 'centre_items', where: sql`i.in_basic_list` },
  // The city's basic list: the same for every centre, counted once per centre in a sum.
  basicItems: { table: 'items', where: sql`i.in_basic_list` },
};

const centreFilter = (column: SQL, centreIds: string[] | null) =>
  centreIds ? sql`${column} = any(${arrayParam(centreIds)}::uuid[])` : sql`true`;

const counts = (table: string) =>
  sql.raw(
    SNAPSHOT_KEYS.filter((k) => LIVE_SNAPSHOT[k].table === table)
      .map((k) => `"${k}"`)
      .join(', '),
  );

async function liveSnapshots(
  tx: Tx,
  centreIds: string[] | null,
): Promise<{ centreId: string; isLocal: boolean; figures: SnapshotFigures }[]> {
  const agg = (table: string) =>
    sql.join(
      SNAPSHOT_KEYS.filter((k) => LIVE_SNAPSHOT[k].table === table).map(
        (k) => sql`count(*) filter (where ${LIVE_SNAPSHOT[k].where}) as ${sql.raw(`"${k}"`)}`,
      ),
      sql`, `,
    );
  const rows = await queryRows<Record<string, unknown> & { centreId: string; isLocal: boolean }>(
    tx,
    sql`with w as (select w.centre_id, count(*) as n, ${agg('windows')} from windows w where ${centreFilter(sql`w.centre_id`, centreIds)} group by 1),
        u as (select u.centre_id, count(*) as n, ${agg('users')} from users u where ${centreFilter(sql`u.centre_id`, centreIds)} group by 1),
        o as (select ci.centre_id, ${agg('centre_items')} from centre_items ci join items i on i.code = ci.item_code
              where ${centreFilter(sql`ci.centre_id`, centreIds)} group by 1),
        b as (select ${agg('items')} from items i)
        select c.id::text as "centreId", coalesce(w.n, 0) + coalesce(u.n, 0) > 0 as "isLocal",
          ${counts('windows')}, ${counts('users')}, ${counts('centre_items')}, ${counts('items')}
        from centres c left join w on w.centre_id = c.id left join u on u.centre_id = c.id left join o on o.centre_id = c.id cross join b
        where ${centreFilter(sql`c.id`, centreIds)}
        order by c.id`,
  );
  return rows.map((r) => ({
    centreId: r.centreId,
    isLocal: Boolean(r.isLocal),
    figures: toSnapshot(r),
  }));
}

/**
 * Each centre's latest recorded row on or before `asOf`; with `orLater`, a centre with none takes
 * its latest row of all (an uploaded centre whose first batch ends after the day).
 */
async function recordedSnapshots(
  tx: Tx,
  centreIds: string[],
  asOf: string,
  orLater: boolean,
): Promise<CentreSnapshot[]> {
  if (centreIds.length === 0) return [];
  const columns = sql.raw(SNAPSHOT_KEYS.map((k) => `${columnName(k)} as "${k}"`).join(', '));
  const onOrBefore = orLater ? sql`true` : sql`as_of <= ${asOf}::date`;
  const rows = await queryRows<Record<string, unknown> & { centreId: string; asOf: string }>(
    tx,
    sql`select distinct on (centre_id) centre_id::text as "centreId", to_char(as_of, 'YYYY-MM-DD') as "asOf", ${columns}
        from centre_snapshots where centre_id = any(${arrayParam(centreIds)}::uuid[]) and ${onOrBefore}
        order by centre_id, (as_of <= ${asOf}::date) desc, as_of desc`,
  );
  return rows.map((r) => ({
    centreId: r.centreId,
    source: 'recorded' as const,
    asOf: r.asOf,
    figures: toSnapshot(r),
  }));
}

/**
 * The standing figures of some centres (null = every centre) as of a day, summed, with each
 * centre's own; `figures` is null when no centre has any. `today` tells a past day, for which a
 * local centre's recorded row is read; without it every local centre is read live.
 */
export async function snapshotFigures(
  tx: Tx,
  centreIds: string[] | null,
  asOf: string,
  today?: string,
): Promise<{ figures: SnapshotFigures | null; centres: CentreSnapshot[] }> {
  const live = await liveSnapshots(tx, centreIds);
  const localIds = live.filter((c) => c.isLocal).map((c) => c.centreId);
  // A past day reads the row recorded on or before it: a window opened or a clerk hired today
  // must not rewrite the ratios of a period that has ended.
  const past =
    today !== undefined && asOf < today ? await recordedSnapshots(tx, localIds, asOf, false) : [];
  const pastOf = new Set(past.map((c) => c.centreId));
  const local: CentreSnapshot[] = live
    .filter((c) => c.isLocal && !pastOf.has(c.centreId))
    .map((c) => ({ centreId: c.centreId, source: 'live', asOf, figures: c.figures }));
  const uploaded = await recordedSnapshots(
    tx,
    live.filter((c) => !c.isLocal).map((c) => c.centreId),
    asOf,
    true,
  );
  const centres = [...past, ...local, ...uploaded];
  const figures = centres.length ? centres.map((c) => c.figures).reduce(addSnapshots) : null;
  return { figures, centres };
}

/**
 * Records the live standing figures of local centres as of `day` (the figures a report uploads,
 * and a past period reads), in centre order, so two writers never lock each other's rows
 * crosswise. A row already holding the same figures is not rewritten. The deadline job calls it
 * on every run, so each day's row ends up holding the day's last figures.
 */
export async function recordSnapshots(
  tx: Tx,
  centreIds: string[] | null,
  day: string,
): Promise<number> {
  const live = (await liveSnapshots(tx, centreIds)).filter((c) => c.isLocal);
  if (live.length === 0) return 0;
  const columns = SNAPSHOT_KEYS.map(columnName);
  const values = live.map(
    (c) =>
      sql`(${c.centreId}::uuid, ${day}::date, 'local', ${sql.join(
        SNAPSHOT_KEYS.map((k) => sql`${c.figures[k]}`),
        sql`, `,
      )})`,
  );
  await tx.execute(sql`
    insert into centre_snapshots (centre_id, as_of, source, ${sql.raw(columns.join(', '))}) values ${sql.join(values, sql`, `)}
    on conflict (centre_id, as_of) do update set ${sql.raw(columns.map((c) => `${c} = excluded.${c}`).join(', '))}
    where centre_snapshots.source = 'local'
      and (${sql.raw(columns.map((c) => `centre_snapshots.${c}`).join(', '))}) is distinct from (${sql.raw(columns.map((c) => `excluded.${c}`).join(', '))})`);
  return live.length;
}
