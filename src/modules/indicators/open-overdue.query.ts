/**
 * Open committed cases already past their deadline as of a day (在办超期). For a centre run here,
 * straight from the cases: accepted by then, not decided by then, deadline before it, and not in a
 * running pause (the clock stands still while materials are supplemented). The stored deadline
 * already holds every pause that has ended, so a past day is read with today's knowledge of those
 * pauses. A centre known only by report upload has no cases here: its count is the open cases
 * marked `isOverdue` in its latest imported batch whose period covers the day (the same rule,
 * applied by the centre as of the batch's end; docs/exchange-format.md).
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { arrayParam } from './figure-sources.js';

/** The cases (alias `o`) open and overdue on `asOf`. */
export function openOverdueWhere(asOf: string, centreIds: string[] | null): SQL {
  const centres = centreIds ? sql` and o.centre_id = any(${arrayParam(centreIds)}::uuid[])` : sql``;
  // Open on the day = still open now, or decided after it. Written as two arms, each matching a
  // partial index (cases_open_deadline, cases_committed_decided_on), so the count reads only the
  // open cases and those decided since, not every committed case of the history.
  return sql`o.kind = 'committed' and o.accepted_on <= ${asOf}::date
    and ((o.status in ('in_progress', 'paused') and o.deadline < ${asOf}::date)
      or (o.kind = 'committed' and o.decided_on > ${asOf}::date and o.deadline < ${asOf}::date))${centres}
    and not exists (select 1 from case_pauses p where p.case_id = o.id and p.started_on <= ${asOf}::date
      and (p.ended_on is null or p.ended_on > ${asOf}::date))`;
}

/**
 * The lines (alias `l`, a jsonb object; `c` the centre) of uploaded batches that count on `asOf`:
 * open overdue cases of the latest batch imported for each uploaded centre (no windows, no staff
 * here) whose period covers the day. Compared as jsonb, so a line of an unexpected shape never
 * makes the query fail; it simply does not count.
 */
export function uploadedOpenOverdue(asOf: string, centreIds: string[] | null): SQL {
  const centres = centreIds ? sql`c.id = any(${arrayParam(centreIds)}::uuid[])` : sql`true`;
  return sql`centres c
    cross join lateral (select b.cases from report_batches b where b.centre_code = c.code
      and b.period_from <= ${asOf}::date and b.period_to >= ${asOf}::date
      order by b.imported_at desc, b.batch_id limit 1) b
    cross join lateral jsonb_array_elements(case when jsonb_typeof(b.cases) = 'array' then b.cases else '[]'::jsonb end) l
    where ${centres}
      and not exists (select 1 from windows w where w.centre_id = c.id)
      and not exists (select 1 from users u where u.centre_id = c.id)
      and l @> '{"type": "case", "state": "open", "isOverdue": true}'::jsonb`;
}

/** The open overdue cases of some centres (null = every centre) on `asOf`, by centre id. */
export async function openOverdueByCentre(
  tx: Tx,
  centreIds: string[] | null,
  asOf: string,
): Promise<Map<string, number>> {
  const rows = await queryRows<{ centreId: string; n: number | string }>(
    tx,
    sql`select "centreId", sum(n) as n from (
        select o.centre_id::text as "centreId", count(*) as n from cases o
          where ${openOverdueWhere(asOf, centreIds)} group by 1
        union all
        select c.id::text, count(*) from ${uploadedOpenOverdue(asOf, centreIds)} group by 1
      ) x group by 1`,
  );
  return new Map(rows.map((r) => [r.centreId, Number(r.n)]));
}

export async function countOpenOverdue(
  tx: Tx,
  centreIds: string[] | null,
  asOf: string,
): Promise<number> {
  let total = 0;
  for (const n of (await openOverdueByCentre(tx, centreIds, asOf)).values()) total += n;
  return total;
}
