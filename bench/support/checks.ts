/**
 * What must hold after a run, asked of the database itself: one number per ticket per line and
 * day, no ticket called twice, no window holding two tickets at once, every finished service
 * closed.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/db/connection.js';

export interface QueueCheck {
  tickets: number;
  byStatus: Record<string, number>;
  /** Numbers given to more than one ticket of the same line and day. */
  duplicateNumbers: number;
  /** Tickets whose number is not their line's letter and zero-padded sequence. */
  malformedNumbers: number;
  /** Sequence numbers the counters handed out that no ticket holds (a rolled-back issue). */
  unusedSeqs: number;
  /** Tickets with more than one `called` event: two windows took the same resident. */
  calledTwice: number;
  /** Windows with more than one ticket called or in service. */
  windowsHoldingTwo: number;
  /** Finished tickets without exactly one ended service. */
  doneWithoutService: number;
}

type CountName = Exclude<keyof QueueCheck, 'tickets' | 'byStatus'>;

/** Each check is one query answering a single count `n`. */
const COUNTS: Record<CountName, SQL> = {
  duplicateNumbers: sql`
    select count(*)::int as n from (
      select 1 from tickets
      group by centre_id, business_date, line, number having count(*) > 1) d`,
  malformedNumbers: sql`
    select count(*)::int as n from tickets
    where number <> line || case when seq < 1000 then lpad(seq::text, 3, '0') else seq::text end`,
  unusedSeqs: sql`
    select (select coalesce(sum(last_seq), 0) from ticket_counters)
      - (select count(*) from tickets) as n`,
  calledTwice: sql`
    select count(*)::int as n from (
      select 1 from ticket_events where kind = 'called'
      group by ticket_id having count(*) > 1) d`,
  windowsHoldingTwo: sql`
    select count(*)::int as n from (
      select 1 from tickets where status in ('called', 'serving')
      group by window_id having count(*) > 1) d`,
  doneWithoutService: sql`
    select count(*)::int as n from tickets t
    where t.status = 'done' and (
      select count(*) from services s where s.ticket_id = t.id and s.ended_at is not null) <> 1`,
};

export async function checkQueue(db: Db): Promise<QueueCheck> {
  const statuses = await queryRows<{ status: string; n: number }>(
    db,
    sql`select status, count(*)::int as n from tickets group by status order by status`,
  );
  const byStatus = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
  const check: QueueCheck = {
    tickets: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    duplicateNumbers: 0,
    malformedNumbers: 0,
    unusedSeqs: 0,
    calledTwice: 0,
    windowsHoldingTwo: 0,
    doneWithoutService: 0,
  };
  for (const [name, query] of Object.entries(COUNTS) as [CountName, SQL][]) {
    const [row] = await queryRows<{ n: number }>(db, query);
    check[name] = Number(row?.n ?? 0);
  }
  return check;
}

/** The check's failures in words; empty when everything holds. */
export function checkFailures(check: QueueCheck): string[] {
  const failures: string[] = [];
  if (check.duplicateNumbers > 0)
    failures.push(`${check.duplicateNumbers} ticket numbers given twice`);
  if (check.malformedNumbers > 0)
    failures.push(`${check.malformedNumbers} tickets with a malformed number`);
  if (check.calledTwice > 0) failures.push(`${check.calledTwice} tickets called twice`);
  if (check.windowsHoldingTwo > 0)
    failures.push(`${check.windowsHoldingTwo} windows holding two tickets`);
  if (check.doneWithoutService > 0)
    failures.push(`${check.doneWithoutService} finished tickets without one ended service`);
  return failures;
}
