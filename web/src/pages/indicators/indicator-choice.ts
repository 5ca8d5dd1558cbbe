/** Which indicators a trend or a breakdown can show: those computed from the day figures. */
import type { BreakdownRow, Indicator } from '../../api/types';

/** The report's indicators that the breakdown rows carry a value for, in the report's order. */
export function flowIndicators(
  indicators: Indicator[],
  rows: BreakdownRow[] | undefined,
): Indicator[] {
  const sample = rows?.[0]?.indicators;
  if (!sample) return indicators.filter((i) => FLOW_DEFAULTS.has(i.code));
  return indicators.filter((i) => i.code in sample);
}

/** Shown before the first breakdown answers (and the first choice). */
const FLOW_DEFAULTS = new Set([
  'on_spot_rate',
  'immediate_avg_minutes',
  'committed_avg_days',
  'on_time_rate',
  'good_rating_rate',
  'wait_avg_minutes',
]);

export const DEFAULT_INDICATOR = 'on_spot_rate';
