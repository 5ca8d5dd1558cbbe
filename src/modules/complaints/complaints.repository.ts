import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { cases, complaintEvents, complaints, recordCounters, users } from '../../db/schema.js';

export type ComplaintRow = typeof complaints.$inferSelect;

/** The next complaint sequence of a centre's year, bumped atomically (two at once never share one). */
export async function nextComplaintSeq(tx: Tx, centreId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(recordCounters)
    .values({ centreId, kind: 'complaint', year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [recordCounters.centreId, recordCounters.kind, recordCounters.year],
      set: { lastSeq: sql`${recordCounters.lastSeq} + 1` },
    })
    .returning({ seq: recordCounters.lastSeq });
  return row!.seq;
}

export async function insertComplaint(
  tx: Tx,
  values: typeof complaints.$inferInsert,
): Promise<ComplaintRow> {
  const [row] = await tx.insert(complaints).values(values).returning();
  return row!;
}

export async function lockComplaint(
  tx: Tx,
  centreId: string,
  id: string,
): Promise<ComplaintRow | undefined> {
  const [row] = await tx
    .select()
    .from(complaints)
    .where(and(eq(complaints.id, id), eq(complaints.centreId, centreId)))
    .for('update')
    .limit(1);
  return row;
}

/** The complaint a number and a lookup code open (the public answer page), locked if asked. */
export async function findByLookup(tx: Tx, number: string, codeHash: string, lock = false) {
  const query = tx
    .select()
    .from(complaints)
    .where(and(eq(complaints.number, number), eq(complaints.lookupCodeHash, codeHash)))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findByRequest(tx: Tx, centreId: string, requestId: string) {
  const [row] = await tx
    .select()
    .from(complaints)
    .where(and(eq(complaints.centreId, centreId), eq(complaints.requestId, requestId)))
    .limit(1);
  return row;
}

export async function updateComplaint(
  tx: Tx,
  id: string,
  values: Partial<typeof complaints.$inferInsert>,
) {
  await tx.update(complaints).set(values).where(eq(complaints.id, id));
}

export async function insertEvent(
  tx: Tx,
  values: typeof complaintEvents.$inferInsert,
): Promise<void> {
  await tx.insert(complaintEvents).values(values);
}

export async function findCaseByNumber(tx: Tx, centreId: string, number: string) {
  const [row] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.centreId, centreId), eq(cases.number, number)))
    .limit(1);
  return row;
}

export async function listEvents(tx: Tx, complaintId: string) {
  return tx
    .select({
      kind: complaintEvents.kind,
      at: complaintEvents.at,
      actorName: users.name,
      data: complaintEvents.data,
    })
    .from(complaintEvents)
    .leftJoin(users, eq(users.id, complaintEvents.actorId))
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.id));
}

export interface ComplaintListRow {
  id: string;
  number: string;
  channel: ComplaintRow['channel'];
  category: string;
  complainantName: string;
  complainantPhone: string;
  content: string;
  caseNumber: string | null;
  staffId: string | null;
  staffName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: ComplaintRow['status'];
  receivedAt: Date | string;
  receivedOn: string;
  receivedByName: string | null;
  answerDue: string;
  answer: string | null;
  answeredAt: Date | string | null;
  answeredOn: string | null;
  answeredByName: string | null;
  answerDays: number | null;
  satisfaction: ComplaintRow['satisfaction'];
  closedAt: Date | string | null;
}

export interface ComplaintFilter {
  status?: ComplaintRow['status'];
  /** true: unanswered past the answer due date; false: the others. */
  overdue?: boolean;
  id?: string;
  staffId?: string;
  /** Received on these business dates (both counted). */
  from?: string;
  to?: string;
}

export async function listComplaints(
  tx: Tx,
  centreId: string,
  today: string,
  filter: ComplaintFilter,
): Promise<ComplaintListRow[]> {
  const where: SQL[] = [sql`p.centre_id = ${centreId}`];
  if (filter.status) where.push(sql`p.status = ${filter.status}`);
  if (filter.id) where.push(sql`p.id = ${filter.id}`);
  if (filter.staffId) where.push(sql`p.staff_id = ${filter.staffId}`);
  if (filter.from) where.push(sql`p.received_on >= ${filter.from}::date`);
  if (filter.to) where.push(sql`p.received_on <= ${filter.to}::date`);
  // The same rule as core/complaints complaintTiming: the due date is the last day allowed.
  const overdue = sql`(p.answered_on is null and p.answer_due < ${today}::date)`;
  if (filter.overdue === true) where.push(overdue);
  if (filter.overdue === false) where.push(sql`not ${overdue}`);
  return queryRows<ComplaintListRow>(
    tx,
    sql`select p.id, p.number, p.channel, p.category, p.complainant_name as "complainantName",
        p.complainant_phone as "complainantPhone", p.content, k.number as "caseNumber",
        p.staff_id as "staffId", s.name as "staffName", p.assignee_id as "assigneeId",
        a.name as "assigneeName", p.status, p.received_at as "receivedAt",
        p.received_on::text as "receivedOn", rb.name as "receivedByName",
        p.answer_due::text as "answerDue", p.answer, p.answered_at as "answeredAt",
        p.answered_on::text as "answeredOn", ab.name as "answeredByName",
        p.answer_days as "answerDays", p.satisfaction, p.closed_at as "closedAt"
      from complaints p
      left join cases k on k.id = p.case_id
      left join users s on s.id = p.staff_id
      left join users a on a.id = p.assignee_id
      left join users rb on rb.id = p.received_by
      left join users ab on ab.id = p.answered_by
      where ${sql.join(where, sql` and `)}
      order by p.received_at desc
      limit 500`,
  );
}
