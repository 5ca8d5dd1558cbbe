import { addDays, daysBetween, weekday, yearOf, type IsoDate } from '../dates.js';

/** A day that differs from the weekday rule: a public holiday, or a makeup workday (调休). */
export interface CalendarException {
  date: IsoDate;
  workday: boolean;
  name: string | null;
}

/**
 * The working-day calendar: the official table of exceptions for the years that have been
 * entered. For a year not entered, weekdays are assumed to be working days and any answer that
 * relies on that year is marked provisional.
 */
export class WorkCalendar {
  private readonly exceptions: Map<IsoDate, CalendarException>;
  private readonly years: ReadonlySet<number>;

  constructor(exceptions: Iterable<CalendarException>, enteredYears: Iterable<number>) {
    this.exceptions = new Map([...exceptions].map((e) => [e.date, e]));
    this.years = new Set(enteredYears);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  enteredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  /** The table is consulted before the weekday: a Saturday makeup day is a working day. */
  day(date: IsoDate): { date: IsoDate; workday: boolean; name: string | null; provisional: boolean } {
    const exception = this.exceptions.get(date);
    const provisional = !this.years.has(yearOf(date));
    if (exception) return { date, workday: exception.workday, name: exception.name, provisional };
    const dow = weekday(date);
    return { date, workday: dow !== 0 && dow !== 6, name: null, provisional };
  }

  isWorkday(date: IsoDate): boolean {
    return this.day(date).workday;
  }
}

export interface DeadlineResult {
  deadline: IsoDate;
  /** True when the count ran through a year whose calendar has not been entered. */
  provisional: boolean;
}

/**
 * The date on which a period of `days` working days ends, counted from `from`.
 * The start day is day 0 (Administrative Licensing Law art. 82 counts working days; the
 * acceptance day itself is not one of them), so the result is the Nth working day after it.
 * With 0 days the result is `from` itself.
 */
export function addWorkingDays(calendar: WorkCalendar, from: IsoDate, days: number): DeadlineResult {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  let date = from;
  let provisional = !calendar.hasYear(yearOf(from));
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    const info = calendar.day(date);
    if (info.provisional) provisional = true;
    if (info.workday) left -= 1;
  }
  return { deadline: date, provisional };
}

/**
 * Working days in the half-open span (a, b]: how many working days pass from the end of day a
 * to the end of day b. Negative when b is before a. This is how much a pause from a to b moves a
 * deadline, and how many working days are left from today to a deadline.
 */
export function workingDaysBetween(calendar: WorkCalendar, a: IsoDate, b: IsoDate): number {
  const span = daysBetween(a, b);
  if (span === 0) return 0;
  const [lo, hi, sign] = span > 0 ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) {
    if (calendar.isWorkday(d)) count += 1;
  }
  return sign * count;
}
