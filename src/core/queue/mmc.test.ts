import { describe, expect, it } from 'vitest';
import { Random } from '../random.js';
import {
  erlangB,
  meanWaitMinutes,
  probabilityOfWaiting,
  shareWaitingWithin,
  windowsNeeded,
} from './erlang.js';
import { simulateMmc } from './mmc-simulation.js';

const SERVICE = 8;
const THRESHOLDS = [0, SERVICE / 2, SERVICE, 15];
/**
 * Residents per run. A queue near saturation forgets its past slowly (relaxation grows like
 * 1/(1−ρ)²), so busier runs are longer; at these lengths the run-to-run spread of the mean wait
 * is 1.5–3.5 % over ten seeds, well inside the 10 % the check allows.
 */
const CUSTOMERS: Record<number, number> = {
  0.5: 400_000,
  0.7: 400_000,
  0.8: 600_000,
  0.9: 1_000_000,
};

describe('Erlang C', () => {
  it('matches figures worked by hand', () => {
    // a = 30/h · 8 min = 4 Erlangs on 5 windows: B(5) = 0.19907, C = 5B / (5 − 4(1 − B)).
    const load = { arrivalsPerHour: 30, meanServiceMinutes: 8 };
    expect(erlangB(4, 5)).toBeCloseTo(0.199067, 5);
    expect(probabilityOfWaiting(load, 5)).toBeCloseTo(0.554113, 5);
    // cμ − λ = 5/8 − 1/2 = 0.125 per minute.
    expect(meanWaitMinutes(load, 5)).toBeCloseTo(4.4329, 3);
    expect(shareWaitingWithin(load, 5, 15)).toBeCloseTo(0.915, 3);
    // One window is M/M/1: C = ρ = 0.8, Wq = ρ / (μ − λ) = 0.8 / 0.025 = 32 minutes.
    const single = { arrivalsPerHour: 6, meanServiceMinutes: 8 };
    expect(probabilityOfWaiting(single, 1)).toBeCloseTo(0.8, 10);
    expect(meanWaitMinutes(single, 1)).toBeCloseTo(32, 10);
    expect(shareWaitingWithin(single, 1, 15)).toBeCloseTo(1 - 0.8 * Math.exp(-0.375), 10);
  });

  it('has no answer once the windows cannot keep up', () => {
    const load = { arrivalsPerHour: 30, meanServiceMinutes: 8 };
    expect(probabilityOfWaiting(load, 4)).toBeNull();
    expect(meanWaitMinutes(load, 3)).toBeNull();
    expect(shareWaitingWithin(load, 0, 15)).toBeNull();
  });

  it('stays finite for a large hall where a^c / c! would overflow', () => {
    const load = { arrivalsPerHour: 60 * 300, meanServiceMinutes: 1 };
    const c = probabilityOfWaiting(load, 320);
    expect(c).not.toBeNull();
    expect(c!).toBeGreaterThan(0);
    expect(c!).toBeLessThan(1);
  });
});

describe('windowsNeeded', () => {
  const base = { arrivalsPerHour: 30, meanServiceMinutes: 8, targetMinutes: 15, maxWindows: 20 };

  it('finds the fewest windows that meet the target', () => {
    // 4 Erlangs: 5 windows give P(W ≤ 15) = 0.915; 6 give 1 − 0.28476·e^(−3.75) = 0.9933.
    expect(windowsNeeded({ ...base, targetShare: 0.8 })).toBe(5);
    expect(windowsNeeded({ ...base, targetShare: 0.95 })).toBe(6);
    // 60/h at 7 minutes is 7 Erlangs: 8 windows give 0.9255, 9 give 0.9947.
    const busier = { ...base, arrivalsPerHour: 60, meanServiceMinutes: 7 };
    expect(windowsNeeded({ ...busier, targetShare: 0.9 })).toBe(8);
    expect(windowsNeeded({ ...busier, targetShare: 0.99 })).toBe(9);
  });

  it('keeps one window for an empty hour and gives up past maxWindows', () => {
    expect(windowsNeeded({ ...base, arrivalsPerHour: 0, targetShare: 0.8 })).toBe(1);
    expect(windowsNeeded({ ...base, targetShare: 0.8, maxWindows: 4 })).toBeNull();
    expect(windowsNeeded({ ...base, targetShare: 0.95, maxWindows: 5 })).toBeNull();
  });
});

describe('the M/M/c simulation against Erlang C', () => {
  for (const windows of [3, 8]) {
    for (const rho of [0.5, 0.7, 0.8, 0.9]) {
      it(`agrees with Wq and P(W ≤ t) for ${windows} windows at utilisation ${rho}`, () => {
        const load = {
          arrivalsPerHour: (rho * windows * 60) / SERVICE,
          meanServiceMinutes: SERVICE,
        };
        const run = simulateMmc(new Random(7919 + 100 * windows + Math.round(rho * 10)), {
          ...load,
          windows,
          customers: CUSTOMERS[rho]!,
          warmup: 20_000,
          thresholdsMinutes: THRESHOLDS,
        });
        const wq = meanWaitMinutes(load, windows)!;

        expect(Math.abs(run.meanWaitMinutes / wq - 1)).toBeLessThan(0.1);
        // The ticket machine's estimate, averaged over arrivals, is the same mean wait (PASTA).
        expect(Math.abs(run.meanEstimateMinutes / wq - 1)).toBeLessThan(0.1);
        THRESHOLDS.forEach((t, i) => {
          expect(
            Math.abs(run.shareWithin[i]! - shareWaitingWithin(load, windows, t)!),
          ).toBeLessThan(0.03);
        });
      });
    }
  }
});
