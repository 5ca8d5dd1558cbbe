/**
 * Acceptance at the front window (前台一口受理): the clerk checks identity and materials for one
 * item and either accepts (a case and its receipt), gives a one-time notice of everything missing,
 * or refuses with a reason. Each outcome is one transaction and idempotent on `requestId`.
 */
import { caseTimeStatus } from '../../core/calendar/deadline.js';
import { loadAmberThresholds } from '../deadlines/case-clock.js';
import { initialCaseStatus } from '../../core/cases/case-state.js';
import { missingMaterials } from '../../core/cases/materials.js';
import { shanghaiDate } from '../../core/dates.js';
import { validateIdentity } from '../../core/identity/validate.js';
import { idTail } from '../../core/identity/mask.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { AppError, conflict, notFound } from '../../server/errors.js';
import * as casesRepo from '../cases/cases.repository.js';
import { getItem } from '../catalogue/catalogue.service.js';
import { claimHandoff, markHandoffAccepted } from '../handoffs/handoff-acceptance.js';
import * as noticesRepo from '../notices/notices.repository.js';
import { writeNotice } from '../notices/notices.service.js';
import { findServiceForTicket, lockTicket } from '../tickets/tickets.repository.js';
import type { AcceptInput, OneTimeInput, RefuseInput } from './intake.schema.js';

const FORM_LABELS = { original: '原件', copy: '复印件', electronic: '电子件' } as const;

/** The applicant's ID must be valid: an invalid number is refused before anything is written. */
export function checkedIdNumber(ctx: AppContext, applicant: AcceptInput['applicant']): string {
  const result = validateIdentity(applicant.idType, applicant.idNumber, shanghaiDate(ctx.clock.now()));
  if (!result.valid) throw new AppError(400, result.code, result.message);
  return result.normalized;
}

/** The applicant's record in this centre, refreshed with the name and phone given today. */
export function saveApplicant(tx: Tx, user: SessionUser, applicant: AcceptInput['applicant'], idNumber: string, now: Date) {
  return casesRepo.upsertApplicant(tx, {
    centreId: user.centreId,
    idType: applicant.idType,
    idNumber,
    name: applicant.name,
    phone: applicant.phone,
    updatedAt: now,
  });
}

/** The ticket being served at this clerk's window: intake happens only during a service. */
export async function servingTicket(tx: Tx, user: SessionUser, ticketId: string) {
  const ticket = await lockTicket(tx, ticketId);
  if (!ticket || ticket.centreId !== user.centreId) throw notFound('ticket.not_found', '号码不存在');
  if (ticket.status !== 'serving' || ticket.clerkId !== user.id) {
    throw conflict('intake.not_serving', `${ticket.number}号不在您的窗口办理中，请先叫号并开始办理`);
  }
  return ticket;
}

/** PostgreSQL's unique_violation: a concurrent request with the same requestId won the race. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/**
 * Answers a repeated request with what the first one stored; otherwise runs `work` (one
 * transaction), and if it loses a race on the requestId unique index, answers with what the
 * winner stored instead.
 */
export async function idempotent<T>(replay: () => Promise<T | undefined>, work: () => Promise<T>): Promise<T> {
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await work();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const stored = await replay();
    if (stored === undefined) throw err;
    return stored;
  }
}

/**
 * 受理: a case and its receipt. With `handoffId` this is the acceptance proper of a hand-off whose
 * materials arrived here (收受分离): the promised limit runs from today, this centre's acceptance
 * day, and the hand-off closes as accepted in the same transaction.
 */
