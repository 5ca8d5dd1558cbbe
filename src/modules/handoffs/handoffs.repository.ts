import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection.js';
import {
  cases,
  centreItems,
  centres,
  handoffEvents,
  handoffs,
  items,
  recordCounters,
  users,
} from '../../db/schema.js';

export type HandoffRow = typeof handoffs.$inferSelect;
export type HandoffStatus = HandoffRow['status'];

/** Hand-off numbers run per receiving centre per year: ZS2026000001, ZS2026000002 … */
export async function nextHandoffNumber(tx: Tx, centreId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(recordCounters)
    .values({ centreId, kind: 'handoff', year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [recordCounters.centreId, recordCounters.kind, recordCounters.year],
      set: { lastSeq: sql`${recordCounters.lastSeq} + 1` },
    })
    .returning({ seq: recordCounters.lastSeq });
  return `ZS${year}${String(row!.seq).padStart(6, '0')}`;
}

export async function insertHandoff(
  tx: Tx,
  values: typeof handoffs.$inferInsert,
): Promise<HandoffRow> {
  const [row] = await tx.insert(handoffs).values(values).returning();
  return row!;
}

export async function findHandoff(tx: Tx, id: string): Promise<HandoffRow | undefined> {
  const [row] = await tx.select().from(handoffs).where(eq(handoffs.id, id)).limit(1);
  return row;
}

/** Locks the hand-off so two steps on it (two clerks, two centres) run one after the other. */
export async function lockHandoff(tx: Tx, id: string): Promise<HandoffRow | undefined> {
  const [row] = await tx.select().from(handoffs).where(eq(handoffs.id, id)).for('update').limit(1);
  return row;
}

export async function findHandoffByNumber(tx: Tx, fromCentreId: string, number: string) {
  const [row] = await tx
    .select()
    .from(handoffs)
    .where(and(eq(handoffs.fromCentreId, fromCentreId), eq(handoffs.number, number)))
    .limit(1);
  return row;
}

export async function updateHandoff(
  tx: Tx,
  id: string,
  values: Partial<typeof handoffs.$inferInsert>,
): Promise<void> {
  await tx.update(handoffs).set(values).where(eq(handoffs.id, id));
}

export async function insertHandoffEvent(
  tx: Tx,
  values: typeof handoffEvents.$inferInsert,
): Promise<void> {
  await tx.insert(handoffEvents).values(values);
}

export async function isItemOffered(tx: Tx, centreId: string, itemCode: string): Promise<boolean> {
  const [row] = await tx
    .select({ itemCode: centreItems.itemCode })
    .from(centreItems)
    .where(and(eq(centreItems.centreId, centreId), eq(centreItems.itemCode, itemCode)))
    .limit(1);
  return row !== undefined;
}

const fromCentre = alias(centres, 'from_centre');
const toCentre = alias(centres, 'to_centre');

const listed = {
  handoff: handoffs,
  itemName: items.name,
  from: { code: fromCentre.code, name: fromCentre.name },
  to: {
    code: toCentre.code,
    name: toCentre.name,
    address: toCentre.address,
    phone: toCentre.phone,
  },
  caseNumber: cases.number,
  caseStatus: cases.status,
};

export type ListedHandoff = HandoffRow & {
  itemName: string;
  from: { code: string; name: string };
  to: { code: string; name: string; address: string; phone: string };
  caseNumber: string | null;
  caseStatus: (typeof cases.$inferSelect)['status'] | null;
};

async function selectListed(
  tx: Tx,
  where: SQL | undefined,
  limit: number,
): Promise<ListedHandoff[]> {
  const rows = await tx
    .select(listed)
    .from(handoffs)
    .innerJoin(items, eq(items.code, handoffs.itemCode))
    .innerJoin(fromCentre, eq(fromCentre.id, handoffs.fromCentreId))
    .innerJoin(toCentre, eq(toCentre.id, handoffs.toCentreId))
    .leftJoin(cases, eq(cases.id, handoffs.caseId))
    .where(where)
    .orderBy(desc(handoffs.receivedAt), desc(handoffs.number))
    .limit(limit);
  return rows.map((r) => ({
    ...r.handoff,
    itemName: r.itemName,
    from: r.from,
    to: r.to,
    caseNumber: r.caseNumber,
    caseStatus: r.caseStatus,
  }));
}

export async function findListedHandoff(tx: Tx, id: string): Promise<ListedHandoff | undefined> {
  const [row] = await selectListed(tx, eq(handoffs.id, id), 1);
  return row;
}

/** A centre's hand-offs: those it received and sends on (outgoing), those sent to it (incoming). */
export async function listHandoffs(
  tx: Tx,
  filter: {
    centreId: string;
    direction?: 'outgoing' | 'incoming';
    status?: HandoffStatus;
    limit: number;
  },
): Promise<ListedHandoff[]> {
  const outgoing = eq(handoffs.fromCentreId, filter.centreId);
  const incoming = eq(handoffs.toCentreId, filter.centreId);
  const side =
    filter.direction === 'outgoing'
      ? outgoing
      : filter.direction === 'incoming'
        ? incoming
        : or(outgoing, incoming);
  const where = filter.status ? and(side, eq(handoffs.status, filter.status)) : side;
  return selectListed(tx, where, filter.limit);
}

/**
 * The public progress page: a hand-off number with the last four characters of the ID number.
 * Numbers run per receiving centre, so two centres' hand-offs can share number and tail: then no
 * one hand-off is meant, and none is answered rather than a stranger's.
 */
export async function findListedHandoffByTail(
  tx: Tx,
  number: string,
  idTail: string,
): Promise<ListedHandoff | undefined> {
  const rows = await selectListed(
    tx,
    and(eq(handoffs.number, number), sql`upper(right(${handoffs.idNumber}, 4)) = ${idTail}`),
    2,
  );
  // TODO: the lookup needs the receiving centre (or numbers unique city-wide) to answer both
  // applicants when their number and tail coincide; until then neither is shown the other's.
  return rows.length === 1 ? rows[0] : undefined;
}

export async function listHandoffEvents(tx: Tx, handoffId: string) {
  return tx
    .select({
      kind: handoffEvents.kind,
      at: handoffEvents.at,
      centreCode: centres.code,
      centreName: centres.name,
      actorName: users.name,
      data: handoffEvents.data,
    })
    .from(handoffEvents)
    .innerJoin(centres, eq(centres.id, handoffEvents.centreId))
    .innerJoin(users, eq(users.id, handoffEvents.actorId))
    .where(eq(handoffEvents.handoffId, handoffId))
    .orderBy(asc(handoffEvents.id));
}
