/**
 * Spreadsheet cells from user input must never become formulas. A text cell that begins with
 * = + - @ or a tab/CR is prefixed with an apostrophe; numbers stay numbers (so -5 stays -5).
 */
export function guardCellText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Undoes the guard on import, so a round trip returns the text that was exported. */
export function unguardCellText(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function guardCell(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return guardCellText(String(value));
}

/** One CSV field: guarded, quoted when needed. */
export function csvField(value: unknown): string {
  const cell = guardCell(value);
  if (cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString() : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 CSV with a byte-order mark, so spreadsheet programs read Chinese text correctly. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
