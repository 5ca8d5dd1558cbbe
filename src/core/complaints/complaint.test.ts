import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors.js';
import {
  complaintNumber,
  complaintTiming,
  nextComplaintStatus,
  type ComplaintAction,
  type ComplaintStatus,
} from './complaint.js';

const step = (status: ComplaintStatus, action: ComplaintAction) => {
  try {
    return nextComplaintStatus(status, action);
  } catch (err) {
    return err instanceof RuleError ? err.code : 'not a rule error';
  }
};

describe('complaint numbers', () => {
  it('runs TS, the year and six digits', () => {
    expect(complaintNumber(2026, 1)).toBe('TS2026000001');
    expect(complaintNumber(2026, 123456)).toBe('TS2026123456');
  });
});

describe('the steps of a complaint', () => {
  it('goes open → assigned → answered → closed', () => {
    expect(step('open', 'assign')).toBe('assigned');
    expect(step('assigned', 'answer')).toBe('answered');
    expect(step('answered', 'close')).toBe('closed');
  });

  it('may be answered without being assigned, and reassigned before the answer', () => {
    expect(step('open', 'answer')).toBe('answered');
    expect(step('assigned', 'assign')).toBe('assigned');
  });

  it('asks satisfaction with the answer only once there is one, and closes only when answered', () => {
    expect(step('assigned', 'satisfaction')).toBe('complaint.not_answered');
    expect(step('answered', 'satisfaction')).toBe('answered');
    expect(step('open', 'close')).toBe('complaint.not_answered');
  });

  it('takes no step once closed and no second answer', () => {
    for (const action of ['classify', 'assign', 'answer', 'satisfaction', 'close'] as const) {
      expect(step('closed', action)).toBe('complaint.closed');
    }
    expect(step('answered', 'answer')).toBe('complaint.already_answered');
  });
});

describe('the answer due date', () => {
  it('is overdue from the day after it while unanswered, late when answered after it', () => {
    expect(complaintTiming({ answerDue: '2026-03-09', answeredOn: null }, '2026-03-09')).toEqual({
      isOverdue: false,
      wasAnsweredLate: false,
    });
    expect(complaintTiming({ answerDue: '2026-03-09', answeredOn: null }, '2026-03-10')).toEqual({
      isOverdue: true,
      wasAnsweredLate: false,
    });
    expect(
      complaintTiming({ answerDue: '2026-03-09', answeredOn: '2026-03-10' }, '2026-03-11'),
    ).toEqual({ isOverdue: false, wasAnsweredLate: true });
  });
});
