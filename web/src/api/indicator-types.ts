/**
 * The DB31/T 467 indicators, their breakdowns and drill-downs, the league table of centres and
 * the report batches, as the API sends them. Re-exported by `./types`.
 * Rates are fractions 0..1 with unit '%' (shown ×100).
 */

export type ScopeKind = 'centre' | 'district' | 'city';

export interface ScopeInfo {
  /** centre:<code>, district:<code> or city. */
  value: string;
  kind: ScopeKind;
  code: string | null;
  name: string;
}

export type IndicatorUnit = '%' | '分钟' | '工作日' | '件' | string;

export interface Indicator {
  code: string;
  name: string;
  unit: IndicatorUnit;
  value: number | null;
  target: number | null;
  higherIsBetter: boolean;
  /** Null when there is no target or no value. */
  met: boolean | null;
  numerator: number | null;
  denominator: number | null;
  definition: string;
  formula: string;
  clause: string;
}

export interface IndicatorReport {
  scope: ScopeInfo;
  from: string;
  to: string;
  /** The day standing figures and open cases are read as of. */
  asOf: string;
  indicators: Indicator[];
}

export interface RangeQuery {
  scope: string;
  from?: string;
  to?: string;
}

export type BreakdownBy =
  'day' | 'week' | 'month' | 'centre' | 'department' | 'item' | 'window' | 'clerk';

export interface BreakdownRow {
  /** Null for the rows that cannot be named for a key (and for the total). */
  key: string | null;
  label: string;
  figures: Record<string, number>;
  indicators: Record<string, number | null>;
}

export interface BreakdownReport {
  scope: ScopeInfo;
  from: string;
  to: string;
  by: BreakdownBy;
  filter: { department: string | null; item: string | null };
  source: 'day_figures' | 'raw';
  rows: BreakdownRow[];
  total: BreakdownRow;
}

export type DrillPart = 'numerator' | 'denominator';

/**
 * The group of a breakdown row the records are filtered by, keyed as the breakdown keys its rows;
 * `_none` stands for the row "（无法归属）". `centre` is a centre's code within the scope.
 */
export interface DrillFilter {
  department?: string;
  item?: string;
  window?: string;
  clerk?: string;
  centre?: string;
}

export interface DrillQuery extends RangeQuery, DrillFilter {
  indicator: string;
  part: DrillPart;
  page?: number;
  pageSize?: number;
}

export interface DrillRow {
  kind: string;
  id: string;
  record: string;
  day: string | null;
  centre: string;
  item: string | null;
  staff: string | null;
  person: string | null;
  detail: string | null;
  value: number | null;
}

export interface DrillReport {
  scope: ScopeInfo;
  from: string;
  to: string;
  asOf: string;
  indicator: string;
  part: DrillPart;
  filter: Record<keyof DrillFilter, string | null>;
  page: number;
  pageSize: number;
  rowCount: number;
  /** The number the rows make: their count, or the sum of their values. */
  total: number;
  rows: DrillRow[];
}

export interface LeagueCell {
  code: string;
  value: number | null;
  target: number | null;
  met: boolean | null;
}

export interface LeagueRow {
  rank: number | null;
  centre: {
    code: string;
    name: string;
    districtCode: string;
    districtName: string;
    /** 'upload': known from a report batch, without raw rows to drill into. */
    source: 'local' | 'upload';
  };
  indicators: LeagueCell[];
}

export interface League {
  scope: string;
  scopeName: string;
  from: string;
  to: string;
  asOf: string;
  sort: string;
  indicators: { code: string; name: string; unit: string; higherIsBetter: boolean }[];
  rows: LeagueRow[];
  total: { centres: number; indicators: LeagueCell[] };
}

/** The server's verdict on an imported report batch. */
export interface BatchImport {
  status: 'imported' | 'replaced' | 'already_imported';
  message: string;
  batchId: string;
  centre: { code: string; name: string; districtCode: string; districtName: string };
  period: { from: string; to: string };
  days: number;
  waits: number;
  cases: number;
}
