/**
 * A case after acceptance: finished on the spot (immediate items), or worked in the back office
 * (committed items) with supplements that pause the clock, a decision, and collection at the reply
 * window. Every transition is a case event with who, when and from where.
 */
import { caseDeadline, pausedWorkingDays } from '../../core/calendar/deadline.js';
import { nextCaseStatus, type CaseAction } from '../../core/cases/case-state.js';
import { shanghaiDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { NoticeContent } from '../../db/schema.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden, notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { getOwnWindow } from '../centres/centres.service.js';
import { writeNotice, toNoticeView } from '../notices/notices.service.js';
import { listNoticesForCase } from '../notices/notices.repository.js';
import { getSettings } from '../settings/settings.service.js';
import { insertService } from '../tickets/tickets.repository.js';
import * as repo from './cases.repository.js';
import { toCaseView } from './cases.view.js';

async function viewOptions(ctx: AppContext, user: SessionUser, mask: boolean) {
  const [calendar, settings] = await Promise.all([ctx.calendar.get(), getSettings(ctx.db, user.centreId)]);
  return { calendar, today: shanghaiDate(ctx.clock.now()), amberDays: settings.amberDays, mask };
}

async function present(ctx: AppContext, user: SessionUser, tx: Tx, caseId: string, mask = false) {
  const row = await repo.findCaseWithApplicant(tx, caseId);
  return toCaseView(row!, await viewOptions(ctx, user, mask));
}

/** Officers work only the cases of their own departments. */
function assertMayProcess(user: SessionUser, row: repo.CaseRow): void {
  if (!user.departmentCodes.includes(row.departmentCode)) {
    throw forbidden('case.other_department', '该办件不属于您所在的条线');
  }
}

/** A written notice about a case to its applicant (supplement request, decision); returns its id. */
async function writeCaseNotice(
  ctx: AppContext,
  tx: Tx,
  user: SessionUser,
  row: repo.CaseRow,
  kind: 'supplement' | 'decision',
  content: Omit<NoticeContent, 'title' | 'itemName' | 'applicantName' | 'caseNumber'>,
): Promise<string> {
  const full = await repo.findCaseWithApplicant(tx, row.id);
  const notice = await writeNotice(ctx, tx, {
    user,
    kind,
    caseId: row.id,
    applicantId: row.applicantId,
    itemCode: row.itemCode,
    content: { itemName: row.itemName, applicantName: full!.applicant.name, caseNumber: row.number, ...content },
  });
  return notice.id;
}

async function transition(
  ctx: AppContext,
  user: SessionUser,
  input: { caseId: string; action: CaseAction; ip: string; data?: Record<string, unknown> },
  apply: (tx: Tx, row: repo.CaseRow, now: Date, today: string) => Promise<Partial<repo.CaseRow>>,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.lockCase(tx, input.caseId);
    if (!row || row.centreId !== user.centreId) throw notFound('case.not_found', '办件不存在');
    if (input.action !== 'finish' && input.action !== 'collect') assertMayProcess(user, row);
    const to = nextCaseStatus(row.kind, row.status, input.action);
    const now = ctx.clock.now();
    const today = shanghaiDate(now);
    const changes = await apply(tx, row, now, today);
    await repo.updateCase(tx, row.id, { ...changes, status: to });
    await repo.insertCaseEvent(tx, {
      centreId: user.centreId,
      caseId: row.id,
      kind: input.action,
      fromStatus: row.status,
      toStatus: to,
      at: now,
      actorId: user.id,
      ip: input.ip,
      data: input.data ?? {},
    });
    await ctx.bus.publish(tx, { centreId: user.centreId, type: 'case', at: now.toISOString(), data: { caseId: row.id, status: to, kind: row.kind } });
    return row;
  });
}

/** 当场办结: the clerk finishes an immediate item at the window. */
export async function finishOnSpot(ctx: AppContext, user: SessionUser, caseId: string, ip: string) {
  await transition(ctx, user, { caseId, action: 'finish', ip }, async (_tx, _row, now) => ({ finishedAt: now }));
  return present(ctx, user, ctx.db, caseId);
}

/** The back office asks for a supplement: the clock pauses from today and a notice lists what is needed. */
export async function requestSupplement(ctx: AppContext, user: SessionUser, caseId: string, input: { missing: string[]; note?: string }, ip: string) {
  let noticeId = '';
  await transition(ctx, user, { caseId, action: 'request_supplement', ip, data: { missing: input.missing } }, async (tx, row, now, today) => {
    await repo.insertPause(tx, {
      centreId: user.centreId,
      caseId: row.id,
      kind: 'supplement',
      reason: input.missing.join('、'),
      startedAt: now,
      startedOn: today,
    });
    noticeId = await writeCaseNotice(ctx, tx, user, row, 'supplement', {
      missing: input.missing.map((name) => ({ name, form: '', copies: 1 })),
      note: input.note,
    });
    return {};
  });
  return { case: await present(ctx, user, ctx.db, caseId), noticeId };
}

