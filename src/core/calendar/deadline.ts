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
    return { workingDaysLeft: -Math.max(1, workingDaysBetween(calendar, deadline, today)), warning: 'red' };
  }
  const left = workingDaysBetween(calendar, today, deadline);
  return { workingDaysLeft: left, warning: left <= amberDays ? 'amber' : 'none' };
}
