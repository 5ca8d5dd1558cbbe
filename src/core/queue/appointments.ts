import { addWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { IsoDate } from '../dates.js';
import { RuleError } from '../errors.js';

/** A time band 'HH:MM-HH:MM' as minutes after Shanghai midnight. */
export function parseBand(band: string): { start: number; end: number } | null {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(band);
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return start < end && end <= 24 * 60 ? { start, end } : null;
}

/**
 * The dates open for booking: the next `daysAhead` working days after today (a booking is made at
 * least one working day ahead).
 */
export function bookableDates(calendar: WorkCalendar, today: IsoDate, daysAhead: number): IsoDate[] {
  return Array.from({ length: daysAhead }, (_, i) => addWorkingDays(calendar, today, i + 1).deadline);
}

/** Throws unless `date` and `band` can be booked today, with room left in the band and the day. */
export function assertBookable(input: {
  calendar: WorkCalendar;
  today: IsoDate;
  date: IsoDate;
  band: string;
  bands: readonly string[];
  daysAhead: number;
  bookedInBand: number;
  bookedInDay: number;
  bandCap: number;
  dailyCap: number;
}): void {
  if (!input.bands.includes(input.band) || !parseBand(input.band)) {
    throw new RuleError('appointment.unknown_band', `时段 ${input.band} 不可预约`);
  }
  if (!bookableDates(input.calendar, input.today, input.daysAhead).includes(input.date)) {
    throw new RuleError('appointment.date_not_open', `只能预约今后${input.daysAhead}个工作日（自下一个工作日起）`);
  }
  if (input.bookedInDay >= input.dailyCap) throw new RuleError('appointment.day_full', '该日预约已满');
  if (input.bookedInBand >= input.bandCap) throw new RuleError('appointment.band_full', '该时段预约已满，请选择其他时段');
}
