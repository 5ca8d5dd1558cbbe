import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { services, ticketCounters, ticketEvents, tickets } from '../../db/schema.js';

export type TicketRow = typeof tickets.$inferSelect;

/**
 * The next sequence number of a line for the day. The upsert takes the counter row's lock, so
 * tickets issued at the same instant get different numbers on any number of processes.
 */
export async function nextTicketSeq(tx: Tx, centreId: string, businessDate: string, line: string): Promise<number> {
  const [row] = await tx
    .insert(ticketCounters)
    .values({ centreId, businessDate, line, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [ticketCounters.centreId, ticketCounters.businessDate, ticketCounters.line],
      set: { lastSeq: sql`${ticketCounters.lastSeq} + 1` },
    })
    .returning({ seq: ticketCounters.lastSeq });
  if (!row) throw new Error('ticket counter returned no row');
  return row.seq;
}

export async function insertTicket(tx: Tx, values: typeof tickets.$inferInsert): Promise<TicketRow> {
  const [row] = await tx.insert(tickets).values(values).returning();
  if (!row) throw new Error('ticket insert returned no row');
  return row;
}

export async function countWaitingAhead(tx: Tx, ticket: TicketRow): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(
      and(
        eq(tickets.centreId, ticket.centreId),
        eq(tickets.businessDate, ticket.businessDate),
        eq(tickets.line, ticket.line),
        eq(tickets.status, 'waiting'),
        sql`${tickets.seq} < ${ticket.seq}`,
      ),
    );
  return row?.n ?? 0;
}

/**
 * Takes the longest-waiting ticket of the given lines and marks it called at this window.
 * `FOR UPDATE SKIP LOCKED` makes two windows calling at once take two different tickets instead
 * of waiting for each other or taking the same one.
 */
export async function callNextWaiting(
  tx: Tx,
  options: { centreId: string; businessDate: string; lines: string[]; windowId: string; clerkId: string; now: Date },
): Promise<TicketRow | undefined> {
  if (options.lines.length === 0) return undefined;
  const lineList = sql.join(options.lines.map((l) => sql`${l}`), sql`, `);
  const rows = await queryRows<{ id: string }>(tx, sql`
    update ${tickets} set status = 'called', calls = 1, called_at = ${options.now},
      window_id = ${options.windowId}, clerk_id = ${options.clerkId}
    where id = (
      select id from ${tickets}
      where centre_id = ${options.centreId} and business_date = ${options.businessDate}
        and status = 'waiting' and line in (${lineList})
      order by queue_at, seq
      limit 1
      for update skip locked)
    returning id`);
  const id = rows[0]?.id;
  return id ? findTicket(tx, id) : undefined;
}

export async function findTicket(tx: Tx, id: string): Promise<TicketRow | undefined> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row;
}

export async function lockTicket(tx: Tx, id: string): Promise<TicketRow | undefined> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update').limit(1);
  return row;
}

export async function updateTicket(tx: Tx, id: string, values: Partial<typeof tickets.$inferInsert>): Promise<TicketRow> {
  const [row] = await tx.update(tickets).set(values).where(eq(tickets.id, id)).returning();
  if (!row) throw new Error('ticket update returned no row');
  return row;
}

/** The ticket a window is busy with: called or in service there. */
export async function findActiveTicketAtWindow(tx: Tx, windowId: string): Promise<TicketRow | undefined> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.windowId, windowId), sql`${tickets.status} in ('called', 'serving')`))
    .orderBy(asc(tickets.calledAt))
    .limit(1);
  return row;
}

export async function insertTicketEvent(tx: Tx, values: typeof ticketEvents.$inferInsert): Promise<void> {
  await tx.insert(ticketEvents).values(values);
}

export async function insertService(tx: Tx, values: typeof services.$inferInsert): Promise<string> {
  const [row] = await tx.insert(services).values(values).returning({ id: services.id });
  if (!row) throw new Error('service insert returned no row');
  return row.id;
}

export async function findServiceForTicket(tx: Tx, ticketId: string) {
  const [row] = await tx.select().from(services).where(eq(services.ticketId, ticketId)).limit(1);
  return row;
}

export async function endService(tx: Tx, ticketId: string, now: Date): Promise<void> {
  await tx.update(services).set({ endedAt: now }).where(eq(services.ticketId, ticketId));
}
