/**
 * A form-like worksheet for printed reports: bordered rows of eight columns with number formats,
 * shaded header rows, and notes or section titles merged across the width. Every cell passes
 * through the formula guard.
 */
import type ExcelJS from 'exceljs';
import { guardCell } from '../../core/exports/cell-guard.js';

export const COLUMNS = 8;
export const PERCENT = '0.0%';
export const INTEGER = '0';
export const DECIMAL = '0.0';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export type Cell = string | number | null;

export class Sheet {
  constructor(readonly ws: ExcelJS.Worksheet) {}

  /** A row of cells; `formats[i]` is column i's number format. */
  row(cells: Cell[], formats: (string | undefined)[] = [], options: { bold?: boolean } = {}) {
    const row = this.ws.addRow(cells.map(guardCell));
    for (let i = 1; i <= COLUMNS; i++) {
      const cell = row.getCell(i);
      cell.border = thin;
      const format = formats[i - 1];
      if (format) cell.numFmt = format;
    }
    if (options.bold) row.font = { bold: true };
    return row;
  }

  header(cells: string[]) {
    const row = this.row(cells, [], { bold: true });
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    row.eachCell(
      (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }),
    );
    return row;
  }

  /** A line across the whole width: a section title or a note. */
  wide(text: string, options: { bold?: boolean } = {}) {
    const row = this.ws.addRow([guardCell(text)]);
    this.ws.mergeCells(row.number, 1, row.number, COLUMNS);
    if (options.bold) row.font = { bold: true, size: 12 };
    row.alignment = { wrapText: true, vertical: 'middle' };
    return row;
  }

  gap() {
    this.ws.addRow([]);
  }
}
