/**
 * The indicator formulas of DB31/T 467 as plain arithmetic. A rate with nothing to divide by is
 * null (not 0 % and not 100 %): "no cases yet" must not read as a failed or a met target.
 */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function average(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Minutes between two instants. */
export function minutesBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 60_000;
}

export function roundTo(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Targets from the standard (DB31/T 467 audit rules); a centre may override them as settings. */
export const TARGETS = {
  immediateAvgMinutes: 12,
  committedAvgDays: 10,
  onSpotRate: 0.6,
  inSystemRate: 0.9,
  inclusionRate: 0.7,
  comprehensiveWindowRate: 0.5,
  allRoundRate: 0.5,
} as const;
