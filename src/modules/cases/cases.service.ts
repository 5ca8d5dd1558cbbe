/**
 * A case after acceptance: finished on the spot (immediate items), or worked in the back office
 * (committed items) with pauses that stop the clock, a decision, and collection at the reply
 * window. Every transition is a case event with who, when and from where, and leaves the case's
 * deadline, paused days and warning recomputed from its history (deadlines/case-clock.ts).
 */
import { pausedWorkingDays } from '../../core/calendar/deadline.js';
import { nextCaseStatus, type CaseAction } from '../../core/cases/case-state.js';
import { shanghaiDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { NoticeContent } from '../../db/schema.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden, notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { getOwnWindow } from '../centres/centres.service.js';
import { clockFields, liveTimes } from '../deadlines/case-clock.js';
import { listExtensionsForCase } from '../deadlines/deadlines.repository.js';
import { writeNotice, toNoticeView } from '../notices/notices.service.js';
import { listNoticesForCase } from '../notices/notices.repository.js';
import { insertService } from '../tickets/tickets.repository.js';
import * as repo from './cases.repository.js';
import { toCaseView } from './cases.view.js';

/** Case views of `rows`, open committed ones with where they stand today. */
async function presentRows(ctx: AppContext, tx: Tx, rows: repo.CaseWithApplicant[], mask: boolean) {
  const times = await liveTimes(ctx, tx, rows, shanghaiDate(ctx.clock.now()));
  return rows.map((row) => toCaseView(row, { mask, time: times.get(row.id) }));
}

/** One case as its view (after a change: read outside the transaction that made it). */
export async function present(
  ctx: AppContext,
  _user: SessionUser,
  tx: Tx,
  caseId: string,
  mask = false,
) {
  const row = await repo.findCaseWithApplicant(tx, caseId);
  return (await presentRows(ctx, tx, [row!], mask))[0]!;
}

/** Officers work only the cases of their own departments. */
export function assertMayProcess(user: SessionUser, row: repo.CaseRow): void {
  if (!user.departmentCodes.includes(row.departmentCode)) {
    throw forbidden('case.other_department', '该办件不属于您所在的条线');
  }
}

/** A written notice about a case to its applicant (supplement, pause, extension, decision); returns its id. */
export async function writeCaseNotice(
  ctx: AppContext,
  tx: Tx,
  user: SessionUser,
  row: repo.CaseRow,
  kind: 'supplement' | 'decision' | 'pause' | 'extension',
  content: Omit<NoticeContent, 'title' | 'itemName' | 'applicantName' | 'caseNumber'>,
): Promise<string> {
  const full = await repo.findCaseWithApplicant(tx, row.id);
  const notice = await writeNotice(ctx, tx, {
    user,
    kind,
    caseId: row.id,
    applicantId: row.applicantId,
    itemCode: row.itemCode,
    content: {
      itemName: row.itemName,
      applicantName: full!.applicant.name,
      caseNumber: row.number,
      ...content,
    },
  });
  return notice.id;
}

type TransitionInput = {
  caseId: string;
  action: CaseAction;
  ip: string;
  /** Recorded on the event; `apply` may add to it. */
  data?: Record<string, unknown>;
  /** Checks of the action's own, run on the locked case before the state machine (e.g. one pause at a time). */
  guard?: (tx: Tx, row: repo.CaseRow) => Promise<void>;
};
type Apply = (
  tx: Tx,
  row: repo.CaseRow,
  now: Date,
  today: string,
) => Promise<Partial<repo.CaseRow>>;

/**
 * One action on a case inside the caller's transaction: lock, check the centre (404) and, for
 * officers, the department (403), apply the state machine, let `apply` do the action's own writes,
 * recompute the clock from history, record the event (with the new deadline when it moved) and
 * announce it. Returns the case as it was and as it is now.
 */
export async function transitionIn(
  ctx: AppContext,
  tx: Tx,
  user: SessionUser,
  input: TransitionInput,
  apply: Apply,
) {
  const row = await repo.lockCase(tx, input.caseId);
  if (!row || row.centreId !== user.centreId) throw notFound('case.not_found', '办件不存在');
  if (user.role === 'officer') assertMayProcess(user, row);
  await input.guard?.(tx, row);
  const to = nextCaseStatus(row.kind, row.status, input.action);
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  const changes = await apply(tx, row, now, today);
  // The case's officer is whoever first works it (the deadline lists follow them).
  if (user.role === 'officer' && !row.officerId) changes.officerId = user.id;
  const next = { ...row, ...changes, status: to };
  const clock = await clockFields(ctx, tx, next, row, today);
  const updated = await repo.updateCase(tx, row.id, { ...changes, ...clock, status: to });
  const moved = updated.deadline !== row.deadline ? { deadline: updated.deadline } : {};
  await repo.insertCaseEvent(tx, {
    centreId: user.centreId,
    caseId: row.id,
    kind: input.action,
    fromStatus: row.status,
    toStatus: to,
    at: now,
    actorId: user.id,
    ip: input.ip,
    data: { ...(input.data ?? {}), ...moved },
  });
  await ctx.bus.publish(tx, {
    centreId: user.centreId,
    type: 'case',
    at: now.toISOString(),
    data: { caseId: row.id, status: to, kind: row.kind, warning: updated.warning },
  });
  return { before: row, after: updated };
}

/** `transitionIn` in a transaction of its own. */
export async function transition(
  ctx: AppContext,
  user: SessionUser,
  input: TransitionInput,
  apply: Apply,
) {
  return ctx.db.transaction(async (tx) => (await transitionIn(ctx, tx, user, input, apply)).before);
}

/** 当场办结: the clerk finishes an immediate item at the window. */
export async function finishOnSpot(ctx: AppContext, user: SessionUser, caseId: string, ip: string) {
  await transition(ctx, user, { caseId, action: 'finish', ip }, async (_tx, _row, now) => ({
    finishedAt: now,
  }));
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
    {
      caseId,
      action: input.decision === 'approved' ? 'approve' : 'deny',
      ip,
      data: { reason: input.reason ?? null },
    },
    async (tx, row, now) => {
      noticeId = await writeCaseNotice(ctx, tx, user, row, 'decision', {
        decision: input.decision === 'approved' ? '准予办理' : '不予批准',
        reason: input.reason,
      });
      // decided_on, handling_days and overdue_days are written by transitionIn (case-clock).
      return { decision: input.decision, decisionReason: input.reason ?? null, decidedAt: now };
    },
  );
  return { case: await present(ctx, user, ctx.db, caseId), noticeId };
}

