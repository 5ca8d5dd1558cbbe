import { addWorkingDays, WorkCalendar, workingDaysBetween } from '../../core/calendar/working-days.js';
import { weekday, yearOf, type IsoDate } from '../../core/dates.js';
import type { Db, Tx } from '../../db/connection.js';
import * as repo from './calendar.repository.js';
import { chineseDaysCalendar } from './chinese-days-source.js';

/**
 * The working-day calendar as stored in the database, cached in memory and reloaded whenever an
 * administrator edits it. Rules in `core/calendar` get the cached table; they never read the
 * database themselves.
 */
export class CalendarService {
  private cached: WorkCalendar | null = null;

  constructor(private readonly db: Db) {}

  /**
   * The calendar. Inside a transaction pass it as `tx`: PGlite runs one transaction at a time, so
   * a read on another handle would wait for the open transaction forever.
   */
  async get(tx: Tx = this.db): Promise<WorkCalendar> {
    if (!this.cached) {
      const exceptions = await repo.listExceptions(tx);
      const years = await repo.listYears(tx);
      this.cached = new WorkCalendar(exceptions, years.map((y) => y.year));
    }
    return this.cached;
  }

  invalidate(): void {
    this.cached = null;
  }

  async deadline(from: IsoDate, days: number) {
    return addWorkingDays(await this.get(), from, days);
  }

  async workingDaysBetween(a: IsoDate, b: IsoDate) {
    return workingDaysBetween(await this.get(), a, b);
  }

  /** Whether the calendar for the year after `today` has been entered; the manager is warned when not. */
  async status(today: IsoDate) {
    const calendar = await this.get();
    const nextYear = yearOf(today) + 1;
    return {
      years: calendar.enteredYears(),
      currentYearEntered: calendar.hasYear(yearOf(today)),
      nextYear,
      nextYearEntered: calendar.hasYear(nextYear),
    };
  }

  /** Loads every year the `chinese-days` package knows; days an administrator edited are kept. */
  async seedFromPackage(tx: Tx, now: Date): Promise<{ years: number[]; days: number }> {
    const { years, exceptions } = chineseDaysCalendar(yearOf(now.toISOString().slice(0, 10)) + 2);
    const adminEdited = new Set(await repo.listAdminDates(tx));
    const days = exceptions.filter((e) => !adminEdited.has(e.date)).map((e) => ({ ...e, source: 'chinese-days' as const }));
    await repo.upsertDays(tx, days, now);
    await repo.upsertYears(tx, years, 'chinese-days', now);
    this.invalidate();
    return { years, days: days.length };
  }

  /**
   * An administrator sets one day: a holiday (with its name) or a working day. A day that then
   * agrees with the weekday rule and has no name is removed from the table of exceptions.
   */
  async setDay(tx: Tx, input: { date: IsoDate; workday: boolean; name: string | null }, now: Date): Promise<void> {
    const dow = weekday(input.date);
    const weekdayRule = dow !== 0 && dow !== 6;
    if (input.workday === weekdayRule && !input.name) await repo.deleteDay(tx, input.date);
    else await repo.upsertDays(tx, [{ ...input, source: 'admin' }], now);
    this.invalidate();
  }

  /** Marks a year's table as entered (after an administrator has typed in the State Council's notice). */
  async markYearEntered(tx: Tx, year: number, now: Date): Promise<void> {
    await repo.upsertYears(tx, [year], 'admin', now);
    this.invalidate();
  }

  async listYear(year: number) {
    const calendar = await this.get();
    const all = await repo.listExceptions(this.db);
    return {
      year,
      entered: calendar.hasYear(year),
      days: all.filter((d) => d.date.startsWith(`${year}-`)),
    };
  }
}