export async function accept(ctx: AppContext, user: SessionUser, input: AcceptInput, ip: string) {
  const replay = async () => {
    const existing = await casesRepo.findCaseByRequest(ctx.db, user.centreId, input.requestId);
    if (!existing) return undefined;
    const notice = await noticesRepo.findNoticeByRequest(ctx.db, user.centreId, input.requestId);
    return { caseId: existing.id, notice: notice!, replayed: true };
  };
  const idNumber = checkedIdNumber(ctx, input.applicant);
  return idempotent(replay, () =>
      ctx.db.transaction(async (tx) => {
        const handoff = input.handoffId
          ? await claimHandoff(tx, user, {
              handoffId: input.handoffId,
              itemCode: input.itemCode,
              idType: input.applicant.idType,
              idNumber,
            })
          : null;
        const ticket = input.ticketId ? await servingTicket(tx, user, input.ticketId) : null;
        const item = await getItem(ctx, tx, input.itemCode);
        const missing = missingMaterials(item.materials, input.materialsReceived);
        if (missing.length > 0) {
          throw conflict('intake.materials_incomplete', `材料不齐：缺少${missing.map((m) => m.name).join('、')}，请出具一次性告知书`, {
            missing: missing.map((m) => m.id),
          });
        }
        const now = ctx.clock.now();
        const today = shanghaiDate(now);
        const applicant = await saveApplicant(tx, user, input.applicant, idNumber, now);
        const calendar = await ctx.calendar.get(tx);
        const amberDays = (await loadAmberThresholds(tx, [user.centreId]))(user.centreId, item.code);
        const time = caseTimeStatus(calendar, { acceptedOn: today, promisedDays: item.promisedDays, pauses: [] }, today, amberDays);
        const { deadline } = time;
        // A committed item with a short limit is amber from the day it is accepted.
        const warning = item.kind === 'committed' ? time.warning : 'none';
        const service = ticket ? await findServiceForTicket(tx, ticket.id) : undefined;
        const status = initialCaseStatus(item.kind);
        const number = await casesRepo.nextCaseNumber(tx, user.centreId, user.centreCode, today);
        const created = await casesRepo.insertCase(tx, {
          centreId: user.centreId,
          number,
          requestId: input.requestId,
          itemCode: item.code,
          itemName: item.name,
          departmentCode: item.departmentCode,
          kind: item.kind,
          status,
          applicantId: applicant.id,
          idTail: idTail(idNumber),
          ticketId: ticket?.id ?? null,
          serviceId: service?.id ?? null,
          handoffId: handoff?.id ?? null,
          clerkId: user.id,
          materialsReceived: input.materialsReceived,
          promisedDays: item.promisedDays,
          acceptedAt: now,
          acceptedOn: today,
          deadline,
          warning,
          warningSince: warning === 'none' ? null : today,
        });
        await casesRepo.insertCaseEvent(tx, {
          centreId: user.centreId,
          caseId: created.id,
          kind: 'accepted',
          fromStatus: null,
          toStatus: status,
          at: now,
          actorId: user.id,
          ip,
          data: { ticket: ticket?.number ?? null, deadline, ...(handoff ? { handoff: handoff.number } : {}) },
        });
        const notice = await writeNotice(ctx, tx, {
          user,
          kind: 'acceptance',
          requestId: input.requestId,
          ticketId: ticket?.id ?? null,
          caseId: created.id,
          applicantId: applicant.id,
          itemCode: item.code,
          content: {
            itemName: item.name,
            applicantName: applicant.name,
            caseNumber: number,
            promisedDays: item.promisedDays,
            expectedDate: deadline,
          },
        });
        if (handoff) await markHandoffAccepted(tx, user, handoff, { caseId: created.id, caseNumber: number, now });
        await ctx.bus.publish(tx, {
          centreId: user.centreId,
          type: 'case',
          at: now.toISOString(),
          data: { caseId: created.id, status, kind: item.kind },
        });
        return { caseId: created.id, notice, replayed: false };
      }),
  );
}

type NoticeOutcome = { notice: noticesRepo.NoticeRow; replayed: boolean };

async function noticeOutcome(
  ctx: AppContext,
  user: SessionUser,
  input: OneTimeInput | RefuseInput,
  build: (item: Awaited<ReturnType<typeof getItem>>) => { kind: 'one_time' | 'refusal'; missing?: { name: string; form: string; copies: number }[]; reason?: string },
): Promise<NoticeOutcome> {
  const replay = async () => {
    const notice = await noticesRepo.findNoticeByRequest(ctx.db, user.centreId, input.requestId);
    return notice ? { notice, replayed: true } : undefined;
  };
  const idNumber = checkedIdNumber(ctx, input.applicant);
  return idempotent(replay, () =>
      ctx.db.transaction(async (tx) => {
        const ticket = await servingTicket(tx, user, input.ticketId);
        const item = await getItem(ctx, tx, input.itemCode);
        const outcome = build(item);
        const now = ctx.clock.now();
        const applicant = await saveApplicant(tx, user, input.applicant, idNumber, now);
        const notice = await writeNotice(ctx, tx, {
          user,
          kind: outcome.kind,
          requestId: input.requestId,
          ticketId: ticket.id,
          applicantId: applicant.id,
          itemCode: item.code,
          content: { itemName: item.name, applicantName: applicant.name, missing: outcome.missing, reason: outcome.reason },
        });
        return { notice, replayed: false };
      }),
  );
}

/** 一次性告知: every required material not received, in one written notice. No case is accepted. */
export async function oneTimeNotice(ctx: AppContext, user: SessionUser, input: OneTimeInput) {
  return noticeOutcome(ctx, user, input, (item) => {
    const missing = missingMaterials(item.materials, input.materialsReceived);
    if (missing.length === 0) throw conflict('intake.nothing_missing', '必需材料均已齐全，可直接受理');
    return {
      kind: 'one_time',
      missing: item.materials
        .filter((m) => missing.some((x) => x.id === m.id))
        .map((m) => ({ name: m.name, form: FORM_LABELS[m.form], copies: m.copies })),
    };
  });
}

/** 不予受理: a written refusal with its reason. */
export async function refuse(ctx: AppContext, user: SessionUser, input: RefuseInput) {
  return noticeOutcome(ctx, user, input, () => ({ kind: 'refusal', reason: input.reason }));
}