/** The reply window hands the result over; a reply window given here gets a rating on its pad. */
export async function collect(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { windowId?: string; collectorName?: string },
  ip: string,
) {
  let serviceId: string | null = null;
  await transition(
    ctx,
    user,
    { caseId, action: 'collect', ip, data: { collectorName: input.collectorName ?? null } },
    async (tx, _row, now) => {
      if (input.windowId) {
        const window = await getOwnWindow(tx, user, input.windowId);
        serviceId = await insertService(tx, {
          centreId: user.centreId,
          windowId: window.id,
          clerkId: user.id,
          kind: 'collection',
          caseId,
          startedAt: now,
          endedAt: now,
        });
      }
      return { collectedAt: now, collectedBy: user.id, collectorName: input.collectorName ?? null };
    },
  );
  return { case: await present(ctx, user, ctx.db, caseId), serviceId };
}

export async function listCases(
  ctx: AppContext,
  user: SessionUser,
  filter: { scope: 'department' | 'all'; status: 'open' | 'ready' | 'all' },
) {
  const statuses: repo.CaseRow['status'][] =
    filter.status === 'open'
      ? ['in_progress', 'paused']
      : filter.status === 'ready'
        ? ['ready']
        : ['accepted', 'finished', 'in_progress', 'paused', 'ready', 'collected'];
  const seeAll = can(user.role, 'case.read_all') && filter.scope === 'all';
  const rows = await repo.listCases(ctx.db, {
    centreId: user.centreId,
    statuses,
    departmentCodes: seeAll || user.role === 'clerk' ? undefined : user.departmentCodes,
    limit: 500,
  });
  return presentRows(ctx, ctx.db, rows, true);
}

export async function getCaseDetail(ctx: AppContext, user: SessionUser, caseId: string) {
  const row = await repo.findCaseWithApplicant(ctx.db, caseId);
  if (!row || row.centreId !== user.centreId) throw notFound('case.not_found', '办件不存在');
  if (user.role === 'officer') assertMayProcess(user, row);
  const calendar = await ctx.calendar.get();
  const today = shanghaiDate(ctx.clock.now());
  const [events, notices, pauses, extensions, views] = await Promise.all([
    repo.listCaseEvents(ctx.db, caseId),
    listNoticesForCase(ctx.db, caseId),
    repo.listPauses(ctx.db, caseId),
    listExtensionsForCase(ctx.db, caseId),
    presentRows(ctx, ctx.db, [row], !can(user.role, 'applicant.read_full')),
  ]);
  return {
    case: views[0]!,
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    notices: await Promise.all(notices.map((n) => toNoticeView(ctx, n))),
    pauses: pauses.map((p) => ({
      kind: p.kind,
      reason: p.reason,
      expectedDays: p.expectedDays,
      startedOn: p.startedOn,
      endedOn: p.endedOn,
      workingDays: pausedWorkingDays(calendar, p, today),
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      days: e.days,
      reason: e.reason,
      status: e.status,
      requestedAt: e.requestedAt.toISOString(),
      decidedAt: e.decidedAt?.toISOString() ?? null,
      decisionReason: e.decisionReason,
    })),
  };
}
