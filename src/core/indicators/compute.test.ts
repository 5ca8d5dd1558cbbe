import { describe, expect, it } from 'vitest';
import { computeIndicators, formatIndicatorValue, isMet, type IndicatorInputs } from './compute.js';
import { findIndicator, INDICATOR_CODES, INDICATORS } from './definitions.js';
import { emptySums, type FigureSums, type SnapshotFigures } from './figures.js';
import { asOfDay, rangeProblem } from './range.js';

const snapshot: SnapshotFigures = {
  acceptanceWindows: 8,
  comprehensiveWindows: 3,
  frontClerks: 10,
  allRoundClerks: 5,
  itemsOffered: 100,
  itemsInSystem: 89,
  basicItemsOffered: 140,
  basicItems: 193,
};

function inputs(sums: Partial<FigureSums>, more: Partial<IndicatorInputs> = {}): IndicatorInputs {
  return {
    sums: { ...emptySums(), ...sums },
    snapshot,
    waitP90Minutes: null,
    openOverdue: 0,
    ...more,
  };
}

const byCode = (values: ReturnType<typeof computeIndicators>) =>
  new Map(values.map((v) => [v.code, v]));

describe('the DB31/T 467 indicators', () => {
  it('defines every indicator once, with a zh-CN name, a definition and a formula', () => {
    expect(new Set(INDICATOR_CODES).size).toBe(INDICATORS.length);
    for (const d of INDICATORS) {
      expect(d.name).toMatch(/[\u4e00-\u9fff]/);
      expect(d.definition.length).toBeGreaterThan(8);
      expect(d.formula.length).toBeGreaterThan(2);
    }
    expect(findIndicator('on_spot_rate')).toMatchObject({
      defaultTarget: 0.6,
      higherIsBetter: true,
      unit: '%',
    });
    expect(findIndicator('immediate_avg_minutes')).toMatchObject({
      defaultTarget: 12,
      higherIsBetter: false,
    });
    expect(findIndicator('nothing')).toBeUndefined();
  });

  it('gives null, not 0 % or 100 %, and no verdict when there is nothing to divide', () => {
    const values = byCode(computeIndicators(inputs({}, { snapshot: null, openOverdue: null })));
    for (const code of [
      'on_spot_rate',
      'immediate_avg_minutes',
      'committed_avg_days',
      'good_rating_rate',
      'comprehensive_window_rate',
      'wait_p90_minutes',
    ] as const) {
      expect(values.get(code)).toMatchObject({ value: null, met: null });
    }
    // A count of nothing is a real zero and meets a target of zero.
    expect(values.get('overdue_count')).toMatchObject({
      value: 0,
      met: true,
      numerator: 0,
      denominator: null,
    });
  });

  it('computes rates as fractions and averages in the unit of the target', () => {
    const values = byCode(
      computeIndicators(
        inputs({
          casesAccepted: 8,
          casesOnSpot: 5,
          immediateCount: 4,
          immediateSecondsSum: 2880,
          committedDecided: 3,
          committedDaysSum: 31,
          ticketsIssued: 40,
          ticketsNoShow: 2,
        }),
      ),
    );
    expect(values.get('on_spot_rate')).toMatchObject({
      value: 0.625,
      numerator: 5,
      denominator: 8,
      met: true,
      target: 0.6,
    });
    // 2880 s over 4 cases = 12 minutes: exactly on target, which meets it.
    expect(values.get('immediate_avg_minutes')).toMatchObject({
      value: 12,
      numerator: 48,
      denominator: 4,
      met: true,
    });
    expect(values.get('committed_avg_days')!.value).toBeCloseTo(31 / 3, 12);
    expect(values.get('committed_avg_days')!.met).toBe(false);
    expect(values.get('no_show_rate')).toMatchObject({ value: 0.05, target: null, met: null });
  });

  it('reads the standing figures for windows, clerks and items', () => {
    const values = byCode(computeIndicators(inputs({})));
    expect(values.get('comprehensive_window_rate')).toMatchObject({
      value: 3 / 8,
      met: false,
      numerator: 3,
      denominator: 8,
    });
    expect(values.get('all_round_rate')).toMatchObject({ value: 0.5, met: true });
    expect(values.get('in_system_rate')).toMatchObject({ value: 0.89, met: false });
    expect(values.get('inclusion_rate')!.value).toBeCloseTo(140 / 193, 12);
    expect(values.get('inclusion_rate')!.met).toBe(true);
  });

  it('passes the percentile and the open overdue count through', () => {
    const values = byCode(
      computeIndicators(inputs({ waitCount: 10 }, { waitP90Minutes: 41, openOverdue: 2 })),
    );
    expect(values.get('wait_p90_minutes')).toMatchObject({
      value: 41,
      numerator: null,
      denominator: 10,
    });
    expect(values.get('open_overdue_count')).toMatchObject({ value: 2, met: false });
  });

  it('takes a centre\'s own targets over the standard\'s, and null as "no target"', () => {
    const values = byCode(
      computeIndicators(
        inputs({ casesAccepted: 10, casesOnSpot: 7, waitCount: 2, waitSecondsSum: 1200 }),
        { on_spot_rate: 0.8, wait_avg_minutes: 15, overdue_count: null },
      ),
    );
    expect(values.get('on_spot_rate')).toMatchObject({ target: 0.8, met: false });
    expect(values.get('wait_avg_minutes')).toMatchObject({ value: 10, target: 15, met: true });
    expect(values.get('overdue_count')).toMatchObject({ target: null, met: null });
  });

  it('judges lower-is-better and higher-is-better targets at the boundary', () => {
    expect(isMet(0.6, 0.6, true)).toBe(true);
    expect(isMet(0.59, 0.6, true)).toBe(false);
    expect(isMet(12, 12, false)).toBe(true);
    expect(isMet(12.01, 12, false)).toBe(false);
    expect(isMet(null, 12, false)).toBeNull();
    expect(isMet(3, null, false)).toBeNull();
  });

  it('rounds only for display', () => {
    expect(formatIndicatorValue(2 / 3, '%')).toBe('66.7%');
    expect(formatIndicatorValue(9.6666, '分钟')).toBe('9.7 分钟');
    expect(formatIndicatorValue(3, '件')).toBe('3');
    expect(formatIndicatorValue(null, '%')).toBe('—');
  });
});

describe('the period of a report', () => {
  it('runs from `from` to `to`, both included, at most 366 days', () => {
    expect(rangeProblem('2026-03-02', '2026-03-02')).toBeNull();
    expect(rangeProblem('2024-01-01', '2024-12-31')).toBeNull();
    expect(rangeProblem('2024-01-01', '2025-01-01')).toBe('统计期间不能超过366天');
    expect(rangeProblem('2026-03-03', '2026-03-02')).toBe('开始日期不能晚于结束日期');
  });

  it('reads standing figures as of the end, or today when the period runs on', () => {
    expect(asOfDay('2026-03-31', '2026-03-10')).toBe('2026-03-10');
    expect(asOfDay('2026-02-28', '2026-03-10')).toBe('2026-02-28');
  });
});
