/**
 * Checks a report batch (exchange format v1) completely before anything is written: the format
 * version, the manifest, every file's row count and SHA-256 against the manifest, the CSV headers
 * and value types, and the period. The first problem found comes back with a stable code and a
 * zh-CN message; nothing here touches a database.
 */
import { isBusinessDate } from '../dates.js';
import {
  BIGINT_COLUMNS,
  checkFigureParts,
  checkSnapshotParts,
  MAX_COUNT,
} from './check-coherence.js';
import {
  checkManifest,
  hasLoneSurrogate,
  isObject,
  Refusal,
  refuse,
  type BatchProblem,
} from './check-manifest.js';
import {
  BATCH_FILES,
  countRows,
  FIGURE_COLUMNS,
  FIGURES_HEADER,
  FORMAT_VERSION,
  MAX_PERIOD_DAYS,
  periodDays,
  sha256Hex,
  SNAPSHOT_FIELDS,
  splitLines,
  WAITS_HEADER,
  type Batch,
  type BatchManifest,
  type CaseLine,
  type CheckedBatch,
  type FigureRow,
  type SnapshotValues,
  type WaitRow,
} from './exchange-format.js';

export type CheckResult = { ok: true; batch: CheckedBatch } | { ok: false; problem: BatchProblem };

/** Checks a batch; `ok: false` carries the first problem found. */
export function checkBatch(batch: Batch): CheckResult {
  try {
    const manifest = checkManifest(batch.manifest);
    const files = batch.files ?? {};
    if (typeof files !== 'object' || Array.isArray(files))
      refuse('report.files_invalid', '批次文件内容格式不正确');
    for (const name of Object.keys(files)) {
      if (!manifest.files.some((f) => f.name === name)) {
        refuse('report.file_unlisted', `文件“${name}”未列入清单（manifest.json）`, { file: name });
      }
    }
    for (const entry of manifest.files) {
      const text = files[entry.name];
      if (typeof text !== 'string')
        refuse('report.file_missing', `缺少清单所列文件“${entry.name}”`, { file: entry.name });
      const rows = countRows(entry.name, text);
      if (rows !== entry.rows) {
        refuse(
          'report.row_count',
          `文件“${entry.name}”有 ${rows} 行数据，与清单所记 ${entry.rows} 行不符`,
          {
            file: entry.name,
            expected: entry.rows,
            actual: rows,
          },
        );
      }
      if (sha256Hex(text) !== entry.sha256) {
        refuse(
          'report.checksum',
          `文件“${entry.name}”的SHA-256校验值与清单不符，文件可能已被改动或传输不完整`,
          {
            file: entry.name,
          },
        );
      }
    }
    const { from, to } = manifest.period;
    const figures = parseFigures(files['figures.csv']!, from, to);
    const waits = parseWaits(files['waits.csv']!, from, to);
    checkWaitsAgainstFigures(waits, figures);
    const snapshot = parseSnapshot(files['snapshot.json']!, to);
    const cases = parseCases(files['cases.jsonl']!);
    return { ok: true, batch: { manifest, figures, waits, snapshot, cases } };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, problem: err.problem };
    throw err;
  }
}

const WHOLE = /^(0|[1-9]\d{0,14})$/;

/** The data lines of a CSV with an exact header, each split into fields of the right count. */
function csvRows(
  name: string,
  text: string,
  header: readonly string[],
): { line: number; fields: string[] }[] {
  const lines = splitLines(text);
  if (lines[0] !== header.join(',')) {
    refuse('report.csv_header', `文件“${name}”的表头应为：${header.join(',')}`, { file: name });
  }
  return lines.slice(1).map((text, i) => {
    const fields = text.split(',');
    if (fields.length !== header.length) {
      refuse(
        'report.csv_value',
        `文件“${name}”第 ${i + 2} 行应有 ${header.length} 列，实为 ${fields.length} 列`,
        {
          file: name,
          line: i + 2,
        },
      );
    }
    return { line: i + 2, fields };
  });
}

function wholeNumber(
  name: string,
  line: number,
  column: string,
  value: string,
  max = MAX_COUNT,
): number {
  if (!WHOLE.test(value) || Number(value) > max) {
    refuse(
      'report.csv_value',
      `文件“${name}”第 ${line} 行 ${column} 应为不超过 ${max} 的非负整数，实为“${value}”`,
      { file: name, line, column },
    );
  }
  return Number(value);
}

function dayInPeriod(name: string, line: number, value: string, from: string, to: string): string {
  if (!isBusinessDate(value)) {
    refuse(
      'report.csv_value',
      `文件“${name}”第 ${line} 行 day 应为日期 YYYY-MM-DD，实为“${value}”`,
      { file: name, line, column: 'day' },
    );
  }
  if (value < from || value > to) {
    refuse(
      'report.day_outside_period',
      `文件“${name}”第 ${line} 行日期 ${value} 不在报送期间 ${from} 至 ${to} 内`,
      { file: name, line },
    );
  }
  return value;
}

