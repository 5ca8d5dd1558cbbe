/**
 * Extensions (行政许可法 art. 42): the officer asks for more working days with a reason; the
 * centre manager (the head of the office) approves or refuses. Approval adds the days to the case,
 * recomputes its deadline and tells the applicant why, in writing; a refusal is told too.
 */
import { extensionProblem } from '../../core/calendar/extension.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { AppError, conflict, notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import type { CaseRow } from '../cases/cases.repository.js';
import { transition, transitionIn, writeCaseNotice } from '../cases/cases.service.js';
import { getSettings } from '../settings/settings.service.js';
import * as repo from './deadlines.repository.js';

export function toExtensionView(row: repo.ExtensionRow) {
  return {
    id: row.id,
    caseId: row.caseId,
    days: row.days,
    reason: row.reason,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionReason: row.decisionReason,
    noticeId: row.noticeId,
  };
}

async function assertWithinCap(tx: Tx, row: CaseRow, days: number, hasPending: boolean) {
  const { maxExtensionDays } = await getSettings(tx, row.centreId);
  const problem = extensionProblem({
    days,
    grantedDays: row.extensionDays,
    maxDays: maxExtensionDays,
    hasPending,
  });
  if (problem) throw new AppError(problem.status, problem.code, problem.message);
}

/** The officer asks for `days` more working days (one request pending at a time). */
export async function requestExtension(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { days: number; reason: string },
  ip: string,
) {
  let created: repo.ExtensionRow | undefined;
  const data: Record<string, unknown> = { days: input.days, reason: input.reason };
  await transition(
    ctx,
    user,
    {
      caseId,
      action: 'request_extension',
      ip,
      data,
      // The case row is locked here, so two requests for one case cannot both pass this check.
      guard: async (tx, row) =>
        assertWithinCap(tx, row, input.days, !!(await repo.findPendingExtension(tx, row.id))),
    },
    async (tx, row, now) => {
      created = await repo.insertExtension(tx, {
        centreId: user.centreId,
        caseId: row.id,
        days: input.days,
        reason: input.reason,
        requestedBy: user.id,
        requestedAt: now,
      });
      data.extensionId = created.id;
      return {};
    },
  );
  return toExtensionView(created!);
}

/** The extension of `id` in the user's centre, still pending, locked; 404 / 409 otherwise. */
async function lockPending(tx: Tx, user: SessionUser, id: string) {
  const row = await repo.lockExtension(tx, id);
  if (!row || row.centreId !== user.centreId)
    throw notFound('extension.not_found', '延期申请不存在');
  if (row.status !== 'pending')
    throw conflict('extension.already_decided', '该延期申请已审批，不能重复审批');
  return row;
}

/** The manager decides a pending request; the applicant gets an extension notice either way. */
export async function decideExtension(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: { approve: boolean; reason?: string },
  ip: string,
) {
  return ctx.db.transaction(async (tx) => {
    const found = await repo.findExtension(tx, id);
    if (!found || found.centreId !== user.centreId)
      throw notFound('extension.not_found', '延期申请不存在');
    let extension = found;
    const data: Record<string, unknown> = {
      extensionId: id,
      days: found.days,
      reason: input.reason ?? null,
    };
    const { after } = await transitionIn(
      ctx,
      tx,
      user,
      {
        caseId: found.caseId,
        action: input.approve ? 'approve_extension' : 'refuse_extension',
        ip,
        data,
        // The case is locked first, then the request (the order every path takes).
        guard: async (tx2, row) => {
          extension = await lockPending(tx2, user, id);
          if (input.approve) await assertWithinCap(tx2, row, extension.days, false);
        },
      },
      async (_tx, row) =>
        input.approve ? { extensionDays: row.extensionDays + extension.days } : {},
    );
    const noticeId = await writeCaseNotice(ctx, tx, user, after, 'extension', {
      extensionDays: extension.days,
      newDeadline: after.deadline,
      decision: input.approve ? '准予延长办理期限' : '不予延长办理期限',
      reason: input.approve ? extension.reason : input.reason!,
      note: input.approve
        ? `经中心负责人批准，办理期限延长${extension.days}个工作日，至${after.deadline}（《中华人民共和国行政许可法》第四十二条）。`
        : `延长办理期限的申请未获批准，办理期限仍至${after.deadline}。`,
    });
    const decided = await repo.updateExtension(tx, id, {
      status: input.approve ? 'approved' : 'refused',
      decidedBy: user.id,
      decidedAt: ctx.clock.now(),
      decisionReason: input.reason ?? null,
      noticeId,
    });
    return { extension: toExtensionView(decided), noticeId, caseId: after.id };
  });
}

/**
 * Extension requests of the centre (managers) or of the officer's departments, with their case.
 */
export async function listExtensions(
  ctx: AppContext,
  user: SessionUser,
  filter: { status: 'pending' | 'approved' | 'refused' | 'all' },
) {
  const rows = await repo.listExtensions(ctx.db, {
    centreId: user.centreId,
    status: filter.status === 'all' ? undefined : filter.status,
    departmentCodes: can(user.role, 'deadline.manage') ? undefined : user.departmentCodes,
  });
  return rows.map((r) => ({
    ...toExtensionView(r.extension),
    caseNumber: r.caseNumber,
    itemName: r.itemName,
    department: r.departmentCode,
    deadline: r.deadline,
    grantedDays: r.extensionDays,
    requestedByName: r.requestedByName,
  }));
}
