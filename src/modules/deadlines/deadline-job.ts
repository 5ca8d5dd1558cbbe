/**
 * The deadline job: every few minutes, in every process, it tries to take a PostgreSQL advisory
 * lock; the one that gets it recomputes the deadline, paused days and warning of every open
 * committed case from its history (days left change when the date does, and a running pause moves
 * its deadline every working day), and writes each centre's daily digest once. The others skip.
 * Everything it does is idempotent, so a run that follows another finds nothing left to do.
 */
import { caseTimeStatus, warningSince } from '../../core/calendar/deadline.js';
import { deadlineDigest, type DigestEntry } from '../../core/calendar/digest.js';
import { shanghaiDate } from '../../core/dates.js';
import type { AppContext } from '../../server/context.js';
import { recordSnapshots } from '../indicators/figures.repository.js';
import { clockOf, loadAmberThresholds } from './case-clock.js';
import * as jobRepo from './deadline-job.repository.js';
import { pausesForCases, type PauseRow } from './deadlines.repository.js';
import type { DigestCaseEntry } from './deadlines.schema.js';

export const DEADLINE_JOB = 'deadlines';
/** Any 64-bit number the same in every process (the migrations use 746_467_001). */
export const DEADLINE_JOB_LOCK = 746_467_101;
/** How often each process tries the job. Warnings change with the date, so minutes are plenty. */
export const DEADLINE_JOB_INTERVAL_MS = 5 * 60_000;

export interface DeadlineJobResult {
  /** False when another process held the lock and this run did nothing. */
  ran: boolean;
  day: string;
  cases: number;
  updated: number;
  digests: number;
}

type SweepRow = Awaited<ReturnType<typeof jobRepo.openCasesForSweep>>[number];

function digestEntry(e: DigestEntry<SweepRow>): DigestCaseEntry {
  return {
    caseId: e.case.case.id,
    number: e.case.case.number,
    itemName: e.case.case.itemName,
    department: e.case.case.departmentCode,
    officerName: e.case.officerName,
    deadline: e.now.deadline,
    workingDaysLeft: e.now.workingDaysLeft,
    workingDaysLeftNext: e.next.workingDaysLeft,
    isPaused: e.case.case.status === 'paused',
  };
}

/** One run of the job; safe to call from several processes at once. */
export async function runDeadlineJob(ctx: AppContext): Promise<DeadlineJobResult> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const day = shanghaiDate(now);
    if (!(await jobRepo.tryJobLock(tx, DEADLINE_JOB_LOCK))) {
      return { ran: false, day, cases: 0, updated: 0, digests: 0 };
    }
    const calendar = await ctx.calendar.get(tx);
    const open = await jobRepo.openCasesForSweep(tx);
    const pauses = await pausesForCases(
      tx,
      open.map((r) => r.case.id),
    );
    const amber = await loadAmberThresholds(
      tx,
      open.map((r) => r.case.centreId),
    );
    const pausesOf = new Map<string, PauseRow[]>();
    for (const p of pauses) pausesOf.set(p.caseId, [...(pausesOf.get(p.caseId) ?? []), p]);

    const changed: jobRepo.CaseTimeUpdate[] = [];
    const byCentre = new Map<
      string,
      { case: SweepRow; clock: ReturnType<typeof clockOf>; amberDays: number }[]
    >();
    for (const row of open) {
      const c = row.case;
      const own = pausesOf.get(c.id) ?? [];
      const clock = clockOf(c, own);
      const amberDays = amber(c.centreId, c.itemCode);
      const time = caseTimeStatus(calendar, clock, day, amberDays);
      const since = warningSince({ warning: c.warning, since: c.warningSince }, time.warning, day);
      if (
        time.deadline !== c.deadline ||
        time.pausedDays !== c.pausedDays ||
        time.warning !== c.warning ||
        since !== c.warningSince
      ) {
        changed.push({
          id: c.id,
          deadline: time.deadline,
          pausedDays: time.pausedDays,
          warning: time.warning,
          warningSince: since,
        });
      }
      byCentre.set(c.centreId, [
        ...(byCentre.get(c.centreId) ?? []),
        { case: row, clock, amberDays },
      ]);
    }
    const updated = await jobRepo.updateCaseTimes(tx, changed);

    const done = await jobRepo.centresWithDigest(tx, day);
    const digests = (await jobRepo.listCentreIds(tx))
      .filter((id) => !done.has(id))
      .map((centreId) => {
        const d = deadlineDigest(calendar, byCentre.get(centreId) ?? [], day);
        return {
          centreId,
          day,
          createdAt: now,
          content: {
            nextWorkingDay: d.nextWorkingDay,
            turningAmber: d.turningAmber.map(digestEntry),
            turningRed: d.turningRed.map(digestEntry),
            red: d.red.map(digestEntry),
          },
        };
      });
    const written = await jobRepo.insertDigests(tx, digests);
    await recordSnapshots(tx, null, day); // the standing figures a past period reads (indicators)

    const result = { ran: true, day, cases: open.length, updated, digests: written };
    await jobRepo.recordJobRun(tx, {
      job: DEADLINE_JOB,
      key: day,
      ranAt: now,
      result: { runs: 1, updated, digests: written, cases: open.length },
    });
    return result;
  });
}

/**
 * Runs the job now and every `intervalMs` until stopped (the server stops it when the app
 * closes). A run still going when the next is due is not doubled.
 */
export function startDeadlineJob(
  ctx: AppContext,
  options: { intervalMs?: number; firstRunMs?: number; onError?: (err: unknown) => void } = {},
): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runDeadlineJob(ctx)
      .catch((err: unknown) => options.onError?.(err))
      .finally(() => (running = false));
  };
  const first = setTimeout(tick, options.firstRunMs ?? 1_000);
  const timer = setInterval(tick, options.intervalMs ?? DEADLINE_JOB_INTERVAL_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
