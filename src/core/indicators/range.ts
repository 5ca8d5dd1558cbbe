/**
 * The period an indicator report covers: business days from `from` to `to`, both included. One
 * report spans at most 366 days, so a year (leap or not) fits and a city-wide query stays bounded.
 */
import { daysBetween, type IsoDate } from '../dates.js';

export const MAX_RANGE_DAYS = 366;

/** Why a range cannot be reported, in Chinese, or null when it can. */
export function rangeProblem(from: IsoDate, to: IsoDate): string | null {
  if (from > to) return '开始日期不能晚于结束日期';
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) return `统计期间不能超过${MAX_RANGE_DAYS}天`;
  return null;
}

/**
 * The day the standing figures and the open cases are read as of: the end of the range, or today
 * when the range runs into the future (nothing is known about tomorrow's windows yet).
 */
export function asOfDay(to: IsoDate, today: IsoDate): IsoDate {
  return to < today ? to : today;
}
