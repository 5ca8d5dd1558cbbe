import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Candidate } from '../../core/queue/call-policy.js';
import { shanghaiDate, shanghaiMidnight } from '../../core/dates.js';
import { queryRows, type Tx } from '../../db/connection.js';
import { services, ticketCounters, ticketEvents, tickets, windows } from '../../db/schema.js';

export type TicketRow = typeof tickets.$inferSelect;

/**
 * The next sequence number of a line for the day. The upsert takes the counter row's lock, so
 * tickets issued at the same instant get different numbers on any number of processes.
 */
export async function nextTicketSeq(
  tx: Tx,
  centreId: string,
  businessDate: string,
  line: string,
): Promise<number> {
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

export async function insertTicket(
  tx: Tx,
  values: typeof tickets.$inferInsert,
): Promise<TicketRow> {
  const [row] = await tx.insert(tickets).values(values).returning();
  if (!row) throw new Error('ticket insert returned no row');
  return row;
}

/** Conditions for the tickets waiting today in the same line as `ticket`. */
function waitingInLineOf(ticket: TicketRow) {
  return [
    eq(tickets.centreId, ticket.centreId),
    eq(tickets.businessDate, ticket.businessDate),
    eq(tickets.line, ticket.line),
    eq(tickets.status, 'waiting'),
  ];
}

export interface CallScope {
  centreId: string;
  businessDate: string;
  lines: string[];
  windowId: string;
  now: Date;
}

/**
 * The head of each class of waiting tickets this window may call: priority, appointment due,
 * ordinary. `FOR UPDATE SKIP LOCKED` makes two windows calling at once take different tickets
 * instead of waiting for each other or taking the same one; a ticket transferred to a window is
 * seen by that window only, and a booked ticket joins the queue at its booked time.
 */
export async function lockCandidates(tx: Tx, scope: CallScope): Promise<Candidate[]> {
  if (scope.lines.length === 0) return [];
  const lineList = sql.join(
    scope.lines.map((l) => sql`${l}`),
    sql`, `,
  );
  const head = (condition: SQL) => sql`
    select id, queue_at from ${tickets}
    where centre_id = ${scope.centreId} and business_date = ${scope.businessDate}
      and status = 'waiting' and line in (${lineList}) and queue_at <= ${scope.now}
      and (target_window_id is null or target_window_id = ${scope.windowId})
      and ${condition}
    order by queue_at, seq
    limit 1
    for update skip locked`;
  // Three small locking reads: PostgreSQL allows FOR UPDATE on each, not on their UNION.
  const out: Candidate[] = [];
  for (const [klass, condition] of [
    ['priority', sql`priority is not null`],
    ['appointment', sql`priority is null and appointment_id is not null`],
    ['ordinary', sql`priority is null and appointment_id is null`],
  ] as const) {
    const [row] = await queryRows<{ id: string; queue_at: Date | string }>(tx, head(condition));
    if (row) out.push({ id: row.id, class: klass, queueAt: new Date(row.queue_at) });
  }
  return out;
}

/** The classes of the latest calls at a window today, newest first (for the starvation cap). */
export async function latestCallClasses(
  tx: Tx,
  windowId: string,
  businessDate: string,
  limit: number,
): Promise<Candidate['class'][]> {
  if (limit <= 0) return [];
  // Ordered by the call events' ids: several calls may share an instant.
  const rows = await queryRows<{ priority: string | null; appointment_id: string | null }>(
    tx,
    sql`select t.priority, t.appointment_id from ticket_events e join tickets t on t.id = e.ticket_id
      where e.window_id = ${windowId} and e.kind = 'called' and t.business_date = ${businessDate}
      order by e.id desc limit ${limit}`,
  );
  return rows.map((r) => (r.priority ? 'priority' : r.appointment_id ? 'appointment' : 'ordinary'));
}

export async function markCalled(
  tx: Tx,
  id: string,
  values: { windowId: string; clerkId: string; now: Date },
): Promise<TicketRow> {
  return updateTicket(tx, id, {
    status: 'called',
    calls: 1,
    calledAt: values.now,
    windowId: values.windowId,
    clerkId: values.clerkId,
    targetWindowId: null,
  });
}

/**
 * The queue position a reinstated ticket takes: just behind the `places`-th waiting ticket of its
 * line, or at the end when fewer are waiting.
 */
export async function reinstatePosition(
  tx: Tx,
  ticket: TicketRow,
  places: number,
  now: Date,
): Promise<Date> {
  const rows = await tx
    .select({ queueAt: tickets.queueAt })
    .from(tickets)
    .where(and(...waitingInLineOf(ticket)))
    .orderBy(asc(tickets.queueAt), asc(tickets.seq))
    .limit(places);
  const last = rows[places - 1];
  return last ? new Date(last.queueAt.getTime() + 1) : now;
}

/** What the wait estimate needs for a line: staffed windows serving it, how many are busy, recent service times. */
export async function waitInputs(
  tx: Tx,
  centreId: string,
  businessDate: string,
  line: string,
  now: Date,
) {
  // A seat taken on an earlier day is not a clerk at the window today.
  const dayStart = shanghaiMidnight(shanghaiDate(now));
  const [row] = await queryRows<{
    seated: number;
    open: number;
    busy: number;
    mean: number | string | null;
  }>(
    tx,
    sql`select
      (select count(*)::int from windows w where w.centre_id = ${centreId} and w.is_open and w.clerk_id is not null
        and w.seated_at >= ${dayStart} and ${line} = any(w.lines)) as seated,
      (select count(*)::int from windows w where w.centre_id = ${centreId} and w.is_open and ${line} = any(w.lines)) as open,
      (select count(*)::int from windows w where w.centre_id = ${centreId} and w.is_open and ${line} = any(w.lines)
        and exists (select 1 from tickets t where t.window_id = w.id and t.status in ('called', 'serving'))) as busy,
      (select avg(extract(epoch from finished_at - started_at)) / 60 from (
        select finished_at, started_at from tickets
        where centre_id = ${centreId} and business_date = ${businessDate} and status = 'done' and started_at is not null
        order by finished_at desc limit 30) recent) as mean`,
  );
  return {
    seated: row?.seated ?? 0,
    open: row?.open ?? 0,
    busy: row?.busy ?? 0,
    mean: row?.mean === null || row?.mean === undefined ? null : Number(row.mean),
  };
}

/** Waiting tickets ahead of this one in the same line (priority tickets count as ahead). */
export async function countAhead(tx: Tx, ticket: TicketRow): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(tickets)
    .where(
      and(
        ...waitingInLineOf(ticket),
        sql`${tickets.id} <> ${ticket.id}`,
        sql`((${tickets.priority} is not null and ${ticket.priority}::text is null)
          or ${tickets.queueAt} < ${ticket.queueAt} or (${tickets.queueAt} = ${ticket.queueAt} and ${tickets.seq} < ${ticket.seq}))`,
      ),
    );
  return row?.n ?? 0;
}

