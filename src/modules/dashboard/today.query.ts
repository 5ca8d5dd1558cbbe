import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';

/** What the day figures do not hold: the hall and the deadlines right now. */
export interface LiveCounts {
  waitingNow: number;
  acceptedImmediate: number;
  dueSoon: number;
  overdue: number;
  openBadRatings: number;
}

/**
 * The live part of the manager's day for one centre in one round trip; the day's sums (tickets,
 * waits, cases, ratings) come from the day figures (modules/indicators). `dueBy` is the date
 * `amberDays` working days from today.
 */
export async function liveCounts(
  tx: Tx,
  centreId: string,
  today: string,
  dueBy: string,
): Promise<LiveCounts> {
  const [row] = await queryRows<Record<keyof LiveCounts, number | string>>(
    tx,
    sql`
    select
      (select count(*) from tickets where centre_id = ${centreId} and business_date = ${today} and status = 'waiting') as "waitingNow",
      (select count(*) from cases where centre_id = ${centreId} and accepted_on = ${today} and kind = 'immediate') as "acceptedImmediate",
      (select count(*) from cases where centre_id = ${centreId} and status in ('in_progress', 'paused')
        and deadline >= ${today} and deadline <= ${dueBy}) as "dueSoon",
      (select count(*) from cases where centre_id = ${centreId} and status in ('in_progress', 'paused') and deadline < ${today}) as "overdue",
      (select count(*) from rating_followups where centre_id = ${centreId} and status in ('open', 'contacted')) as "openBadRatings"`,
  );
  if (!row) throw new Error('no row');
  return {
    waitingNow: Number(row.waitingNow),
    acceptedImmediate: Number(row.acceptedImmediate),
    dueSoon: Number(row.dueSoon),
    overdue: Number(row.overdue),
    openBadRatings: Number(row.openBadRatings),
  };
}
