/**
 * What every batch Yimen exports satisfies by construction, checked again on import so that a
 * hand-edited or faulty batch can neither put a rate above 100 % into a district's reports nor
 * carry a number the office's database cannot hold: each figure fits its column, a
 * part never exceeds its whole (the day-figures contract, docs/indicators.md).
 */
import { refuse } from './check-manifest.js';
import type { FigureColumn, FigureRow, SnapshotField, SnapshotValues } from './exchange-format.js';

/** The largest PostgreSQL integer: every count of a day, minute or snapshot is such a column. */
export const MAX_COUNT = 2_147_483_647;

/** The sums of seconds are bigint columns: any whole number the CSV check lets through fits. */
export const BIGINT_COLUMNS: readonly FigureColumn[] = [
  'wait_seconds_sum',
  'immediate_seconds_sum',
];

/** Parts of a day whose sum never exceeds the whole they are counted from. */
const FIGURE_PARTS: [FigureColumn[], FigureColumn][] = [
  [['tickets_no_show'], 'tickets_issued'],
  [['wait_count'], 'tickets_issued'],
  [['appointments_shown'], 'appointments_due'],
  [['cases_on_spot'], 'cases_accepted'],
  [['immediate_count'], 'cases_on_spot'],
  [['committed_on_time', 'committed_overdue'], 'committed_decided'],
  [['ratings_good', 'ratings_bad'], 'ratings_count'],
  [['followups_done'], 'followups_due'],
  [['followups_on_time'], 'followups_done'],
  [['complaints_answered'], 'complaints_count'],
];

const SNAPSHOT_PARTS: [SnapshotField, SnapshotField][] = [
  ['comprehensiveWindows', 'acceptanceWindows'],
  ['allRoundClerks', 'frontClerks'],
  ['itemsInSystem', 'itemsOffered'],
  ['basicItemsOffered', 'itemsOffered'],
  ['basicItemsOffered', 'basicItems'],
];

/** Refuses a day of figures.csv (at file line `line`) whose parts exceed their whole. */
export function checkFigureParts(row: FigureRow, line: number): void {
  for (const [parts, whole] of FIGURE_PARTS) {
    const sum = parts.reduce((total, p) => total + row[p], 0);
    if (sum > row[whole]) {
      refuse(
        'report.figures_inconsistent',
        `文件“figures.csv”第 ${line} 行（${row.day}）${parts.join(' + ')} 为 ${sum}，超过 ${whole} 的 ${row[whole]}`,
        { file: 'figures.csv', line, column: parts[0] },
      );
    }
  }
}

/** Refuses standing figures whose part exceeds its whole (more comprehensive windows than windows). */
export function checkSnapshotParts(snapshot: SnapshotValues): void {
  for (const [part, whole] of SNAPSHOT_PARTS) {
    if (snapshot[part] > snapshot[whole]) {
      refuse(
        'report.snapshot_invalid',
        `文件“snapshot.json”的 ${part}（${snapshot[part]}）不能大于 ${whole}（${snapshot[whole]}）`,
        { field: part },
      );
    }
  }
}
