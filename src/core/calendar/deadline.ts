import type { IsoDate } from '../dates.js';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from './working-days.js';

/** A span in which the clock stood still (补正 and the other steps the law does not count). */
export interface Pause {
  startedOn: IsoDate;
  /** Null while the pause is still running. */
  endedOn: IsoDate | null;
}

export interface CaseClock {
  acceptedOn: IsoDate;
  promisedDays: number;
  extensionDays?: number;
  pauses: readonly Pause[];
}

/** Working days a pause took; a pause still running counts up to `today`. */
export function pausedWorkingDays(calendar: WorkCalendar, pause: Pause, today: IsoDate): number {
  return Math.max(0, workingDaysBetween(calendar, pause.startedOn, pause.endedOn ?? today));
}

/**
 * The deadline of a case, always recomputed from its whole history: acceptance date + promised
 * days + granted extension + the working days of every pause. Recomputing (rather than shifting
 * a stored date) means a paused span is never counted twice nor lost when a limit is edited.
 */
export function caseDeadline(calendar: WorkCalendar, clock: CaseClock, today: IsoDate) {
  const paused = clock.pauses.reduce((sum, p) => sum + pausedWorkingDays(calendar, p, today), 0);
  const total = clock.promisedDays + (clock.extensionDays ?? 0) + paused;
  return { ...addWorkingDays(calendar, clock.acceptedOn, total), pausedDays: paused };
}

export type DeadlineWarning = 'none' | 'amber' | 'red';

/**
 * Working days left until the deadline (0 on the deadline day, negative once past it) and the
 * warning colour: red when overdue, amber when at most `amberDays` working days are left.
 */
export function deadlineStatus(
  calendar: WorkCalendar,
  deadline: IsoDate,
  today: IsoDate,
  amberDays: number,
): { workingDaysLeft: number; warning: DeadlineWarning } {
  if (today > deadline) {
    return {
      workingDaysLeft: -Math.max(1, workingDaysBetween(calendar, deadline, today)),
      warning: 'red',
    };
  }
  const left = workingDaysBetween(calendar, today, deadline);
  return { workingDaysLeft: left, warning: left <= amberDays ? 'amber' : 'none' };
}

/** Where a case stands on `today`: its deadline recomputed from history, days left and colour. */
export interface CaseTime {
  deadline: IsoDate;
  /** True when the count ran through a year whose calendar has not been entered. */
  provisional: boolean;
  pausedDays: number;
  workingDaysLeft: number;
  warning: DeadlineWarning;
}

/**
 * The deadline and warning of an open case on `today`. A running pause counts up to today, so
 * while the clock is stopped the deadline moves on with it and the days left stay the same.
 */
export function caseTimeStatus(
  calendar: WorkCalendar,
  clock: CaseClock,
  today: IsoDate,
  amberDays: number,
): CaseTime {
  const { deadline, provisional, pausedDays } = caseDeadline(calendar, clock, today);
  return {
    deadline,
    provisional,
    pausedDays,
    ...deadlineStatus(calendar, deadline, today, amberDays),
  };
}

/**
 * The day the current warning began: kept while the colour stays the same, today when it changes,
 * and null when there is no warning.
 */
export function warningSince(
  previous: { warning: DeadlineWarning; since: IsoDate | null },
  next: DeadlineWarning,
  today: IsoDate,
): IsoDate | null {
  if (next === 'none') return null;
  if (next === previous.warning && previous.since) return previous.since;
  return today;
}

/**
 * The figures of a decided case that the indicators add up (DB31/T 467 average handling time of
 * committed items, on-time rate): working days from acceptance to decision with the paused working
 * days taken out, and working days past the deadline (0 when on time). A decision on a day off
 * after the deadline is one day late, as the case was already red then.
 */
export function decisionFigures(
  calendar: WorkCalendar,
  input: { acceptedOn: IsoDate; decidedOn: IsoDate; pausedDays: number; deadline: IsoDate },
): { handlingDays: number; overdueDays: number } {
  const elapsed = workingDaysBetween(calendar, input.acceptedOn, input.decidedOn);
  const handlingDays = Math.max(0, elapsed - input.pausedDays);
  const overdueDays =
    input.decidedOn > input.deadline
      ? Math.max(1, workingDaysBetween(calendar, input.deadline, input.decidedOn))
      : 0;
  return { handlingDays, overdueDays };
}
