import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../../modules/calendar/chinese-days-source.js';
import { addWorkingDays, WorkCalendar, workingDaysBetween } from './working-days.js';
import { caseDeadline, deadlineStatus } from './deadline.js';

const official = chineseDaysCalendar(2026);
const calendar = new WorkCalendar(official.exceptions, official.years);

describe('the working-day calendar', () => {
  it('knows the State Council tables for 2025 and 2026', () => {
    expect(calendar.hasYear(2025)).toBe(true);
    expect(calendar.hasYear(2026)).toBe(true);
    expect(calendar.day('2026-02-16')).toMatchObject({ workday: false, name: '春节' });
    expect(calendar.day('2025-10-08')).toMatchObject({ workday: false, name: '国庆节' });
  });

  it('consults the table before the weekday: makeup Saturdays and Sundays are working days', () => {
    for (const date of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(calendar.isWorkday(date), date).toBe(true);
    }
  });

  it('treats every day of the 2026 holidays as a day off, weekdays included', () => {
    for (const date of ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-07']) {
      expect(calendar.isWorkday(date), date).toBe(false);
    }
    expect(calendar.isWorkday('2026-10-08')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-13', 3, '2026-02-25'],
    ['2025-01-24', 2, '2025-01-27'],
    ['2025-09-26', 2, '2025-09-29'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-02', 5, '2026-03-09'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('from %s, %i working days ends on %s', (from, days, want) => {
    expect(addWorkingDays(calendar, from, days).deadline).toBe(want);
  });

  it('counts the acceptance day as day 0 even when it is a holiday', () => {
    expect(addWorkingDays(calendar, '2026-10-03', 1).deadline).toBe('2026-10-08');
  });

  it('marks a count that runs into a year without a table as provisional', () => {
    expect(addWorkingDays(calendar, '2026-12-28', 3)).toEqual({ deadline: '2026-12-31', provisional: false });
    expect(addWorkingDays(calendar, '2026-12-30', 3).provisional).toBe(true);
    expect(addWorkingDays(calendar, '2027-03-01', 0).provisional).toBe(true);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(calendar, '2026-03-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-03-02', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days in (a, b]', () => {
    expect(workingDaysBetween(calendar, '2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(calendar, '2026-03-06', '2026-03-09')).toBe(1);
    expect(workingDaysBetween(calendar, '2026-02-13', '2026-02-25')).toBe(3);
    expect(workingDaysBetween(calendar, '2026-02-25', '2026-02-13')).toBe(-3);
  });
});

describe('the deadline of a case', () => {
  it('moves by the working days the clock was paused', () => {
    const clock = { acceptedOn: '2026-03-02', promisedDays: 10, pauses: [] };
    expect(caseDeadline(calendar, clock, '2026-03-02').deadline).toBe('2026-03-16');
    // Paused from Wed 4 March to Mon 9 March: Thu, Fri, Mon = 3 working days.
    const paused = { ...clock, pauses: [{ startedOn: '2026-03-04', endedOn: '2026-03-09' }] };
    expect(caseDeadline(calendar, paused, '2026-03-20')).toMatchObject({ deadline: '2026-03-19', pausedDays: 3 });
  });

  it('counts a running pause up to today and never twice', () => {
    const running = { acceptedOn: '2026-03-02', promisedDays: 10, pauses: [{ startedOn: '2026-03-04', endedOn: null }] };
    expect(caseDeadline(calendar, running, '2026-03-06').pausedDays).toBe(2);
    const twoPauses = {
      acceptedOn: '2026-03-02',
      promisedDays: 10,
      pauses: [
        { startedOn: '2026-03-04', endedOn: '2026-03-05' },
        { startedOn: '2026-03-10', endedOn: '2026-03-12' },
      ],
    };
    expect(caseDeadline(calendar, twoPauses, '2026-03-30')).toMatchObject({ pausedDays: 3, deadline: '2026-03-19' });
  });

  it('skips the Spring Festival when a pause spans it', () => {
    const clock = { acceptedOn: '2026-02-10', promisedDays: 5, pauses: [{ startedOn: '2026-02-12', endedOn: '2026-02-25' }] };
    // Paused Thu 12 Feb → Wed 25 Feb: 13 Fri, 14 Sat (makeup), 24 Tue, 25 Wed = 4 working days.
    expect(caseDeadline(calendar, clock, '2026-03-01')).toMatchObject({ pausedDays: 4 });
  });

  it('turns amber at the threshold and red once overdue', () => {
    expect(deadlineStatus(calendar, '2026-03-16', '2026-03-02', 2)).toEqual({ workingDaysLeft: 10, warning: 'none' });
    expect(deadlineStatus(calendar, '2026-03-16', '2026-03-12', 2)).toEqual({ workingDaysLeft: 2, warning: 'amber' });
    expect(deadlineStatus(calendar, '2026-03-16', '2026-03-16', 2)).toEqual({ workingDaysLeft: 0, warning: 'amber' });
    expect(deadlineStatus(calendar, '2026-03-16', '2026-03-18', 2)).toEqual({ workingDaysLeft: -2, warning: 'red' });
  });
});
