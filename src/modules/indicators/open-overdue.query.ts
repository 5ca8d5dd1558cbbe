/**
 * Open committed cases already past their deadline as of a day (在办超期), straight from the
 * cases: accepted by then, not decided by then, deadline before it, and not in a running pause
 * (the clock stands still while materials are supplemented). The stored deadline already holds
 * every pause that has ended, so a past day is read with today's knowledge of those pauses.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { arrayParam } from './figure-sources.js';

/** The cases (alias `o`) open and overdue on `asOf`. */
export function openOverdueWhere(asOf: string, centreIds: string[] | null): SQL {
  const centres = centreIds ? sql` and o.centre_id = any(${arrayParam(centreIds)}::uuid[])` : sql``;
  return sql`o.kind = 'committed' and o.deadline < ${asOf}::date and o.accepted_on <= ${asOf}::date
    and (o.decided_on is null or o.decided_on > ${asOf}::date)${centres}
    and not exists (select 1 from case_pauses p where p.case_id = o.id and p.started_on <= ${asOf}::date
      and (p.ended_on is null or p.ended_on > ${asOf}::date))`;
}

export async function countOpenOverdue(
  tx: Tx,
  centreIds: string[] | null,
  asOf: string,
): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*) as n from cases o where ${openOverdueWhere(asOf, centreIds)}`,
  );
  return Number(row?.n ?? 0);
}
