import type { IsoDate } from '../dates.js';
import { caseTimeStatus, type CaseClock, type CaseTime } from './deadline.js';
import { addWorkingDays, type WorkCalendar } from './working-days.js';

export interface DigestInput<T> {
  case: T;
  clock: CaseClock;
  amberDays: number;
}

export interface DigestEntry<T> {
  case: T;
  now: CaseTime;
  next: CaseTime;
}

/**
 * The daily deadline digest of a centre: open cases that turn amber or red on the next working
 * day (so they can be worked today), and those already red. A case still paused tomorrow does not
 * turn: its running pause moves its deadline along.
 */
export function deadlineDigest<T>(
  calendar: WorkCalendar,
  cases: readonly DigestInput<T>[],
  today: IsoDate,
): {
  nextWorkingDay: IsoDate;
  turningAmber: DigestEntry<T>[];
  turningRed: DigestEntry<T>[];
  red: DigestEntry<T>[];
} {
  const nextWorkingDay = addWorkingDays(calendar, today, 1).deadline;
  const entries = cases.map((c) => ({
    case: c.case,
    now: caseTimeStatus(calendar, c.clock, today, c.amberDays),
    next: caseTimeStatus(calendar, c.clock, nextWorkingDay, c.amberDays),
  }));
  const byDaysLeft = (a: DigestEntry<T>, b: DigestEntry<T>) =>
    a.now.workingDaysLeft - b.now.workingDaysLeft;
  return {
    nextWorkingDay,
    turningAmber: entries
      .filter((e) => e.now.warning === 'none' && e.next.warning === 'amber')
      .sort(byDaysLeft),
    turningRed: entries
      .filter((e) => e.now.warning !== 'red' && e.next.warning === 'red')
      .sort(byDaysLeft),
    red: entries.filter((e) => e.now.warning === 'red').sort(byDaysLeft),
  };
}
