/**
 * The booking form's rules, the same as the server's (src/modules/intake/intake.schema.ts and
 * src/modules/appointments/appointments.schema.ts), so most mistakes are caught before sending.
 */

/** A name: letters of any script, the middle dot of transliterated names, spaces. */
export const NAME_PATTERN = /^[\p{L}\p{M}·•.\s'-]+$/u;

/** A mobile number, or a landline with its area code. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const BOOKING_CODE_PATTERN = /^\d{8}$/;

export const ID_TAIL_PATTERN = /^[0-9Xx]{4}$/;

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 3月3日 周二 for a business date (YYYY-MM-DD). */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${m}月${d}日 ${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}