/**
 * The supplement has arrived: the pause ends and the deadline is recomputed from the whole history,
 * so it moves by exactly the working days the pause took.
 */
export async function receiveSupplement(ctx: AppContext, user: SessionUser, caseId: string, ip: string) {
  const calendar = await ctx.calendar.get();
  await transition(ctx, user, { caseId, action: 'receive_supplement', ip }, async (tx, row, now, today) => {
    await repo.endOpenPause(tx, row.id, now, today);
    const pauses = await repo.listPauses(tx, row.id);
    const { deadline, pausedDays } = caseDeadline(
      calendar,
      { acceptedOn: row.acceptedOn, promisedDays: row.promisedDays, pauses: pauses.map((p) => ({ startedOn: p.startedOn, endedOn: p.endedOn })) },
      today,
    );
    return { deadline, pausedDays };
  });
  return present(ctx, user, ctx.db, caseId);
}

/** The back office decides; the result waits at the reply window with a decision notice. */
export async function decide(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { decision: 'approved' | 'denied'; reason?: string },
  ip: string,
) {
  let noticeId = '';
  await transition(
    ctx,
    user,
    { caseId, action: input.decision === 'approved' ? 'approve' : 'deny', ip, data: { reason: input.reason ?? null } },
    async (tx, row, now) => {
      noticeId = await writeCaseNotice(ctx, tx, user, row, 'decision', {
        decision: input.decision === 'approved' ? '准予办理' : '不予批准',
        reason: input.reason,
      });
      return { decision: input.decision, decisionReason: input.reason ?? null, decidedAt: now, officerId: user.id };
    },
  );
  return { case: await present(ctx, user, ctx.db, caseId), noticeId };
}

/** The reply window hands the result over; a reply window given here gets a rating on its pad. */
export async function collect(ctx: AppContext, user: SessionUser, caseId: string, input: { windowId?: string; collectorName?: string }, ip: string) {
  let serviceId: string | null = null;
  await transition(ctx, user, { caseId, action: 'collect', ip, data: { collectorName: input.collectorName ?? null } }, async (tx, _row, now) => {
    if (input.windowId) {
      const window = await getOwnWindow(tx, user, input.windowId);
      serviceId = await insertService(tx, {
        centreId: user.centreId,
        windowId: window.id,
        clerkId: user.id,
        kind: 'collection',
        startedAt: now,
        endedAt: now,
      });
    }
    return { collectedAt: now, collectedBy: user.id, collectorName: input.collectorName ?? null };
  });
  return { case: await present(ctx, user, ctx.db, caseId), serviceId };
}

export async function listCases(ctx: AppContext, user: SessionUser, filter: { scope: 'department' | 'all'; status: 'open' | 'ready' | 'all' }) {
  const statuses: repo.CaseRow['status'][] =
    filter.status === 'open' ? ['in_progress', 'paused'] : filter.status === 'ready' ? ['ready'] : ['accepted', 'finished', 'in_progress', 'paused', 'ready', 'collected'];
  const seeAll = can(user.role, 'case.read_all') && filter.scope === 'all';
  const rows = await repo.listCases(ctx.db, {
    centreId: user.centreId,
    statuses,
    departmentCodes: seeAll || user.role === 'clerk' ? undefined : user.departmentCodes,
    limit: 500,
  });
  const options = await viewOptions(ctx, user, true);
  return rows.map((r) => toCaseView(r, options));
}

export async function getCaseDetail(ctx: AppContext, user: SessionUser, caseId: string) {
  const row = await repo.findCaseWithApplicant(ctx.db, caseId);
  if (!row || row.centreId !== user.centreId) throw notFound('case.not_found', '办件不存在');
  if (user.role === 'officer') assertMayProcess(user, row);
  const calendar = await ctx.calendar.get();
  const today = shanghaiDate(ctx.clock.now());
  const [events, notices, pauses, options] = await Promise.all([
    repo.listCaseEvents(ctx.db, caseId),
    listNoticesForCase(ctx.db, caseId),
    repo.listPauses(ctx.db, caseId),
    viewOptions(ctx, user, !can(user.role, 'applicant.read_full')),
  ]);
  return {
    case: toCaseView(row, options),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    notices: await Promise.all(notices.map((n) => toNoticeView(ctx, n))),
    pauses: pauses.map((p) => ({
      kind: p.kind,
      reason: p.reason,
      startedOn: p.startedOn,
      endedOn: p.endedOn,
      workingDays: pausedWorkingDays(calendar, p, today),
    })),
  };
}
