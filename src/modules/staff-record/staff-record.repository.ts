import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { ratings, users } from '../../db/schema.js';
import { badRequest, notFound } from '../../server/errors.js';

export interface StaffMember {
  id: string;
  name: string;
  role: (typeof users.$inferSelect)['role'];
  isActive: boolean;
}

export async function findStaffMember(
  tx: Tx,
  centreId: string,
  userId: string,
): Promise<StaffMember | undefined> {
  const [row] = await tx
    .select({ id: users.id, name: users.name, role: users.role, isActive: users.isActive })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.centreId, centreId)))
    .limit(1);
  return row;
}

/**
 * An active member of the centre's staff named in a request body (an assignee, the staff member a
 * complaint is about), or 400: an id of another centre reads the same as an unknown one.
 */
export async function getStaffMember(
  tx: Tx,
  centreId: string,
  userId: string,
): Promise<StaffMember> {
  const member = await findStaffMember(tx, centreId, userId);
  if (!member || !member.isActive)
    throw badRequest('staff.unknown', '该工作人员不存在或不属于本中心');
  return member;
}

/** A member of the centre's staff named in the path, or 404. */
export async function getStaffMemberForPath(
  tx: Tx,
  centreId: string,
  userId: string,
): Promise<StaffMember> {
  const member = await findStaffMember(tx, centreId, userId);
  if (!member) throw notFound('staff.not_found', '工作人员不存在');
  return member;
}

/** Services a staff member ended between two instants, by kind. */
export async function countServices(
  tx: Tx,
  input: { centreId: string; userId: string; since: Date; before: Date },
): Promise<{ counter: number; collection: number }> {
  const rows = await queryRows<{ kind: 'counter' | 'collection'; n: number }>(
    tx,
    sql`select kind, count(*)::int as n from services
      where centre_id = ${input.centreId} and clerk_id = ${input.userId} and ended_at is not null
        and started_at >= ${input.since.toISOString()}::timestamptz
        and started_at < ${input.before.toISOString()}::timestamptz
      group by kind`,
  );
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
  return { counter: of('counter'), collection: of('collection') };
}

/** Every rating about a staff member given on business dates from..to, annulled ones included. */
export async function listRatingLevels(
  tx: Tx,
  input: { centreId: string; userId: string; from: string; to: string },
) {
  return tx
    .select({ level: ratings.level, annulledAt: ratings.annulledAt })
    .from(ratings)
    .where(
      and(
        eq(ratings.centreId, input.centreId),
        eq(ratings.clerkId, input.userId),
        gte(ratings.createdOn, input.from),
        lte(ratings.createdOn, input.to),
      ),
    );
}

export interface UpheldAppealRow {
  appealId: string;
  ratingId: string;
  level: number;
  comment: string;
  ratedOn: string;
  reason: string;
  decidedAt: Date | string;
  decisionReason: string | null;
}

/** Appeals upheld for ratings about a staff member given on business dates from..to. */
export async function listUpheldAppeals(
  tx: Tx,
  input: { centreId: string; userId: string; from: string; to: string },
): Promise<UpheldAppealRow[]> {
  return queryRows<UpheldAppealRow>(
    tx,
    sql`select a.id as "appealId", a.rating_id as "ratingId", r.level, r.comment,
        r.created_on::text as "ratedOn", a.reason, a.decided_at as "decidedAt",
        a.decision_reason as "decisionReason"
      from rating_appeals a join ratings r on r.id = a.rating_id
      where a.centre_id = ${input.centreId} and r.clerk_id = ${input.userId} and a.status = 'upheld'
        and r.created_on between ${input.from}::date and ${input.to}::date
      order by a.decided_at`,
  );
}
