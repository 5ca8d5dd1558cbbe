import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { centres, lines, tickets, users, windows } from '../../db/schema.js';

export type CentreRow = typeof centres.$inferSelect;
export type WindowRow = typeof windows.$inferSelect;

export async function findCentreByCode(tx: Tx, code: string): Promise<CentreRow | undefined> {
  const [row] = await tx.select().from(centres).where(eq(centres.code, code)).limit(1);
  return row;
}

/** Every centre, by district then code (a public list: names and districts only). */
export async function listCentres(tx: Tx) {
  return tx
    .select({
      code: centres.code,
      name: centres.name,
      districtCode: centres.districtCode,
      districtName: centres.districtName,
    })
    .from(centres)
    .orderBy(asc(centres.districtCode), asc(centres.code));
}

/**
 * The active staff of one centre, by role then username. The columns are named one by one so a
 * password hash can never travel with them.
 */
export async function listActiveStaff(tx: Tx, centreId: string) {
  return tx
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      departments: users.departmentCodes,
      isAllRound: users.isAllRound,
    })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.isActive, true)))
    .orderBy(asc(users.role), asc(users.username));
}

export async function findCentreById(tx: Tx, id: string): Promise<CentreRow | undefined> {
  const [row] = await tx.select().from(centres).where(eq(centres.id, id)).limit(1);
  return row;
}

export async function listLinesWithWaiting(tx: Tx, centreId: string, businessDate: string) {
  return tx
    .select({
      letter: lines.letter,
      name: lines.name,
      icon: lines.icon,
      waiting: sql<number>`(select count(*)::int from ${tickets} t
        where t.centre_id = ${lines.centreId} and t.business_date = ${businessDate}
          and t.line = ${lines.letter} and t.status = 'waiting')`,
    })
    .from(lines)
    .where(eq(lines.centreId, centreId))
    .orderBy(asc(lines.sort), asc(lines.letter));
}

export async function findLine(tx: Tx, centreId: string, letter: string) {
  const [row] = await tx
    .select()
    .from(lines)
    .where(and(eq(lines.centreId, centreId), eq(lines.letter, letter)))
    .limit(1);
  return row;
}

export async function listWindows(tx: Tx, centreId: string): Promise<WindowRow[]> {
  return tx
    .select()
    .from(windows)
    .where(eq(windows.centreId, centreId))
    .orderBy(asc(windows.number));
}

export async function findWindow(tx: Tx, windowId: string): Promise<WindowRow | undefined> {
  const [row] = await tx.select().from(windows).where(eq(windows.id, windowId)).limit(1);
  return row;
}

/** Locks the window row so that two clerks cannot take the same seat at once. */
export async function lockWindow(tx: Tx, windowId: string): Promise<WindowRow | undefined> {
  const [row] = await tx
    .select()
    .from(windows)
    .where(eq(windows.id, windowId))
    .for('update')
    .limit(1);
  return row;
}

export async function seatClerk(
  tx: Tx,
  windowId: string,
  clerkId: string | null,
  now: Date | null,
): Promise<void> {
  await tx.update(windows).set({ clerkId, seatedAt: now }).where(eq(windows.id, windowId));
}

/** Frees every other seat this clerk holds in the centre (a clerk sits at one window at a time). */
export async function unseatClerkElsewhere(
  tx: Tx,
  centreId: string,
  clerkId: string,
  windowId: string,
): Promise<void> {
  await tx
    .update(windows)
    .set({ clerkId: null, seatedAt: null })
    .where(
      and(
        eq(windows.centreId, centreId),
        eq(windows.clerkId, clerkId),
        sql`${windows.id} <> ${windowId}`,
      ),
    );
}

export async function findUserName(tx: Tx, userId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.name;
}
