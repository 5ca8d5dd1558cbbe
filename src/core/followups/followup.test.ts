import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors.js';
import { assertFollowupStep, followupTiming } from './followup.js';

const code = (f: () => void) => {
  try {
    f();
  } catch (err) {
    return err instanceof RuleError ? err.code : 'not a rule error';
  }
  return 'passed';
};

describe('the steps of a bad-rating follow-up', () => {
  it('closes only after the resident was contacted', () => {
    expect(code(() => assertFollowupStep('open', 'close'))).toBe('followup.not_contacted');
    expect(code(() => assertFollowupStep('contacted', 'close'))).toBe('passed');
  });

  it('records contact once and takes no step once closed or annulled', () => {
    expect(code(() => assertFollowupStep('open', 'contact'))).toBe('passed');
    expect(code(() => assertFollowupStep('contacted', 'contact'))).toBe(
      'followup.already_contacted',
    );
    expect(code(() => assertFollowupStep('closed', 'assign'))).toBe('followup.finished');
    expect(code(() => assertFollowupStep('annulled', 'contact'))).toBe('followup.finished');
    expect(code(() => assertFollowupStep('contacted', 'assign'))).toBe('passed');
  });
});

describe('follow-up due dates', () => {
  const base = {
    status: 'open' as const,
    contactDue: '2026-03-03',
    closeDue: '2026-03-09',
    contactedOn: null,
    closedOn: null,
  };

  it('is overdue from the day after the due date, not on it', () => {
    expect(followupTiming(base, '2026-03-03')).toMatchObject({
      isContactOverdue: false,
      isCloseOverdue: false,
    });
    expect(followupTiming(base, '2026-03-04')).toMatchObject({
      isContactOverdue: true,
      isCloseOverdue: false,
    });
    expect(followupTiming(base, '2026-03-10')).toMatchObject({
      isContactOverdue: true,
      isCloseOverdue: true,
    });
  });

  it('remembers a late contact after it happened', () => {
    const late = { ...base, status: 'contacted' as const, contactedOn: '2026-03-04' };
    expect(followupTiming(late, '2026-03-05')).toEqual({
      isContactOverdue: false,
      wasContactedLate: true,
      isCloseOverdue: false,
      wasClosedLate: false,
    });
  });

  it('never counts an annulled follow-up as late', () => {
    expect(followupTiming({ ...base, status: 'annulled' }, '2026-04-01')).toEqual({
      isContactOverdue: false,
      wasContactedLate: false,
      isCloseOverdue: false,
      wasClosedLate: false,
    });
  });
});
