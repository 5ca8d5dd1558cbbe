/** What a drill-down is asked for, and how its two parts are named from the indicator's formula. */
import type { DrillFilter, DrillPart, Indicator } from '../../api/types';

export type DrillIndicator = Pick<Indicator, 'code' | 'name' | 'unit' | 'formula'>;

export interface DrillTarget {
  scope: string;
  from: string;
  to: string;
  indicator: DrillIndicator;
  part: DrillPart;
  /** What the number is of, when it is one bar or point: "2026-03-02", "民政". */
  context?: string;
  /** The group a breakdown bar or row stands for: the records listed are those it counts. */
  group?: { by: 'department' | 'item' | 'window' | 'clerk'; key: string | null; label: string };
}

/** The filter value of the breakdown row "（无法归属）" (key null). */
export const UNATTRIBUTED_KEY = '_none';

/** The drill-down filter of a target's group: the row's key under the name it is grouped by. */
export function groupFilter(target: Pick<DrillTarget, 'group'>): DrillFilter {
  const { group } = target;
  return group ? { [group.by]: group.key ?? UNATTRIBUTED_KEY } : {};
}

/**
 * "当场办结数 ÷ 受理办件数": the numerator is the first term, the denominator the last. Sums of
 * seconds are shown in minutes (the drill-down gives each row's time in the indicator's unit).
 */
export function partName(indicator: DrillIndicator, part: DrillPart): string {
  const terms = indicator.formula
    .split('÷')
    .map((t) => t.trim())
    .filter(Boolean);
  // A count (one term) is its own numerator; a percentile's formula names no terms at all.
  if (terms.length < 2) return part === 'numerator' ? indicator.name : '统计样本';
  const term = part === 'numerator' ? terms[0]! : terms[terms.length - 1]!;
  return term.replace('总秒数', '总时长');
}

/**
 * Whether a part's total is a sum of time (the numerator of an average, the overdue working days)
 * and so carries the indicator's unit. Every other total counts records: the denominator of an
 * average (已叫号办理数), the sample of a percentile, either term of a rate.
 */
export function isTimeSum(indicator: Pick<Indicator, 'unit'>, part: DrillPart): boolean {
  return part === 'numerator' && indicator.unit !== '%' && indicator.unit !== '件';
}

/** The part a click on the value opens: the numerator, or the waits of a percentile. */
export function mainPart(indicator: Pick<Indicator, 'numerator' | 'denominator'>): DrillPart {
  return indicator.numerator === null && indicator.denominator !== null
    ? 'denominator'
    : 'numerator';
}
