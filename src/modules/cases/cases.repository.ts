import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { applicants, caseCounters, caseEvents, casePauses, cases, departments, users } from '../../db/schema.js';

export type CaseRow = typeof cases.$inferSelect;
export type ApplicantRow = typeof applicants.$inferSelect;
export type CaseWithApplicant = CaseRow & { applicant: ApplicantRow; departmentName: string };

/** Case numbers: centre code, acceptance date and a daily sequence (DEMO202603020001). */
export async function nextCaseNumber(tx: Tx, centreId: string, centreCode: string, businessDate: string): Promise<string> {
  const [row] = await tx
    .insert(caseCounters)
    .values({ centreId, businessDate, lastSeq: 1 })
    .onConflictDoUpdate({ target: [caseCounters.centreId, caseCounters.businessDate], set: { lastSeq: sql`${caseCounters.lastSeq} + 1` } })
    .returning({ seq: caseCounters.lastSeq });
  return `${centreCode.toUpperCase().replace(/[^A-Z0-9]/g, '')}${businessDate.replace(/-/g, '')}${String(row!.seq).padStart(4, '0')}`;
}

/** The applicant record of a centre, created or refreshed with the latest name and phone. */
export async function upsertApplicant(
  tx: Tx,
  values: { centreId: string; idType: string; idNumber: string; name: string; phone: string; updatedAt: Date },
): Promise<ApplicantRow> {
  const [row] = await tx
    .insert(applicants)
    .values(values)
    .onConflictDoUpdate({
      target: [applicants.centreId, applicants.idType, applicants.idNumber],
      set: { name: values.name, phone: values.phone, updatedAt: values.updatedAt },
    })
    .returning();
  return row!;
}

export async function insertCase(tx: Tx, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}

export async function findCaseByRequest(tx: Tx, centreId: string, requestId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(and(eq(cases.centreId, centreId), eq(cases.requestId, requestId))).limit(1);
  return row;
}

export async function lockCase(tx: Tx, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update').limit(1);
  return row;
}

export async function updateCase(tx: Tx, id: string, values: Partial<typeof cases.$inferInsert>): Promise<CaseRow> {
  const [row] = await tx.update(cases).set(values).where(eq(cases.id, id)).returning();
  return row!;
}

const withApplicant = {
  case: cases,
  applicant: applicants,
  departmentName: departments.name,
};

export async function findCaseWithApplicant(tx: Tx, id: string): Promise<CaseWithApplicant | undefined> {
  const [row] = await tx
    .select(withApplicant)
    .from(cases)
    .innerJoin(applicants, eq(applicants.id, cases.applicantId))
    .innerJoin(departments, eq(departments.code, cases.departmentCode))
    .where(eq(cases.id, id))
    .limit(1);
  return row ? { ...row.case, applicant: row.applicant, departmentName: row.departmentName } : undefined;
}

export async function listCases(
  tx: Tx,
  filter: { centreId: string; statuses: CaseRow['status'][]; departmentCodes?: string[]; limit: number },
): Promise<CaseWithApplicant[]> {
  const conditions = [eq(cases.centreId, filter.centreId), inArray(cases.status, filter.statuses)];
  if (filter.departmentCodes) conditions.push(inArray(cases.departmentCode, filter.departmentCodes.length ? filter.departmentCodes : ['']));
  const rows = await tx
    .select(withApplicant)
    .from(cases)
    .innerJoin(applicants, eq(applicants.id, cases.applicantId))
    .innerJoin(departments, eq(departments.code, cases.departmentCode))
    .where(and(...conditions))
    .orderBy(asc(cases.deadline), asc(cases.acceptedAt))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r.case, applicant: r.applicant, departmentName: r.departmentName }));
}

export async function insertCaseEvent(tx: Tx, values: typeof caseEvents.$inferInsert): Promise<void> {
  await tx.insert(caseEvents).values(values);
}

export async function listCaseEvents(tx: Tx, caseId: string) {
  return tx
    .select({
      kind: caseEvents.kind,
      fromStatus: caseEvents.fromStatus,
      toStatus: caseEvents.toStatus,
      at: caseEvents.at,
      actorName: users.name,
      data: caseEvents.data,
    })
    .from(caseEvents)
    .innerJoin(users, eq(users.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.id));
}

export async function listPauses(tx: Tx, caseId: string) {
  return tx.select().from(casePauses).where(eq(casePauses.caseId, caseId)).orderBy(asc(casePauses.startedAt));
}

export async function insertPause(tx: Tx, values: typeof casePauses.$inferInsert): Promise<void> {
  await tx.insert(casePauses).values(values);
}

export async function endOpenPause(tx: Tx, caseId: string, now: Date, today: string): Promise<void> {
  await tx
    .update(casePauses)
    .set({ endedAt: now, endedOn: today })
    .where(and(eq(casePauses.caseId, caseId), isNull(casePauses.endedAt)));
}

export async function findCaseByNumber(tx: Tx, number: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.number, number)).orderBy(desc(cases.acceptedAt)).limit(1);
  return row;
}
