/**
 * Stopping the clock (行政许可法 art. 45 and local practice): supplements (补正), public notice
 * (公示), testing (检测/检验), appraisal (鉴定), expert review (专家评审) and hearings (听证). One
 * pause runs at a time; each starts today and is told to the applicant in writing with how long it
 * is expected to take. Ending it recomputes the deadline from the whole pause history.
 */
import {
  assertMayStartPause,
  PAUSE_KIND_LABELS,
  supplementEndsPause,
  type PauseKind,
} from '../../core/calendar/pauses.js';
import { addWorkingDays } from '../../core/calendar/working-days.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { lockCase, endOpenPause } from '../cases/cases.repository.js';
import { present, transition, transitionIn, writeCaseNotice } from '../cases/cases.service.js';
import * as repo from './deadlines.repository.js';

/** Why the time is not counted, for the notice (art. 45 for the statutory steps). */
function pauseSentence(kind: PauseKind, expectedDays: number, expectedDate: string): string {
  const basis =
    kind === 'supplement' || kind === 'public_notice'
      ? ''
      : '（《中华人民共和国行政许可法》第四十五条）';
  return `因“${PAUSE_KIND_LABELS[kind]}”程序暂停计时，预计需要${expectedDays}个工作日（至${expectedDate}），所需时间不计入办理时限${basis}。`;
}

/** The officer stops the clock for a step the law does not count; a notice tells the applicant. */
export async function startPause(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { kind: PauseKind; reason: string; expectedDays: number },
  ip: string,
) {
  let noticeId = '';
  const data: Record<string, unknown> = {
    pauseKind: input.kind,
    expectedDays: input.expectedDays,
    reason: input.reason,
  };
  await transition(
    ctx,
    user,
    {
      caseId,
      action: 'pause',
      ip,
      data,
      guard: async (tx, row) =>
        assertMayStartPause(await repo.findRunningPause(tx, row.id), input.kind),
    },
    async (tx, row, now, today) => {
      const calendar = await ctx.calendar.get(tx);
      const expectedDate = addWorkingDays(calendar, today, input.expectedDays).deadline;
      const pause = await repo.insertPause(tx, {
        centreId: user.centreId,
        caseId: row.id,
        kind: input.kind,
        reason: input.reason,
        expectedDays: input.expectedDays,
        startedBy: user.id,
        startedAt: now,
        startedOn: today,
      });
      noticeId = await writeCaseNotice(ctx, tx, user, row, 'pause', {
        pauseKind: input.kind,
        expectedDays: input.expectedDays,
        expectedDate,
        reason: input.reason,
        note: pauseSentence(input.kind, input.expectedDays, expectedDate),
      });
      await repo.setPauseNotice(tx, pause.id, noticeId);
      return {};
    },
  );
  return { case: await present(ctx, user, ctx.db, caseId), noticeId };
}

/** The running pause ends today, whatever its kind; the deadline moves by its working days. */
export async function endPause(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { note?: string },
  ip: string,
) {
  const data: Record<string, unknown> = { note: input.note ?? null };
  await transition(
    ctx,
    user,
    { caseId, action: 'end_pause', ip, data },
    async (tx, row, now, today) => {
      const running = await repo.findRunningPause(tx, row.id);
      data.pauseKind = running?.kind ?? null;
      await endOpenPause(tx, row.id, now, today);
      return {};
    },
  );
  return present(ctx, user, ctx.db, caseId);
}

/**
 * The back office asks for a supplement and a notice lists what is needed. The clock stops from
 * today; if it is already stopped (a public notice, a test, an earlier supplement), the running
 * pause keeps its start and the request is recorded with its notice.
 */
export async function requestSupplement(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { missing: string[]; note?: string; expectedDays?: number },
  ip: string,
) {
  let noticeId = '';
  const data: Record<string, unknown> = { missing: input.missing };
  await transition(
    ctx,
    user,
    { caseId, action: 'request_supplement', ip, data },
    async (tx, row, now, today) => {
      const running = await repo.findRunningPause(tx, row.id);
      noticeId = await writeCaseNotice(ctx, tx, user, row, 'supplement', {
        missing: input.missing.map((name) => ({ name, form: '', copies: 1 })),
        note: input.note,
        ...(input.expectedDays ? { expectedDays: input.expectedDays } : {}),
      });
      if (running) {
        data.joinedPause = running.kind;
        return {};
      }
      await repo.insertPause(tx, {
        centreId: user.centreId,
        caseId: row.id,
        kind: 'supplement',
        reason: input.missing.join('、'),
        expectedDays: input.expectedDays ?? null,
        noticeId,
        startedBy: user.id,
        startedAt: now,
        startedOn: today,
      });
      return {};
    },
  );
  return { case: await present(ctx, user, ctx.db, caseId), noticeId };
}

/**
 * The supplement has arrived. A supplement pause ends and the deadline is recomputed from the
 * whole history, so it moves by exactly the working days the pause took. While another step keeps
 * the clock stopped, the arrival is recorded and that pause runs on.
 */
export async function receiveSupplement(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  ip: string,
) {
  await ctx.db.transaction(async (tx) => {
    // Lock first so the running pause read here is the one the action applies to.
    const locked = await lockCase(tx, caseId);
    const running = locked ? await repo.findRunningPause(tx, caseId) : undefined;
    const ends = !running || supplementEndsPause(running);
    await transitionIn(
      ctx,
      tx,
      user,
      {
        caseId,
        action: ends ? 'receive_supplement' : 'note_supplement',
        ip,
        data: ends ? {} : { pauseContinues: running!.kind },
      },
      async (tx2, row, now, today) => {
        if (ends) await endOpenPause(tx2, row.id, now, today);
        return {};
      },
    );
  });
  return present(ctx, user, ctx.db, caseId);
}