function parseFigures(text: string, from: string, to: string): FigureRow[] {
  const rows = csvRows('figures.csv', text, FIGURES_HEADER).map(({ line, fields }) => {
    const row = { day: dayInPeriod('figures.csv', line, fields[0]!, from, to) } as FigureRow;
    FIGURE_COLUMNS.forEach((column, i) => {
      const max = BIGINT_COLUMNS.includes(column) ? Number.MAX_SAFE_INTEGER : MAX_COUNT;
      row[column] = wholeNumber('figures.csv', line, column, fields[i + 1]!, max);
    });
    checkFigureParts(row, line);
    return row;
  });
  const days = periodDays(from, to);
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.day))
      refuse('report.figures_days', `文件“figures.csv”中日期 ${row.day} 出现了不止一次`, {
        day: row.day,
      });
    seen.add(row.day);
  }
  const missing = days.find((d) => !seen.has(d));
  if (missing)
    refuse(
      'report.figures_days',
      `文件“figures.csv”缺少日期 ${missing}：报送期间的每一天都应有一行`,
      { day: missing },
    );
  return rows;
}

function parseWaits(text: string, from: string, to: string): WaitRow[] {
  const seen = new Set<string>();
  return csvRows('waits.csv', text, WAITS_HEADER).map(({ line, fields }) => {
    const day = dayInPeriod('waits.csv', line, fields[0]!, from, to);
    const minute = wholeNumber('waits.csv', line, 'minute', fields[1]!);
    const count = wholeNumber('waits.csv', line, 'count', fields[2]!);
    if (count === 0)
      refuse('report.csv_value', `文件“waits.csv”第 ${line} 行 count 应大于0`, {
        file: 'waits.csv',
        line,
        column: 'count',
      });
    const key = `${day}/${minute}`;
    if (seen.has(key))
      refuse('report.csv_value', `文件“waits.csv”第 ${line} 行重复了 ${day} 的第 ${minute} 分钟`, {
        file: 'waits.csv',
        line,
      });
    seen.add(key);
    return { day, minute, count };
  });
}

/** centre_day_waits counts the same tickets as wait_count, so each day's counts must add up to it. */
function checkWaitsAgainstFigures(waits: WaitRow[], figures: FigureRow[]): void {
  const perDay = new Map<string, number>();
  for (const w of waits) perDay.set(w.day, (perDay.get(w.day) ?? 0) + w.count);
  for (const f of figures) {
    const counted = perDay.get(f.day) ?? 0;
    if (counted !== f.wait_count) {
      refuse(
        'report.waits_mismatch',
        `${f.day} 的等候分布合计 ${counted} 人，与 figures.csv 的 wait_count ${f.wait_count} 不符`,
        {
          day: f.day,
        },
      );
    }
  }
}

function parseSnapshot(text: string, to: string): SnapshotValues & { asOf: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    refuse('report.snapshot_invalid', '文件“snapshot.json”不是有效的JSON');
  }
  if (!isObject(raw)) refuse('report.snapshot_invalid', '文件“snapshot.json”应为JSON对象');
  if (raw.asOf !== to)
    refuse('report.snapshot_invalid', `文件“snapshot.json”的 asOf 应为报送期间止日 ${to}`);
  const out = { asOf: to } as SnapshotValues & { asOf: string };
  for (const field of SNAPSHOT_FIELDS) {
    const v = raw[field];
    if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > MAX_COUNT) {
      refuse(
        'report.snapshot_invalid',
        `文件“snapshot.json”的 ${field} 应为不超过 ${MAX_COUNT} 的非负整数`,
        { field },
      );
    }
    out[field] = v as number;
  }
  checkSnapshotParts(out);
  return out;
}

function parseCases(text: string): CaseLine[] {
  return splitLines(text).map((line, i) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      refuse('report.cases_invalid', `文件“cases.jsonl”第 ${i + 1} 行不是有效的JSON`, {
        line: i + 1,
      });
    }
    if (!isObject(value) || (value.type !== 'case' && value.type !== 'bad_rating')) {
      refuse(
        'report.cases_invalid',
        `文件“cases.jsonl”第 ${i + 1} 行应为 type 为 case 或 bad_rating 的JSON对象`,
        { line: i + 1 },
      );
    }
    // The lines are stored as jsonb, which holds text only ("\ud800" alone is not a character).
    if (hasLoneSurrogate(value)) {
      refuse('report.cases_invalid', `文件“cases.jsonl”第 ${i + 1} 行含有无效的字符`, {
        line: i + 1,
      });
    }
    return value as CaseLine;
  });
}
