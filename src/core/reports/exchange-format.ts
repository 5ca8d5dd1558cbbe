/**
 * 数据上传 exchange format v1 ("yimen-report/1"): what a centre sends to its district or city
 * office for a period. Described for people in docs/exchange-format.md; this file is the one
 * definition of its files, headers and checks. Everything here is pure: the batch comes in as text.
 */
import { createHash } from 'node:crypto';
import { addDays } from '../dates.js';

export const FORMAT_VERSION = 'yimen-report/1';
/** A batch covers at most a year (a leap year's 366 days): longer periods are sent as several. */
export const MAX_PERIOD_DAYS = 366;

/** The day figures, in file order: the columns of centre_day_figures, named as in the database. */
export const FIGURE_COLUMNS = [
  'tickets_issued',
  'tickets_no_show',
  'wait_count',
  'wait_seconds_sum',
  'appointments_due',
  'appointments_shown',
  'cases_accepted',
  'cases_on_spot',
  'immediate_count',
  'immediate_seconds_sum',
  'committed_decided',
  'committed_days_sum',
  'committed_on_time',
  'committed_overdue',
  'committed_overdue_days_sum',
  'one_time_notices',
  'refusals',
  'ratings_count',
  'ratings_good',
  'ratings_bad',
  'followups_due',
  'followups_done',
  'followups_on_time',
  'complaints_count',
  'complaints_answered',
  'complaints_answer_days_sum',
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

export const FIGURES_HEADER = ['day', ...FIGURE_COLUMNS] as const;
export const WAITS_HEADER = ['day', 'minute', 'count'] as const;

/** The standing figures of centre_snapshots, as of the period's last day. */
export const SNAPSHOT_FIELDS = [
  'acceptanceWindows',
  'comprehensiveWindows',
  'frontClerks',
  'allRoundClerks',
  'itemsOffered',
  'itemsInSystem',
  'basicItemsOffered',
  'basicItems',
] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];
export type SnapshotValues = Record<SnapshotField, number>;

export const BATCH_FILES = ['figures.csv', 'waits.csv', 'snapshot.json', 'cases.jsonl'] as const;
export type BatchFileName = (typeof BATCH_FILES)[number];

export interface BatchManifest {
  formatVersion: string;
  batchId: string;
  centre: { code: string; name: string; districtCode: string; districtName: string };
  period: { from: string; to: string };
  generatedAt: string;
  files: { name: string; rows: number; sha256: string }[];
}

/** A batch as it travels in JSON: the manifest and each file's text. */
export interface Batch {
  manifest: BatchManifest;
  files: Record<string, string>;
}

export type FigureRow = { day: string } & Record<FigureColumn, number>;
export interface WaitRow {
  day: string;
  minute: number;
  count: number;
}
/** One line of cases.jsonl: an open or overdue committed case, or a bad rating. */
export type CaseLine = { type: 'case' | 'bad_rating' } & Record<string, unknown>;

export interface CheckedBatch {
  manifest: BatchManifest;
  figures: FigureRow[];
  waits: WaitRow[];
  snapshot: SnapshotValues & { asOf: string };
  cases: CaseLine[];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The batch id: a name-based UUID (RFC 4122 version 5) of the centre code and the period, so that
 * exporting the same centre and period again gives the same id and the importer recognises it.
 */
export function deriveBatchId(centreCode: string, from: string, to: string): string {
  const namespace = Buffer.from('6f1c2a52c7e84d0e9a3b5d7e1f0a9c11', 'hex');
  const hash = createHash('sha1')
    .update(namespace)
    .update(`${FORMAT_VERSION}|${centreCode}|${from}|${to}`, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A machine CSV: UTF-8 without a byte-order mark, LF line ends, a header line, no quoting (every
 * field is a date or a whole number). The human exports elsewhere carry a BOM; this one does not.
 */
export function toMachineCsv(
  header: readonly string[],
  rows: readonly (string | number)[][],
): string {
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

/** JSON Lines: one object per line, LF after each. */
export function toJsonLines(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v) + '\n').join('');
}

/** Data lines of a file: CSV lines after the header, JSON Lines lines, 1 for a JSON file. */
export function countRows(name: string, text: string): number {
  if (name.endsWith('.json')) return 1;
  const lines = splitLines(text);
  return name.endsWith('.csv') ? Math.max(lines.length - 1, 0) : lines.length;
}

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Every day from `from` to `to`, both included. */
export function periodDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}
