import { describe, expect, it } from 'vitest';
import { chooseNext, consecutiveJumps, type Candidate } from './call-policy.js';
import { estimateWaitMinutes } from './estimate.js';
import { ageOn, ticketPriority } from './priority.js';

const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 1, m));
const ordinary: Candidate = { id: 'o', class: 'ordinary', queueAt: at(0) };
const priority: Candidate = { id: 'p', class: 'priority', queueAt: at(10) };
const appointment: Candidate = { id: 'a', class: 'appointment', queueAt: at(5) };

describe('the calling policy', () => {
  it('calls priority first, then appointments due, then the longest wait', () => {
    expect(chooseNext([ordinary, appointment, priority], 0)?.id).toBe('p');
    expect(chooseNext([ordinary, appointment], 0)?.id).toBe('a');
    expect(chooseNext([ordinary], 0)?.id).toBe('o');
    expect(chooseNext([], 0)).toBeUndefined();
  });

  it('gives every third call to the longest-waiting ordinary ticket', () => {
    expect(chooseNext([ordinary, priority], 1)?.id).toBe('p');
    expect(chooseNext([ordinary, priority], 2)?.id).toBe('o');
    expect(chooseNext([priority], 2)?.id).toBe('p');
    expect(consecutiveJumps(['priority', 'appointment', 'ordinary', 'priority'])).toBe(2);
    expect(consecutiveJumps(['ordinary', 'priority'])).toBe(0);
  });
});

describe('the priority lane', () => {
  it('marks a holder aged 70 or more from the birth date', () => {
    const allowed = ['military', 'elderly', 'disabled', 'pregnant'];
    expect(ageOn('1956-03-02', '2026-03-02')).toBe(70);
    expect(ageOn('1956-03-03', '2026-03-02')).toBe(69);
    expect(ticketPriority({ birthDate: '1956-03-02', today: '2026-03-02', allowed })).toBe('elderly');
    expect(ticketPriority({ birthDate: '1956-03-03', today: '2026-03-02', allowed })).toBeNull();
    expect(ticketPriority({ asked: 'military', today: '2026-03-02', allowed })).toBe('military');
    expect(() => ticketPriority({ asked: 'vip', today: '2026-03-02', allowed })).toThrow(expect.objectContaining({ code: 'ticket.unknown_priority' }));
  });
});

describe('the wait estimate', () => {
  it('is zero with a free window and grows with the queue', () => {
    expect(estimateWaitMinutes({ ahead: 0, openWindows: 3, busyWindows: 2, meanServiceMinutes: 6 })).toBe(0);
    expect(estimateWaitMinutes({ ahead: 0, openWindows: 3, busyWindows: 3, meanServiceMinutes: 6 })).toBe(2);
    expect(estimateWaitMinutes({ ahead: 5, openWindows: 3, busyWindows: 3, meanServiceMinutes: 6 })).toBe(12);
    expect(estimateWaitMinutes({ ahead: 5, openWindows: 0, busyWindows: 0, meanServiceMinutes: 6 })).toBeNull();
  });
});
