import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';

export interface TodayCounts {
  ticketsIssued: number;
  waitingNow: number;
  noShows: number;
  averageWaitMinutes: number | null;
  immediateAvgMinutes: number | null;
  accepted: number;
  acceptedImmediate: number;
  finishedOnSpot: number;
  dueSoon: number;
  overdue: number;
  ratings: number;
  badRatings: number;
  openBadRatings: number;
}

/**
 * Today's figures for one centre in one round trip. Wait: issue to first call, no-shows left
 * out. Immediate handling time: service start to the case's finish (DB31/T 467 counts the time
 * at the window). `dueBy` is the date `amberDays` working days from today.
 */
export async function todayCounts(tx: Tx, centreId: string, today: string, dueBy: string): Promise<TodayCounts> {
  const [row] = await queryRows<Record<keyof TodayCounts, number | string | null>>(tx, sql`
    select
      (select count(*) from tickets where centre_id = ${centreId} and business_date = ${today}) as "ticketsIssued",
      (select count(*) from tickets where centre_id = ${centreId} and business_date = ${today} and status = 'waiting') as "waitingNow",
      (select count(*) from tickets where centre_id = ${centreId} and business_date = ${today} and status = 'no_show') as "noShows",
      (select avg(extract(epoch from called_at - issued_at)) / 60 from tickets
        where centre_id = ${centreId} and business_date = ${today} and called_at is not null and status <> 'no_show') as "averageWaitMinutes",
      (select avg(extract(epoch from c.finished_at - s.started_at)) / 60 from cases c join services s on s.id = c.service_id
        where c.centre_id = ${centreId} and c.accepted_on = ${today} and c.kind = 'immediate' and c.status = 'finished') as "immediateAvgMinutes",
      (select count(*) from cases where centre_id = ${centreId} and accepted_on = ${today}) as "accepted",
      (select count(*) from cases where centre_id = ${centreId} and accepted_on = ${today} and kind = 'immediate') as "acceptedImmediate",
      (select count(*) from cases where centre_id = ${centreId} and accepted_on = ${today} and kind = 'immediate' and status = 'finished') as "finishedOnSpot",
      (select count(*) from cases where centre_id = ${centreId} and status in ('in_progress', 'paused')
        and deadline >= ${today} and deadline <= ${dueBy}) as "dueSoon",
      (select count(*) from cases where centre_id = ${centreId} and status in ('in_progress', 'paused') and deadline < ${today}) as "overdue",
      (select count(*) from ratings where centre_id = ${centreId} and created_on = ${today}) as "ratings",
      (select count(*) from ratings where centre_id = ${centreId} and created_on = ${today} and level <= 2) as "badRatings",
      (select count(*) from rating_followups where centre_id = ${centreId} and status in ('open', 'contacted')) as "openBadRatings"`);
  if (!row) throw new Error('no row');
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    ticketsIssued: Number(row.ticketsIssued),
    waitingNow: Number(row.waitingNow),
    noShows: Number(row.noShows),
    averageWaitMinutes: num(row.averageWaitMinutes),
    immediateAvgMinutes: num(row.immediateAvgMinutes),
    accepted: Number(row.accepted),
    acceptedImmediate: Number(row.acceptedImmediate),
    finishedOnSpot: Number(row.finishedOnSpot),
    dueSoon: Number(row.dueSoon),
    overdue: Number(row.overdue),
    ratings: Number(row.ratings),
    badRatings: Number(row.badRatings),
    openBadRatings: Number(row.openBadRatings),
  };
}
