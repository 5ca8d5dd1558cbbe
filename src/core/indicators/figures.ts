/**
 * The sums every indicator is a ratio of (one centre_day_figures row, or the sum of many) and the
 * standing figures of a centre as of a day (one centre_snapshots row). Their definitions from the
 * raw rows are fixed by the day-figures contract and written out in docs/indicators.md.
 */

export const FIGURE_KEYS = [
  'ticketsIssued',
  'ticketsNoShow',
  'waitCount',
  'waitSecondsSum',
  'appointmentsDue',
  'appointmentsShown',
  'casesAccepted',
  'casesOnSpot',
  'immediateCount',
  'immediateSecondsSum',
  'committedDecided',
  'committedDaysSum',
  'committedOnTime',
  'committedOverdue',
  'committedOverdueDaysSum',
  'oneTimeNotices',
  'refusals',
  'ratingsCount',
  'ratingsGood',
  'ratingsBad',
  'followupsDue',
  'followupsDone',
  'followupsOnTime',
  'complaintsCount',
  'complaintsAnswered',
  'complaintsAnswerDaysSum',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];
export type FigureSums = Record<FigureKey, number>;

/** Chinese column headings for the figures, as shown in breakdowns and exports. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  ticketsIssued: '取号数',
  ticketsNoShow: '过号数',
  waitCount: '已叫号办理数',
  waitSecondsSum: '等候总秒数',
  appointmentsDue: '应到预约数',
  appointmentsShown: '预约到场数',
  casesAccepted: '受理办件数',
  casesOnSpot: '当场办结数',
  immediateCount: '即办件计时数',
  immediateSecondsSum: '即办件办理总秒数',
  committedDecided: '承诺件办结数',
  committedDaysSum: '承诺件办理总工作日',
  committedOnTime: '按时办结数',
  committedOverdue: '超期办结数',
  committedOverdueDaysSum: '超期总工作日',
  oneTimeNotices: '一次性告知数',
  refusals: '不予受理数',
  ratingsCount: '评价数',
  ratingsGood: '好评数',
  ratingsBad: '差评数',
  followupsDue: '应整改差评数',
  followupsDone: '已回访差评数',
  followupsOnTime: '按时整改数',
  complaintsCount: '投诉数',
  complaintsAnswered: '已答复投诉数',
  complaintsAnswerDaysSum: '投诉答复总工作日',
};

export const SNAPSHOT_KEYS = [
  'acceptanceWindows',
  'comprehensiveWindows',
  'frontClerks',
  'allRoundClerks',
  'itemsOffered',
  'itemsInSystem',
  'basicItemsOffered',
  'basicItems',
] as const;

export type SnapshotKey = (typeof SNAPSHOT_KEYS)[number];
export type SnapshotFigures = Record<SnapshotKey, number>;

export function emptySums(): FigureSums {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, 0])) as FigureSums;
}

export function addSums(a: FigureSums, b: FigureSums): FigureSums {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, a[k] + b[k]])) as FigureSums;
}

/** Sums of the standing figures of several centres (a district's windows are its centres' windows). */
export function addSnapshots(a: SnapshotFigures, b: SnapshotFigures): SnapshotFigures {
  return Object.fromEntries(SNAPSHOT_KEYS.map((k) => [k, a[k] + b[k]])) as SnapshotFigures;
}

/** Reads a row whose columns are the figure keys (numbers, numeric strings or bigints). */
export function toSums(row: Record<string, unknown> | undefined): FigureSums {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, Number(row?.[k] ?? 0)])) as FigureSums;
}

export function toSnapshot(row: Record<string, unknown>): SnapshotFigures {
  return Object.fromEntries(SNAPSHOT_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as SnapshotFigures;
}
