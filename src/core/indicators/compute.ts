/**
 * Indicator values from the figures. Nothing is rounded here (rounding is for display only), and
 * a ratio or an average with nothing to divide by is null with `met` null: an empty period is
 * neither a failed nor a met target.
 */
import {
  INDICATORS,
  type IndicatorCode,
  type IndicatorDefinition,
  type IndicatorUnit,
} from './definitions.js';
import type { FigureSums, SnapshotFigures } from './figures.js';
import { rate } from './formulas.js';

export interface IndicatorInputs {
  sums: FigureSums;
  /** Null when no centre in scope has standing figures (no local windows and no snapshot). */
  snapshot: SnapshotFigures | null;
  /** The 90th percentile of waits in whole minutes, null without waits. */
  waitP90Minutes: number | null;
  /** Open committed cases past their deadline as of the range's end; null when not asked. */
  openOverdue: number | null;
}

export interface IndicatorValue {
  code: IndicatorCode;
  name: string;
  unit: IndicatorUnit;
  value: number | null;
  target: number | null;
  higherIsBetter: boolean;
  met: boolean | null;
  numerator: number | null;
  denominator: number | null;
  definition: string;
  formula: string;
  clause: string;
}

/** Targets by code; a missing code takes the standard's default, null means "no target". */
export type TargetOverrides = Partial<Record<string, number | null>>;

export function targetOf(d: IndicatorDefinition, overrides: TargetOverrides = {}): number | null {
  const own = overrides[d.code];
  return own === undefined ? d.defaultTarget : own;
}

/** Whether a value meets its target; null when either is missing. */
export function isMet(
  value: number | null,
  target: number | null,
  higherIsBetter: boolean,
): boolean | null {
  if (value === null || target === null) return null;
  return higherIsBetter ? value >= target : value <= target;
}

/** The value of one indicator with the numerator and denominator it is made of. */
export function evaluate(
  d: IndicatorDefinition,
  inputs: IndicatorInputs,
): { value: number | null; numerator: number | null; denominator: number | null } {
  const { sums, snapshot } = inputs;
  switch (d.kind) {
    case 'ratio': {
      if (d.source === 'snapshot') {
        if (!snapshot) return { value: null, numerator: null, denominator: null };
        const part = snapshot[d.numerator as keyof SnapshotFigures];
        const whole = snapshot[d.denominator as keyof SnapshotFigures];
        return { value: rate(part, whole), numerator: part, denominator: whole };
      }
      const part = sums[d.numerator as keyof FigureSums];
      const whole = sums[d.denominator as keyof FigureSums];
      return { value: rate(part, whole), numerator: part, denominator: whole };
    }
    case 'average': {
      const total = sums[d.numerator] * d.scale;
      const count = sums[d.denominator];
      return { value: count > 0 ? total / count : null, numerator: total, denominator: count };
    }
    case 'count': {
      const value =
        d.source === 'open_cases' ? inputs.openOverdue : sums[d.numerator as keyof FigureSums];
      return { value, numerator: value, denominator: null };
    }
    case 'percentile':
      return { value: inputs.waitP90Minutes, numerator: null, denominator: sums[d.denominator] };
  }
}

export function computeIndicator(
  d: IndicatorDefinition,
  inputs: IndicatorInputs,
  overrides: TargetOverrides = {},
): IndicatorValue {
  const { value, numerator, denominator } = evaluate(d, inputs);
  const target = targetOf(d, overrides);
  return {
    code: d.code as IndicatorCode,
    name: d.name,
    unit: d.unit,
    value,
    target,
    higherIsBetter: d.higherIsBetter,
    met: isMet(value, target, d.higherIsBetter),
    numerator,
    denominator,
    definition: d.definition,
    formula: d.formula,
    clause: d.clause,
  };
}

/** Every indicator (or those `only` names), in the order of INDICATORS. */
export function computeIndicators(
  inputs: IndicatorInputs,
  overrides: TargetOverrides = {},
  only?: (d: IndicatorDefinition) => boolean,
): IndicatorValue[] {
  const list = (INDICATORS as readonly IndicatorDefinition[]).filter((d) => !only || only(d));
  return list.map((d) => computeIndicator(d, inputs, overrides));
}

/** A value as a person reads it: rates in per cent with one decimal, minutes and days with one. */
export function formatIndicatorValue(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '—';
  if (unit === '%') return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
  if (unit === '件') return String(value);
  return `${(Math.round(value * 10) / 10).toFixed(1)} ${unit}`;
}
