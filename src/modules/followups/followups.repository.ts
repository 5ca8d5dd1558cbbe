import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { ratingFollowups } from '../../db/schema.js';
import type { FollowupStatus, ResidentResponse } from '../../core/followups/followup.js';

export type FollowupRow = typeof ratingFollowups.$inferSelect;

export async function lockFollowup(
  tx: Tx,
  centreId: string,
  ratingId: string,
): Promise<FollowupRow | undefined> {
  const [row] = await tx
    .select()
    .from(ratingFollowups)
    .where(and(eq(ratingFollowups.ratingId, ratingId), eq(ratingFollowups.centreId, centreId)))
    .for('update')
    .limit(1);
  return row;
}

export async function updateFollowup(
  tx: Tx,
  ratingId: string,
  values: Partial<typeof ratingFollowups.$inferInsert>,
) {
  await tx.update(ratingFollowups).set(values).where(eq(ratingFollowups.ratingId, ratingId));
}

/** A follow-up with what the manager needs to act on it: the rating, where it came from, who. */
export interface FollowupListRow {
  ratingId: string;
  level: number;
  comment: string;
  stage: 'service' | 'acceptance' | 'completion';
  ratedAt: Date | string;
  windowName: string;
  clerkId: string;
  clerkName: string;
  ticketNumber: string | null;
  caseId: string | null;
  caseNumber: string | null;
  itemName: string | null;
  residentName: string | null;
  residentPhone: string | null;
  status: FollowupStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  assignedByName: string | null;
  assignedAt: Date | string | null;
  contactDue: string;
  closeDue: string;
  contactedAt: Date | string | null;
  contactedOn: string | null;
  contactedByName: string | null;
  contactNote: string | null;
  cause: string | null;
  remedy: string | null;
  residentResponse: ResidentResponse | null;
  closedAt: Date | string | null;
  closedOn: string | null;
  closedByName: string | null;
  appealId: string | null;
  appealStatus: 'pending' | 'upheld' | 'rejected' | null;
}

export interface FollowupFilter {
  /** A status, or 'pending' for every follow-up that still owes work. */
  status?: FollowupStatus | 'pending';
  /** true: only those past a due date with the step still owed; false: only those that are not. */
  overdue?: boolean;
  ratingId?: string;
  clerkId?: string;
  /** Ratings given on these business dates (both counted). */
  from?: string;
  to?: string;
}

/** Follow-ups of a centre, newest rating first. `today` decides what is overdue. */
export async function listFollowups(
  tx: Tx,
  centreId: string,
  today: string,
  filter: FollowupFilter,
): Promise<FollowupListRow[]> {
  const where: SQL[] = [sql`f.centre_id = ${centreId}`];
  if (filter.status === 'pending') where.push(sql`f.status in ('open', 'contacted', 'appealed')`);
  else if (filter.status) where.push(sql`f.status = ${filter.status}`);
  if (filter.ratingId) where.push(sql`f.rating_id = ${filter.ratingId}`);
  if (filter.clerkId) where.push(sql`r.clerk_id = ${filter.clerkId}`);
  if (filter.from) where.push(sql`r.created_on >= ${filter.from}::date`);
  if (filter.to) where.push(sql`r.created_on <= ${filter.to}::date`);
  // The same rule as core/followups followupTiming: a due date is the last day allowed.
  const overdue = sql`(f.status in ('open', 'contacted', 'appealed') and (
      (f.contacted_on is null and f.contact_due < ${today}::date)
      or (f.closed_on is null and f.close_due < ${today}::date)))`;
  if (filter.overdue === true) where.push(overdue);
  if (filter.overdue === false) where.push(sql`not ${overdue}`);
  return queryRows<FollowupListRow>(
    tx,
    sql`select f.rating_id as "ratingId", r.level, r.comment, r.stage, r.created_at as "ratedAt",
        w.name as "windowName", r.clerk_id as "clerkId", c.name as "clerkName",
        t.number as "ticketNumber", k.id as "caseId", k.number as "caseNumber",
        k.item_name as "itemName", ap.name as "residentName", ap.phone as "residentPhone",
        f.status, f.assignee_id as "assigneeId", au.name as "assigneeName",
        ab.name as "assignedByName", f.assigned_at as "assignedAt",
        f.contact_due::text as "contactDue", f.close_due::text as "closeDue",
        f.contacted_at as "contactedAt", f.contacted_on::text as "contactedOn",
        cb.name as "contactedByName", f.contact_note as "contactNote", f.cause, f.remedy,
        f.resident_response as "residentResponse", f.closed_at as "closedAt",
        f.closed_on::text as "closedOn", xb.name as "closedByName",
        la.id as "appealId", la.status as "appealStatus"
      from rating_followups f
      join ratings r on r.id = f.rating_id
      join windows w on w.id = r.window_id
      join users c on c.id = r.clerk_id
      join services s on s.id = r.service_id
      left join tickets t on t.id = s.ticket_id
      left join cases k on k.id = r.case_id and k.centre_id = f.centre_id
      left join applicants ap on ap.id = k.applicant_id
      left join users au on au.id = f.assignee_id
      left join users ab on ab.id = f.assigned_by
      left join users cb on cb.id = f.contacted_by
      left join users xb on xb.id = f.closed_by
      left join lateral (
        select a.id, a.status from rating_appeals a
        where a.rating_id = f.rating_id order by a.requested_at desc limit 1
      ) la on true
      where ${sql.join(where, sql` and `)}
      order by r.created_at desc
      limit 500`,
  );
}
