import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { noticeCounters, notices, type NoticeContent } from '../../db/schema.js';

export type NoticeRow = typeof notices.$inferSelect;
export type NoticeKind = NoticeRow['kind'];

const PREFIX: Record<NoticeKind, string> = {
  acceptance: 'SL',
  one_time: 'GZ',
  refusal: 'BY',
  supplement: 'BZ',
  decision: 'JD',
  pause: 'TB',
  extension: 'YQ',
  handoff: 'ZS',
};

/** Notice numbers run per centre per year across every kind: SL2026000001, GZ2026000002 … */
export async function nextNoticeNumber(tx: Tx, centreId: string, year: number, kind: NoticeKind): Promise<string> {
  const [row] = await tx
    .insert(noticeCounters)
    .values({ centreId, year, lastSeq: 1 })
    .onConflictDoUpdate({ target: [noticeCounters.centreId, noticeCounters.year], set: { lastSeq: sql`${noticeCounters.lastSeq} + 1` } })
    .returning({ seq: noticeCounters.lastSeq });
  return `${PREFIX[kind]}${year}${String(row!.seq).padStart(6, '0')}`;
}

export async function insertNotice(
  tx: Tx,
  values: Omit<typeof notices.$inferInsert, 'content'> & { content: NoticeContent },
): Promise<NoticeRow> {
  const [row] = await tx.insert(notices).values(values).returning();
  return row!;
}

export async function findNoticeByRequest(tx: Tx, centreId: string, requestId: string): Promise<NoticeRow | undefined> {
  const [row] = await tx.select().from(notices).where(and(eq(notices.centreId, centreId), eq(notices.requestId, requestId))).limit(1);
  return row;
}

export async function findNotice(tx: Tx, id: string): Promise<NoticeRow | undefined> {
  const [row] = await tx.select().from(notices).where(eq(notices.id, id)).limit(1);
  return row;
}

export async function listNoticesForCase(tx: Tx, caseId: string): Promise<NoticeRow[]> {
  return tx.select().from(notices).where(eq(notices.caseId, caseId)).orderBy(asc(notices.createdAt));
}
