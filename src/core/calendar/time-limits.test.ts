import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../../modules/calendar/chinese-days-source.js';
import { caseTimeStatus, decisionFigures, warningSince } from './deadline.js';
import { deadlineDigest } from './digest.js';
import { extensionProblem } from './extension.js';
import {
  assertMayStartPause,
  runningPause,
  supplementEndsPause,
  supplementJoinsPause,
} from './pauses.js';
import { WorkCalendar } from './working-days.js';

const official = chineseDaysCalendar(2026);
const calendar = new WorkCalendar(official.exceptions, official.years);

// Accepted Monday 9 February 2026 with 10 working days: 10, 11, 12, 13, 14 (makeup Saturday),
// then the Spring Festival 15–23, then 24, 25, 26, 27 and 28 (makeup Saturday) = 28 February.
const festival = { acceptedOn: '2026-02-09', promisedDays: 10, pauses: [] };

describe('where a case stands on a day', () => {
  it('counts across the Spring Festival and its makeup Saturdays', () => {
    expect(caseTimeStatus(calendar, festival, '2026-02-24', 2)).toEqual({
      deadline: '2026-02-28',
      provisional: false,
      pausedDays: 0,
      workingDaysLeft: 4,
      warning: 'none',
    });
    expect(caseTimeStatus(calendar, festival, '2026-02-26', 2)).toMatchObject({
      workingDaysLeft: 2,
      warning: 'amber',
    });
    expect(caseTimeStatus(calendar, festival, '2026-03-02', 2)).toMatchObject({
      workingDaysLeft: -1,
      warning: 'red',
    });
  });

  it('keeps the days left still while a pause runs, and moves the deadline with it', () => {
    const running = { ...festival, pauses: [{ startedOn: '2026-02-11', endedOn: null }] };
    // Paused (11 Feb, 24 Feb]: 12, 13, 14, 24 = 4 working days → the 14th working day, 5 March.
    expect(caseTimeStatus(calendar, running, '2026-02-24', 2)).toMatchObject({
      deadline: '2026-03-05',
      pausedDays: 4,
      workingDaysLeft: 8,
    });
    expect(caseTimeStatus(calendar, running, '2026-02-25', 2)).toMatchObject({
      deadline: '2026-03-06',
      pausedDays: 5,
      workingDaysLeft: 8,
    });
  });

  it('adds granted extension days to the limit', () => {
    const extended = { ...festival, extensionDays: 3 };
    expect(caseTimeStatus(calendar, extended, '2026-02-24', 2).deadline).toBe('2026-03-04');
  });
});

describe('the day a warning began', () => {
  it('keeps the day while the colour stays, takes today on a change, and clears with no warning', () => {
    expect(warningSince({ warning: 'amber', since: '2026-03-02' }, 'amber', '2026-03-04')).toBe(
      '2026-03-02',
    );
    expect(warningSince({ warning: 'amber', since: '2026-03-02' }, 'red', '2026-03-04')).toBe(
      '2026-03-04',
    );
    expect(warningSince({ warning: 'none', since: null }, 'amber', '2026-03-04')).toBe(
      '2026-03-04',
    );
    expect(warningSince({ warning: 'red', since: '2026-03-02' }, 'none', '2026-03-04')).toBeNull();
  });
});

describe('the figures of a decision', () => {
  const decided = { acceptedOn: '2026-02-09', pausedDays: 5, deadline: '2026-03-06' };

  it('takes the paused working days out of the handling time and counts days past the deadline', () => {
    // (9 Feb, 9 Mar]: 5 before the festival, 5 after it in February, 5 in the first March week, 9 Mar = 16.
    expect(decisionFigures(calendar, { ...decided, decidedOn: '2026-03-09' })).toEqual({
      handlingDays: 11,
      overdueDays: 1,
    });
    expect(decisionFigures(calendar, { ...decided, decidedOn: '2026-03-06' })).toEqual({
      handlingDays: 10,
      overdueDays: 0,
    });
    expect(decisionFigures(calendar, { ...decided, decidedOn: '2026-02-26' })).toEqual({
      handlingDays: 3,
      overdueDays: 0,
    });
  });

  it('counts a decision on the day off after the deadline as a day late', () => {
    expect(decisionFigures(calendar, { ...decided, decidedOn: '2026-03-07' })).toEqual({
      handlingDays: 10,
      overdueDays: 1,
    });
  });
});

