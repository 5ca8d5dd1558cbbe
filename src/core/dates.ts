/**
 * Business dates are plain 'YYYY-MM-DD' strings in Asia/Shanghai, which has kept UTC+8 without
 * daylight saving since 1991. Arithmetic runs on UTC midnights so the server's zone never matters.
 */
export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since Shanghai midnight of an instant (0–1439). */
export function shanghaiMinuteOfDay(instant: Date): number {
  const ms = (instant.getTime() + SHANGHAI_OFFSET_MS) % DAY_MS;
  return Math.floor(ms / 60000);
}

/** The instant at which a Shanghai date begins. */
export function shanghaiMidnight(date: IsoDate): Date {
  return new Date(toUtcMs(date) - SHANGHAI_OFFSET_MS);
}

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function toUtcMs(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/**
 * A date the centre's rules can work with: a real date in the years 2000–2199. Counting working
 * days from the far end of the calendar would otherwise run past year 9999.
 */
export function isBusinessDate(value: string): boolean {
  return isIsoDate(value) && value >= '2000-01-01' && value <= '2199-12-31';
}
