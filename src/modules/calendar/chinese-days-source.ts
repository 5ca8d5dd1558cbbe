/**
 * Reads the official holidays and makeup workdays from the `chinese-days` package. It is always
 * asked with 'YYYY-MM-DD' strings: a Date object is read in the server's zone and gives wrong
 * days outside UTC+8.
 */
import chineseDays from 'chinese-days';
import { addDays, weekday } from '../../core/dates.js';
import type { CalendarException } from '../../core/calendar/working-days.js';

const FIRST_YEAR = 2004;

function holidayName(raw: string): string | null {
  // The package names a holiday as "English,中文,days"; plain days carry the weekday's name.
  const parts = raw.split(',');
  return parts.length >= 2 ? (parts[1] ?? null) : null;
}

/** Every year the package has a table for, and the days of those years that differ from the weekday rule. */
export function chineseDaysCalendar(lastYearToTry: number): { years: number[]; exceptions: CalendarException[] } {
  const years: number[] = [];
  const exceptions: CalendarException[] = [];
  for (let year = FIRST_YEAR; year <= lastYearToTry; year++) {
    const found: CalendarException[] = [];
    let named = false;
    for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
      const detail = chineseDays.getDayDetail(date);
      const name = holidayName(detail.name);
      if (name) named = true;
      const dow = weekday(date);
      const weekdayRule = dow !== 0 && dow !== 6;
      if (detail.work !== weekdayRule) found.push({ date, workday: detail.work, name });
    }
    if (named) {
      years.push(year);
      exceptions.push(...found);
    }
  }
  return { years, exceptions };
}
