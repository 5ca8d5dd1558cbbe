import QRCode from 'qrcode';
import { shanghaiDate, yearOf } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { NoticeContent } from '../../db/schema.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { findCentreById } from '../centres/centres.repository.js';
import * as repo from './notices.repository.js';

export const NOTICE_TITLES: Record<repo.NoticeKind, string> = {
  acceptance: '受理回执',
  one_time: '一次性告知书',
  refusal: '不予受理通知书',
  supplement: '补正材料通知书',
  decision: '办理结果通知书',
  pause: '特别程序（不计入办理时限）告知书',
  extension: '延长办理期限告知书',
  handoff: '收件转送告知书',
};

export async function writeNotice(
  ctx: AppContext,
  tx: Tx,
  input: {
    user: SessionUser;
    kind: repo.NoticeKind;
    requestId?: string;
    ticketId?: string | null;
    caseId?: string | null;
    applicantId: string;
    itemCode: string;
    content: Omit<NoticeContent, 'title'>;
  },
): Promise<repo.NoticeRow> {
  const now = ctx.clock.now();
  const number = await repo.nextNoticeNumber(tx, input.user.centreId, yearOf(shanghaiDate(now)), input.kind);
  return repo.insertNotice(tx, {
    centreId: input.user.centreId,
    number,
    kind: input.kind,
    requestId: input.requestId ?? null,
    ticketId: input.ticketId ?? null,
    caseId: input.caseId ?? null,
    applicantId: input.applicantId,
    itemCode: input.itemCode,
    content: { title: NOTICE_TITLES[input.kind], ...input.content },
    createdAt: now,
    createdBy: input.user.id,
  });
}

export function progressUrl(ctx: AppContext, caseNumber: string): string {
  return `${ctx.config.publicUrl.replace(/\/$/, '')}/progress?case=${encodeURIComponent(caseNumber)}`;
}

/** A notice as the console prints it; an acceptance receipt carries the QR code of the progress page. */
export async function toNoticeView(ctx: AppContext, notice: repo.NoticeRow) {
  const url = notice.kind === 'acceptance' && notice.content.caseNumber ? progressUrl(ctx, notice.content.caseNumber) : undefined;
  return {
    id: notice.id,
    number: notice.number,
    kind: notice.kind,
    createdAt: notice.createdAt.toISOString(),
    content: notice.content,
    ...(url ? { progressUrl: url, qrDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 240 }) } : {}),
  };
}

export async function getNoticeForPrint(ctx: AppContext, user: SessionUser, id: string) {
  const notice = await repo.findNotice(ctx.db, id);
  if (!notice || notice.centreId !== user.centreId) throw notFound('notice.not_found', '文书不存在');
  const centre = await findCentreById(ctx.db, notice.centreId);
  return {
    notice: await toNoticeView(ctx, notice),
    centre: { name: centre?.name ?? '', address: centre?.address ?? '', phone: centre?.phone ?? '' },
  };
}