export async function findTicket(tx: Tx, id: string): Promise<TicketRow | undefined> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).limit(1);
  return row;
}

export async function lockTicket(tx: Tx, id: string): Promise<TicketRow | undefined> {
  const [row] = await tx.select().from(tickets).where(eq(tickets.id, id)).for('update').limit(1);
  return row;
}

export async function updateTicket(
  tx: Tx,
  id: string,
  values: Partial<typeof tickets.$inferInsert>,
): Promise<TicketRow> {
  const [row] = await tx.update(tickets).set(values).where(eq(tickets.id, id)).returning();
  if (!row) throw new Error('ticket update returned no row');
  return row;
}

/** The ticket a window is busy with: called or in service there. */
/** Only today's: a ticket left called yesterday does not block the window. */
export async function findActiveTicketAtWindow(
  tx: Tx,
  windowId: string,
  businessDate: string,
): Promise<TicketRow | undefined> {
  const [row] = await tx
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.windowId, windowId),
        eq(tickets.businessDate, businessDate),
        sql`${tickets.status} in ('called', 'serving')`,
      ),
    )
    .orderBy(asc(tickets.calledAt))
    .limit(1);
  return row;
}

/** Records a ticket event; its id orders the hall's event stream (SSE ids survive restarts). */
export async function insertTicketEvent(
  tx: Tx,
  values: typeof ticketEvents.$inferInsert,
): Promise<number> {
  const [row] = await tx.insert(ticketEvents).values(values).returning({ id: ticketEvents.id });
  return row!.id;
}

