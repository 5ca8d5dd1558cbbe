import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { outbox, tickets } from '../../db/schema.js';

export type OutboxRow = typeof outbox.$inferSelect;

/** Waiting tickets that left a phone number, with how many are ahead of each. */
export async function ticketsToNotify(tx: Tx, centreId: string, businessDate: string, lines: string[]) {
  if (lines.length === 0) return [];
  const lineList = sql.join(lines.map((l) => sql`${l}`), sql`, `);
  return queryRows<{ id: string; number: string; phone: string; ahead: number }>(
    tx,
    sql`select t.id, t.number, t.notify_phone as phone,
        (select count(*)::int from tickets o where o.centre_id = t.centre_id and o.business_date = t.business_date
          and o.line = t.line and o.status = 'waiting' and (o.queue_at, o.seq) < (t.queue_at, t.seq)) as ahead
      from tickets t
      where t.centre_id = ${centreId} and t.business_date = ${businessDate} and t.status = 'waiting'
        and t.line in (${lineList}) and t.notify_phone is not null
      for update of t skip locked`,
  );
}

export async function enqueue(tx: Tx, rows: (typeof outbox.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(outbox).values(rows);
}

export async function clearNotifyPhone(tx: Tx, ticketId: string): Promise<void> {
  await tx.update(tickets).set({ notifyPhone: null }).where(and(eq(tickets.id, ticketId), isNotNull(tickets.notifyPhone)));
}

/** Claims pending messages; SKIP LOCKED lets several processes send without sending one twice. */
export async function claimPending(tx: Tx, limit: number): Promise<OutboxRow[]> {
  return tx.select().from(outbox).where(eq(outbox.status, 'pending')).orderBy(outbox.id).limit(limit).for('update', { skipLocked: true });
}

export async function markSent(tx: Tx, id: number, now: Date): Promise<void> {
  await tx.update(outbox).set({ status: 'sent', sentAt: now, attempts: sql`${outbox.attempts} + 1` }).where(eq(outbox.id, id));
}

export async function markFailed(tx: Tx, id: number, attempts: number, maxAttempts: number): Promise<void> {
  await tx
    .update(outbox)
    .set({ attempts: attempts + 1, status: attempts + 1 >= maxAttempts ? 'failed' : 'pending' })
    .where(eq(outbox.id, id));
}
