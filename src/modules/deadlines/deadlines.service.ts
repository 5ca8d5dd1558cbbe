/**
 * Deadline lists and the daily digest. Officers see their own cases and the unassigned cases of
 * their departments; a department head sees every case of their departments; the centre manager
 * sees the centre. Days left and warnings are computed for today from each case's history.
 */
import { and, eq } from 'drizzle-orm';
import { isBusinessDate, shanghaiDate } from '../../core/dates.js';
import { deadlineDigests } from '../../db/schema.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest, forbidden, notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { liveTimes } from './case-clock.js';
import * as repo from './deadlines.repository.js';
import type { DigestCaseEntry } from './deadlines.schema.js';

export type DeadlineView = 'mine' | 'department' | 'centre';
export type WarningFilter = 'amber' | 'red' | 'all';

/** The view a user gets when they name none. */
function defaultView(user: SessionUser): DeadlineView {
  if (can(user.role, 'deadline.manage')) return 'centre';
  return user.isDepartmentHead ? 'department' : 'mine';
}

/** What rows a view covers for this user, or 403. */
function scopeOf(user: SessionUser, view: DeadlineView) {
  const isOfficer = user.role === 'officer';
  const isManager = can(user.role, 'deadline.manage');
  if (view === 'mine') {
    if (!isOfficer) throw forbidden('deadline.officers_only', '“我的办件”仅供后台办理员查看');
    return { officerOrUnassigned: { officerId: user.id, departmentCodes: user.departmentCodes } };
  }
  if (view === 'department') {
    if (isManager) return {};
    if (!isOfficer || !user.isDepartmentHead) {
      throw forbidden('deadline.not_head', '只有条线负责人可以查看本条线全部办件');
    }
    return { departmentCodes: user.departmentCodes };
  }
  if (!isManager)
    throw forbidden('deadline.centre_only', '只有中心主任/值班长可以查看全中心的办件时限');
  return {};
}

export async function listDeadlines(
  ctx: AppContext,
  user: SessionUser,
  filter: { view?: DeadlineView; warning: WarningFilter; department?: string },
) {
  const view = filter.view ?? defaultView(user);
  const scope = scopeOf(user, view);
  const departmentCodes = filter.department
    ? (scope.departmentCodes ?? [filter.department]).filter((d) => d === filter.department)
    : scope.departmentCodes;
  const rows = await repo.listOpenCases(ctx.db, {
    centreId: user.centreId,
    ...scope,
    departmentCodes,
  });
  const today = shanghaiDate(ctx.clock.now());
  const times = await liveTimes(
    ctx,
    ctx.db,
    rows.map((r) => r.case),
    today,
  );
  const out = rows.map((r) => {
    const time = times.get(r.case.id)!;
    return {
      caseId: r.case.id,
      number: r.case.number,
      itemCode: r.case.itemCode,
      itemName: r.case.itemName,
      department: r.case.departmentCode,
      departmentName: r.departmentName,
      officerId: r.case.officerId,
      officerName: r.officerName,
      acceptedOn: r.case.acceptedOn,
      promisedDays: r.case.promisedDays,
      deadline: time.deadline,
      provisional: time.provisional,
      workingDaysLeft: time.workingDaysLeft,
      warning: time.warning,
      warningSince: r.case.warningSince,
      isPaused: r.case.status === 'paused',
      pauseKind: time.pauseKind,
      pausedDays: time.pausedDays,
      extensionDays: r.case.extensionDays,
      hasPendingExtension: r.hasPendingExtension,
    };
  });
  return {
    view,
    today,
    cases: out
      .filter((c) => filter.warning === 'all' || c.warning === filter.warning)
      .sort(
        (a, b) => a.workingDaysLeft - b.workingDaysLeft || a.deadline.localeCompare(b.deadline),
      ),
  };
}

/**
 * The digest the deadline job wrote for a day. A department head sees the entries of their
 * departments; the manager sees all.
 */
export async function getDigest(ctx: AppContext, user: SessionUser, date: string | undefined) {
  const day = date ?? shanghaiDate(ctx.clock.now());
  if (!isBusinessDate(day))
    throw badRequest('request.invalid_date', '日期格式不正确，应为YYYY-MM-DD');
  const isManager = can(user.role, 'deadline.manage');
  if (!isManager && !(user.role === 'officer' && user.isDepartmentHead)) {
    throw forbidden('deadline.digest_forbidden', '只有中心主任/值班长和条线负责人可以查看时限日报');
  }
  const [row] = await ctx.db
    .select()
    .from(deadlineDigests)
    .where(and(eq(deadlineDigests.centreId, user.centreId), eq(deadlineDigests.day, day)))
    .limit(1);
  if (!row) throw notFound('digest.not_found', `${day}的时限日报尚未生成`);
  const content = row.content as {
    nextWorkingDay: string;
    turningAmber: DigestCaseEntry[];
    turningRed: DigestCaseEntry[];
    red: DigestCaseEntry[];
  };
  const mine = (list: DigestCaseEntry[]) =>
    isManager ? list : list.filter((e) => user.departmentCodes.includes(e.department));
  return {
    day: row.day,
    createdAt: row.createdAt.toISOString(),
    nextWorkingDay: content.nextWorkingDay,
    turningAmber: mine(content.turningAmber),
    turningRed: mine(content.turningRed),
    red: mine(content.red),
  };
}