export async function insertService(tx: Tx, values: typeof services.$inferInsert): Promise<string> {
  const [row] = await tx.insert(services).values(values).returning({ id: services.id });
  if (!row) throw new Error('service insert returned no row');
  return row.id;
}

export async function findServiceForTicket(tx: Tx, ticketId: string) {
  const [row] = await tx
    .select()
    .from(services)
    .where(eq(services.ticketId, ticketId))
    .orderBy(desc(services.startedAt))
    .limit(1);
  return row;
}

export async function endService(tx: Tx, ticketId: string, now: Date): Promise<void> {
  await tx
    .update(services)
    .set({ endedAt: now })
    .where(and(eq(services.ticketId, ticketId), isNull(services.endedAt)));
}

/** Lines of the items a clerk is certified for. */
export async function certifiedLines(tx: Tx, userId: string): Promise<string[]> {
  const rows = await queryRows<{ line: string }>(
    tx,
    sql`select distinct i.line from users u join items i on i.code = any(u.certified_items) where u.id = ${userId}`,
  );
  return rows.map((r) => r.line);
}

/** Tickets held for a window, and today's no-shows since `missedSince` (still reinstatable). */
export async function heldAndMissed(
  tx: Tx,
  windowId: string,
  centreId: string,
  businessDate: string,
  missedSince: Date,
): Promise<TicketRow[]> {
  return tx
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.centreId, centreId),
        eq(tickets.businessDate, businessDate),
        sql`((${tickets.status} = 'held' and ${tickets.targetWindowId} = ${windowId})
          or (${tickets.status} = 'no_show' and ${tickets.finishedAt} >= ${missedSince}))`,
      ),
    )
    .orderBy(asc(tickets.queueAt));
}

/** Every use of the priority lane on a day, with its reason and how it was given. */
export async function priorityUses(tx: Tx, centreId: string, businessDate: string) {
  return queryRows<{
    ticket: string;
    line: string;
    reason: string;
    source: string;
    at: Date | string;
    status: string;
  }>(
    tx,
    sql`select t.number as ticket, t.line, e.data->>'reason' as reason, e.data->>'source' as source, e.at, t.status
      from ticket_events e join tickets t on t.id = e.ticket_id
      where e.centre_id = ${centreId} and e.kind = 'priority' and t.business_date = ${businessDate}
      order by e.id`,
  );
}

/** Every window of a centre with its clerk and the ticket it is busy with, for the hall monitor. */
export async function windowsWithActivity(tx: Tx, centreId: string) {
  return queryRows<{
    id: string;
    number: number;
    name: string;
    kind: string;
    lines: string[];
    is_open: boolean;
    clerk_name: string | null;
    seated_at: Date | string | null;
    ticket: string | null;
    ticket_status: string | null;
    called_at: Date | string | null;
    started_at: Date | string | null;
    last_finished_at: Date | string | null;
  }>(
    tx,
    sql`select w.id, w.number, w.name, w.kind, w.lines, w.is_open, u.name as clerk_name, w.seated_at,
        t.number as ticket, t.status as ticket_status, t.called_at, t.started_at,
        (select max(s.ended_at) from services s where s.window_id = w.id) as last_finished_at
      from windows w
      left join users u on u.id = w.clerk_id
      left join lateral (select * from tickets t where t.window_id = w.id and t.status in ('called', 'serving') order by t.called_at desc limit 1) t on true
      where w.centre_id = ${centreId}
      order by w.number`,
  );
}

/** Waiting tickets per line today and the longest wait's start. */
export async function waitingByLine(tx: Tx, centreId: string, businessDate: string) {
  return queryRows<{ letter: string; name: string; waiting: number; oldest: Date | string | null }>(
    tx,
    sql`select l.letter, l.name, count(t.id)::int as waiting, min(t.issued_at) as oldest
      from lines l left join tickets t on t.centre_id = l.centre_id and t.line = l.letter
        and t.business_date = ${businessDate} and t.status = 'waiting'
      where l.centre_id = ${centreId}
      group by l.letter, l.name, l.sort order by l.sort, l.letter`,
  );
}

export async function setWindowOpen(tx: Tx, windowId: string, isOpen: boolean): Promise<void> {
  await tx.update(windows).set({ isOpen }).where(eq(windows.id, windowId));
}
