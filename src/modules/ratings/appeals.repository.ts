import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { ratingAppeals, ratingFollowups, ratings } from '../../db/schema.js';

export type RatingRow = typeof ratings.$inferSelect;
export type AppealRow = typeof ratingAppeals.$inferSelect;

/** A rating of the centre, locked: appeals against one rating are decided one at a time. */
export async function lockRating(
  tx: Tx,
  centreId: string,
  ratingId: string,
): Promise<RatingRow | undefined> {
  const [row] = await tx
    .select()
    .from(ratings)
    .where(and(eq(ratings.id, ratingId), eq(ratings.centreId, centreId)))
    .for('update')
    .limit(1);
  return row;
}

export async function findAppeal(tx: Tx, centreId: string, appealId: string, lock = false) {
  const query = tx
    .select()
    .from(ratingAppeals)
    .where(and(eq(ratingAppeals.id, appealId), eq(ratingAppeals.centreId, centreId)))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findPendingAppeal(tx: Tx, ratingId: string): Promise<AppealRow | undefined> {
  const [row] = await tx
    .select()
    .from(ratingAppeals)
    .where(and(eq(ratingAppeals.ratingId, ratingId), eq(ratingAppeals.status, 'pending')))
    .limit(1);
  return row;
}

export async function insertAppeal(
  tx: Tx,
  values: typeof ratingAppeals.$inferInsert,
): Promise<AppealRow> {
  const [row] = await tx.insert(ratingAppeals).values(values).returning();
  return row!;
}

export async function updateAppeal(
  tx: Tx,
  id: string,
  values: Partial<typeof ratingAppeals.$inferInsert>,
) {
  await tx.update(ratingAppeals).set(values).where(eq(ratingAppeals.id, id));
}

/** An upheld appeal: the rating stays on record, marked annulled, and its follow-up stops. */
export async function annulRating(tx: Tx, ratingId: string, at: Date): Promise<void> {
  await tx.update(ratings).set({ annulledAt: at }).where(eq(ratings.id, ratingId));
  await tx
    .update(ratingFollowups)
    .set({ status: 'annulled' })
    .where(eq(ratingFollowups.ratingId, ratingId));
}

export interface AppealListRow {
  id: string;
  ratingId: string;
  level: number;
  comment: string;
  ratedAt: Date | string;
  windowName: string;
  clerkId: string;
  clerkName: string;
  reason: string;
  status: 'pending' | 'upheld' | 'rejected';
  requestedByName: string;
  requestedAt: Date | string;
  decidedByName: string | null;
  decidedAt: Date | string | null;
  decisionReason: string | null;
}

/** The centre's appeals, newest first, optionally of one status or one appeal. */
export async function listAppeals(
  tx: Tx,
  centreId: string,
  filter: { status?: AppealRow['status']; appealId?: string },
): Promise<AppealListRow[]> {
  return queryRows<AppealListRow>(
    tx,
    sql`select a.id, a.rating_id as "ratingId", r.level, r.comment, r.created_at as "ratedAt",
        w.name as "windowName", r.clerk_id as "clerkId", c.name as "clerkName", a.reason, a.status,
        q.name as "requestedByName", a.requested_at as "requestedAt", d.name as "decidedByName",
        a.decided_at as "decidedAt", a.decision_reason as "decisionReason"
      from rating_appeals a
      join ratings r on r.id = a.rating_id
      join windows w on w.id = r.window_id
      join users c on c.id = r.clerk_id
      join users q on q.id = a.requested_by
      left join users d on d.id = a.decided_by
      where a.centre_id = ${centreId}
        ${filter.status ? sql`and a.status = ${filter.status}` : sql``}
        ${filter.appealId ? sql`and a.id = ${filter.appealId}` : sql``}
      order by a.requested_at desc
      limit 500`,
  );
}
