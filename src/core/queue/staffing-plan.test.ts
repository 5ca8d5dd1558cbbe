import { describe, expect, it } from 'vitest';
import { hourProfile, planHour, serviceProfile } from './staffing-plan.js';

const target = { targetMinutes: 15, targetShare: 0.8, maxWindows: 50 };
const week = new Set(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);

describe('the staffing plan', () => {
  it('weights an hour’s service time by the lines that came in it', () => {
    const service = serviceProfile(
      [
        { date: '2026-03-02', line: 'A', services: 4, minutes: 48 },
        { date: '2026-03-03', line: 'B', services: 2, minutes: 8 },
        // A Saturday is not part of the hall's usual load.
        { date: '2026-03-07', line: 'B', services: 10, minutes: 500 },
      ],
      week,
      8,
    );
    expect(service).toMatchObject({
      isDefault: false,
      services: 6,
      lines: [
        { line: 'A', meanServiceMinutes: 12 },
        { line: 'B', meanServiceMinutes: 4 },
      ],
    });
    expect(service.meanServiceMinutes).toBeCloseTo(56 / 6, 10);
    const hours = hourProfile(
      [
        { date: '2026-03-02', hour: 9, line: 'A', tickets: 3 },
        { date: '2026-03-04', hour: 9, line: 'B', tickets: 1 },
        // A line without finished services takes the overall mean.
        { date: '2026-03-05', hour: 9, line: 'C', tickets: 1 },
        { date: '2026-03-07', hour: 9, line: 'A', tickets: 50 },
      ],
      week,
      service,
    );
    const nine = hours.find((h) => h.hour === 9)!;
    expect(nine.arrivalsPerHour).toBeCloseTo(5 / 5, 10);
    expect(nine.meanServiceMinutes).toBeCloseTo((3 * 12 + 4 + 56 / 6) / 5, 10);
    expect(hours.find((h) => h.hour === 10)).toMatchObject({
      arrivalsPerHour: 0,
      meanServiceMinutes: service.meanServiceMinutes,
    });
  });

  it('uses the default service time when there is no history', () => {
    expect(serviceProfile([], week, 8)).toEqual({
      meanServiceMinutes: 8,
      isDefault: true,
      services: 0,
      lines: [],
    });
  });

  it('reports a saturated hour as overloaded with no forecast', () => {
    const plan = planHour(
      { hour: 9, arrivalsPerHour: 30, meanServiceMinutes: 8, currentWindows: 4 },
      target,
    );
    expect(plan).toMatchObject({
      status: 'overloaded',
      currentUtilisation: 1,
      predictedMeanWaitMinutes: null,
      recommendedWindows: 5,
    });
  });

  it('lets nobody wait in an hour nobody comes, even with no window open', () => {
    const plan = planHour(
      { hour: 16, arrivalsPerHour: 0, meanServiceMinutes: 8, currentWindows: 0 },
      target,
    );
    expect(plan).toMatchObject({
      status: 'meets_target',
      currentUtilisation: 0,
      predictedMeanWaitMinutes: 0,
      recommendedWindows: 1,
    });
  });
});