describe('pauses of every kind', () => {
  it('runs one pause at a time; a supplement joins the running one', () => {
    const pauses = [
      { kind: 'testing', startedOn: '2026-03-02', endedOn: '2026-03-04' },
      { kind: 'public_notice', startedOn: '2026-03-05', endedOn: null },
    ];
    const running = runningPause(pauses);
    expect(running?.kind).toBe('public_notice');
    expect(() => assertMayStartPause(running, 'hearing')).toThrow(
      expect.objectContaining({ code: 'case.already_paused' }),
    );
    expect(() => assertMayStartPause(undefined, 'hearing')).not.toThrow();
    expect(supplementJoinsPause(running)).toBe(true);
    expect(supplementEndsPause(running)).toBe(false);
    expect(supplementEndsPause({ kind: 'supplement' })).toBe(true);
    expect(runningPause(pauses.slice(0, 1))).toBeUndefined();
  });
});

describe('extensions (art. 42)', () => {
  const base = { days: 5, grantedDays: 0, maxDays: 10, hasPending: false };

  it('allows up to the cap in one or more requests, one pending at a time', () => {
    expect(extensionProblem(base)).toBeNull();
    expect(extensionProblem({ ...base, days: 10 })).toBeNull();
    expect(extensionProblem({ ...base, grantedDays: 5 })).toBeNull();
    expect(extensionProblem({ ...base, hasPending: true })).toMatchObject({
      code: 'extension.pending_exists',
      status: 409,
    });
    expect(extensionProblem({ ...base, days: 11 })).toMatchObject({
      code: 'extension.too_many_days',
      status: 400,
    });
    expect(extensionProblem({ ...base, grantedDays: 6 })).toMatchObject({
      code: 'extension.total_exceeded',
      status: 400,
    });
  });
});

describe('the daily digest', () => {
  it('lists what turns amber or red on the next working day, and what is already red', () => {
    const cases = [
      // 5 days from Mon 2 March → Mon 9 March: 3 left on Wed 4, 2 on Thu 5 → turns amber.
      { case: 'A', clock: { acceptedOn: '2026-03-02', promisedDays: 5, pauses: [] }, amberDays: 2 },
      // Deadline Wed 4 March: amber today, red tomorrow.
      { case: 'B', clock: { acceptedOn: '2026-03-02', promisedDays: 2, pauses: [] }, amberDays: 2 },
      // Deadline Sat 28 February (a makeup workday): already red.
      { case: 'C', clock: { acceptedOn: '2026-02-26', promisedDays: 2, pauses: [] }, amberDays: 2 },
      // Like A but paused since Tue 3 March: its deadline moves along, it does not turn.
      {
        case: 'D',
        clock: {
          acceptedOn: '2026-03-02',
          promisedDays: 4,
          pauses: [{ startedOn: '2026-03-03', endedOn: null }],
        },
        amberDays: 2,
      },
      // A 3-day threshold for the item: amber already today.
      { case: 'E', clock: { acceptedOn: '2026-03-02', promisedDays: 5, pauses: [] }, amberDays: 3 },
    ];
    const digest = deadlineDigest(calendar, cases, '2026-03-04');
    expect(digest.nextWorkingDay).toBe('2026-03-05');
    expect(digest.turningAmber.map((e) => e.case)).toEqual(['A']);
    expect(digest.turningRed.map((e) => e.case)).toEqual(['B']);
    expect(digest.red.map((e) => e.case)).toEqual(['C']);
    expect(digest.turningAmber[0]!.next).toMatchObject({
      workingDaysLeft: 2,
      deadline: '2026-03-09',
    });
  });

  it('looks past a weekend and the festival to the next working day', () => {
    expect(deadlineDigest(calendar, [], '2026-02-14').nextWorkingDay).toBe('2026-02-24');
    expect(deadlineDigest(calendar, [], '2026-03-06').nextWorkingDay).toBe('2026-03-09');
  });
});
