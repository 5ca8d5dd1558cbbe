import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import {
  caseExtensions,
  casePauses,
  cases,
  centreItems,
  departments,
  settings,
  users,
} from '../../db/schema.js';

export type PauseRow = typeof casePauses.$inferSelect;
export type ExtensionRow = typeof caseExtensions.$inferSelect;

/** Every pause of the given cases, oldest first. */
export async function pausesForCases(tx: Tx, caseIds: string[]): Promise<PauseRow[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select()
    .from(casePauses)
    .where(inArray(casePauses.caseId, caseIds))
    .orderBy(asc(casePauses.startedAt));
}

export async function findRunningPause(tx: Tx, caseId: string): Promise<PauseRow | undefined> {
  const [row] = await tx
    .select()
    .from(casePauses)
    .where(and(eq(casePauses.caseId, caseId), isNull(casePauses.endedOn)))
    .limit(1);
  return row;
}

export async function insertPause(
  tx: Tx,
  values: typeof casePauses.$inferInsert,
): Promise<PauseRow> {
  const [row] = await tx.insert(casePauses).values(values).returning();
  return row!;
}

export async function setPauseNotice(tx: Tx, pauseId: string, noticeId: string): Promise<void> {
  await tx.update(casePauses).set({ noticeId }).where(eq(casePauses.id, pauseId));
}

/** Per-item amber thresholds (centre_items.amber_days) of the given centres. */
export async function amberOverrides(tx: Tx, centreIds: string[]) {
  if (centreIds.length === 0) return [];
  return tx
    .select({
      centreId: centreItems.centreId,
      itemCode: centreItems.itemCode,
      amberDays: centreItems.amberDays,
    })
    .from(centreItems)
    .where(
      and(inArray(centreItems.centreId, centreIds), sql`${centreItems.amberDays} is not null`),
    );
}

/** The stored `amberDays` setting of the given centres (a centre without one takes the default). */
export async function amberSettings(tx: Tx, centreIds: string[]) {
  if (centreIds.length === 0) return [];
  return tx
    .select({ centreId: settings.centreId, value: settings.value })
    .from(settings)
    .where(and(inArray(settings.centreId, centreIds), eq(settings.key, 'amberDays')));
}

export async function insertExtension(
  tx: Tx,
  values: typeof caseExtensions.$inferInsert,
): Promise<ExtensionRow> {
  const [row] = await tx.insert(caseExtensions).values(values).returning();
  return row!;
}

export async function findExtension(tx: Tx, id: string): Promise<ExtensionRow | undefined> {
  const [row] = await tx.select().from(caseExtensions).where(eq(caseExtensions.id, id)).limit(1);
  return row;
}

export async function lockExtension(tx: Tx, id: string): Promise<ExtensionRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseExtensions)
    .where(eq(caseExtensions.id, id))
    .for('update')
    .limit(1);
  return row;
}

export async function findPendingExtension(
  tx: Tx,
  caseId: string,
): Promise<ExtensionRow | undefined> {
  const [row] = await tx
    .select()
    .from(caseExtensions)
    .where(and(eq(caseExtensions.caseId, caseId), eq(caseExtensions.status, 'pending')))
    .limit(1);
  return row;
}

export async function updateExtension(
  tx: Tx,
  id: string,
  values: Partial<typeof caseExtensions.$inferInsert>,
): Promise<ExtensionRow> {
  const [row] = await tx
    .update(caseExtensions)
    .set(values)
    .where(eq(caseExtensions.id, id))
    .returning();
  return row!;
}

export async function listExtensionsForCase(tx: Tx, caseId: string): Promise<ExtensionRow[]> {
  return tx
    .select()
    .from(caseExtensions)
    .where(eq(caseExtensions.caseId, caseId))
    .orderBy(asc(caseExtensions.requestedAt));
}

/**
 * A centre's extension requests with their case, newest first. A request still pending when its
 * case was decided has lapsed: pending lists show open cases only.
 */
