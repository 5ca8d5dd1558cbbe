/** Masks an ID number for lists and screens: the first 3 and last 4 characters stay (110***********002X). */
export function maskIdNumber(number: string): string {
  if (number.length <= 7) return number.length <= 2 ? '*'.repeat(number.length) : `${number[0]}${'*'.repeat(number.length - 2)}${number.at(-1)}`;
  return `${number.slice(0, 3)}${'*'.repeat(number.length - 7)}${number.slice(-4)}`;
}

/** Masks a phone number: 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** Masks a name for public boards: 张*明, 李*, 欧**华. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** The last four characters of an ID number, used with the case number on the public progress page. */
export function idTail(number: string): string {
  return number.slice(-4).toUpperCase();
}

/**
 * Free text a resident wrote (a rating comment) may hold a phone or ID number: runs of six or
 * more digits are starred wherever the text is listed.
 */
export function maskDigits(text: string): string {
  return text.replace(/\d{6,}[\dXx]?/g, (m) => '*'.repeat(m.length));
}
