/**
 * Indicator values as the manager reads them: rates as percentages with one decimal, times with
 * one decimal and their unit, counts as whole numbers. Rates arrive as fractions 0..1.
 */

const oneDecimal = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const whole = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** 62.5% for 0.625; a dash when there is no value (no base to divide by). */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${oneDecimal.format(fraction * 100)}%`;
}

/** The number alone, as its unit wants it (no unit text). */
export function formatNumber(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === '%') return formatPercent(value);
  if (unit === '件') return whole.format(value);
  return oneDecimal.format(value);
}

/** The value with its unit: 62.5%, 8.3 分钟, 4.0 工作日, 3 件. */
export function formatIndicator(value: number | null | undefined, unit: string): string {
  const text = formatNumber(value, unit);
  if (text === '—' || unit === '%') return text;
  return `${text} ${unit}`;
}

/** 目标 ≥ 60.0% / 目标 ≤ 12.0 分钟; empty when the standard sets none. */
export function targetText(indicator: {
  target: number | null;
  unit: string;
  higherIsBetter: boolean;
}): string {
  if (indicator.target === null) return '';
  const sign = indicator.higherIsBetter ? '≥' : '≤';
  return `目标 ${sign} ${formatIndicator(indicator.target, indicator.unit)}`;
}

/** A figure (numerator or denominator) as a whole count, or a sum with one decimal. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Number.isInteger(value) ? whole.format(value) : oneDecimal.format(value);
}

/** The value scaled for a chart axis: percentages ×100, the rest as they are. */
export function chartValue(value: number | null | undefined, unit: string): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return unit === '%' ? Math.round(value * 1000) / 10 : Math.round(value * 10) / 10;
}

export const MET_COLOURS = { met: '#389e0d', unmet: '#cf1322', none: '#595959' } as const;

/** Green when the target is met, red when not, grey without a target or a value. */
export function metColour(met: boolean | null): string {
  if (met === null) return MET_COLOURS.none;
  return met ? MET_COLOURS.met : MET_COLOURS.unmet;
}

/** Whether a value meets its target (null without either), as the server judges `met`. */
export function isMet(
  value: number | null,
  target: number | null,
  higherIsBetter: boolean,
): boolean | null {
  if (value === null || target === null) return null;
  return higherIsBetter ? value >= target : value <= target;
}