export async function listExtensions(
  tx: Tx,
  filter: { centreId: string; status?: ExtensionRow['status']; departmentCodes?: string[] },
) {
  const conditions: SQL[] = [eq(caseExtensions.centreId, filter.centreId)];
  if (filter.status) conditions.push(eq(caseExtensions.status, filter.status));
  if (filter.status === 'pending')
    conditions.push(inArray(cases.status, ['in_progress', 'paused']));
  if (filter.departmentCodes) {
    conditions.push(inArray(cases.departmentCode, [...filter.departmentCodes, '']));
  }
  return tx
    .select({
      extension: caseExtensions,
      caseNumber: cases.number,
      itemName: cases.itemName,
      departmentCode: cases.departmentCode,
      deadline: cases.deadline,
      extensionDays: cases.extensionDays,
      requestedByName: users.name,
    })
    .from(caseExtensions)
    .innerJoin(cases, eq(cases.id, caseExtensions.caseId))
    .innerJoin(users, eq(users.id, caseExtensions.requestedBy))
    .where(and(...conditions))
    .orderBy(desc(caseExtensions.requestedAt))
    .limit(500);
}

/**
 * Open committed cases of a centre for the deadline lists: their officer, department and whether
 * an extension is waiting. `officerOrUnassigned` keeps an officer's own cases and the unassigned
 * cases of their departments.
 */
export async function listOpenCases(
  tx: Tx,
  filter: {
    centreId: string;
    departmentCodes?: string[];
    officerOrUnassigned?: { officerId: string; departmentCodes: string[] };
  },
) {
  const conditions: (SQL | undefined)[] = [
    eq(cases.centreId, filter.centreId),
    eq(cases.kind, 'committed'),
    inArray(cases.status, ['in_progress', 'paused']),
  ];
  if (filter.departmentCodes) {
    conditions.push(inArray(cases.departmentCode, [...filter.departmentCodes, '']));
  }
  const mine = filter.officerOrUnassigned;
  if (mine) {
    conditions.push(
      or(
        eq(cases.officerId, mine.officerId),
        and(isNull(cases.officerId), inArray(cases.departmentCode, [...mine.departmentCodes, ''])),
      ),
    );
  }
  return tx
    .select({
      case: cases,
      departmentName: departments.name,
      officerName: users.name,
      hasPendingExtension: sql<boolean>`exists (select 1 from ${caseExtensions} e
        where e.case_id = ${cases.id} and e.status = 'pending')`,
    })
    .from(cases)
    .innerJoin(departments, eq(departments.code, cases.departmentCode))
    .leftJoin(users, eq(users.id, cases.officerId))
    .where(and(...conditions))
    .orderBy(asc(cases.deadline), asc(cases.acceptedAt));
}

/**
 * Results waiting at the reply window, decided on or before `decidedBy`, with how often and when
 * the applicant was last reminded (collection_reminder events).
 */
export async function listUncollected(tx: Tx, centreId: string, decidedBy: string) {
  // Cases decided before decided_on was kept have only decided_at.
  const decidedOn = sql`coalesce(c.decided_on, (c.decided_at at time zone 'Asia/Shanghai')::date)`;
  return queryRows<{
    id: string;
    number: string;
    item_name: string;
    department_code: string;
    decision: string | null;
    decided_on: string;
    applicant_name: string;
    applicant_phone: string;
    reminders: number;
    last_at: Date | string | null;
    last_channel: string | null;
    last_note: string | null;
    last_actor: string | null;
  }>(
    tx,
    sql`select c.id, c.number, c.item_name, c.department_code, c.decision, ${decidedOn}::text as decided_on,
          a.name as applicant_name, a.phone as applicant_phone,
          coalesce(r.reminders, 0)::int as reminders,
          l.at as last_at, l.data->>'channel' as last_channel, l.data->>'note' as last_note,
          u.name as last_actor
        from cases c
        join applicants a on a.id = c.applicant_id
        left join lateral (
          select count(*) as reminders from case_events e
          where e.case_id = c.id and e.kind = 'collection_reminder') r on true
        left join lateral (
          select e.at, e.data, e.actor_id from case_events e
          where e.case_id = c.id and e.kind = 'collection_reminder'
          order by e.id desc limit 1) l on true
        left join users u on u.id = l.actor_id
        where c.centre_id = ${centreId} and c.status = 'ready' and ${decidedOn} <= ${decidedBy}
        order by 6, c.number`,
  );
}

export async function countReminders(tx: Tx, caseId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from case_events where case_id = ${caseId} and kind = 'collection_reminder'`,
  );
  return row?.n ?? 0;
}
