/**
 * The API's indicator calls: the DB31/T 467 indicators of a centre, a district or the city, their
 * breakdowns and drill-downs, the league table of centres, exports and report batches. Part of
 * the one API client (`./client`).
 */
import { buildUrl, request } from './client';
import type {
  BatchImport,
  BreakdownBy,
  BreakdownReport,
  DrillQuery,
  DrillReport,
  IndicatorReport,
  League,
  RangeQuery,
} from './types';

/** `scope` is city or district:<code>; `sort` names the indicator the centres are ranked by. */
export interface LeagueQuery {
  scope: string;
  from: string;
  to: string;
  sort?: string;
}

export const indicatorsApi = {
  indicators: (query: RangeQuery) =>
    request<IndicatorReport>('/indicators', { query: { ...query } }),
  breakdown: (query: RangeQuery & { by: BreakdownBy; department?: string; item?: string }) =>
    request<BreakdownReport>('/indicators/breakdown', { query: { ...query } }),
  /** 指标穿透: the records behind a numerator or a denominator, a page at a time. */
  drill: (query: DrillQuery) => request<DrillReport>('/indicators/cases', { query: { ...query } }),
  exportUrl: (format: 'csv' | 'xlsx', query: RangeQuery) =>
    buildUrl(`/indicators.${format}`, { ...query }),
  /** The centres of a district or of the city side by side, ranked. */
  league: (query: LeagueQuery) => request<League>('/indicators/league', { query: { ...query } }),
  leagueExportUrl: (format: 'csv' | 'xlsx', query: LeagueQuery) =>
    buildUrl(`/indicators/league.${format}`, { ...query }),
  /** The monthly report of a centre (YYYY-MM), as an Excel workbook. */
  monthlyReportUrl: (centreCode: string, month: string) =>
    buildUrl('/reports/monthly.xlsx', { centre: centreCode, month }),
  /** A centre's report batch (its JSON as exported), imported by the district or city office. */
  importBatch: (batch: unknown) =>
    request<BatchImport>('/reports/import', { method: 'POST', json: batch }),
  /** The signed-in manager's own centre's batch for a period (数据上传), as JSON to hand on. */
  batchExportUrl: (range: { from: string; to: string }) => buildUrl('/reports/batch', { ...range }),
} as const;
