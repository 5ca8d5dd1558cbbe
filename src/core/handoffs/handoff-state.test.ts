import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar/working-days.js';
import {
  handoffForwardDue,
  isClosedHandoff,
  isForwardLate,
  nextHandoffStatus,
  type HandoffStatus,
} from './handoff-state.js';

/** The 2026 exceptions these tests touch: 春节 makeup day 02-28 and 清明 04-04 … 04-06. */
const calendar = new WorkCalendar(
  [
    { date: '2026-02-28', workday: true, name: '春节调休' },
    { date: '2026-04-04', workday: false, name: '清明节' },
    { date: '2026-04-05', workday: false, name: '清明节' },
    { date: '2026-04-06', workday: false, name: '清明节' },
  ],
  [2026],
);

describe('the hand-off state machine', () => {
  it('goes received → forwarded → arrived → accepted, each step at its own centre', () => {
    let status: HandoffStatus = 'received';
    status = nextHandoffStatus(status, 'forward', 'from');
    expect(status).toBe('forwarded');
    status = nextHandoffStatus(status, 'arrive', 'to');
    expect(status).toBe('arrived');
    status = nextHandoffStatus(status, 'accept', 'to');
    expect(status).toBe('accepted');
    expect(isClosedHandoff(status)).toBe(true);
  });

  it('lets the accepting centre return it while in transit or once arrived, never after accepting', () => {
    expect(nextHandoffStatus('forwarded', 'return', 'to')).toBe('returned');
    expect(nextHandoffStatus('arrived', 'return', 'to')).toBe('returned');
    for (const status of ['received', 'accepted', 'returned'] as const) {
      expect(() => nextHandoffStatus(status, 'return', 'to')).toThrow(
        expect.objectContaining({ code: 'handoff.invalid_transition' }),
      );
    }
  });

  it('refuses steps out of order', () => {
    expect(() => nextHandoffStatus('received', 'arrive', 'to')).toThrow(
      expect.objectContaining({ code: 'handoff.invalid_transition' }),
    );
    expect(() => nextHandoffStatus('forwarded', 'accept', 'to')).toThrow(
      expect.objectContaining({ code: 'handoff.invalid_transition' }),
    );
    expect(() => nextHandoffStatus('forwarded', 'forward', 'from')).toThrow(
      expect.objectContaining({ code: 'handoff.invalid_transition' }),
    );
    expect(() => nextHandoffStatus('accepted', 'accept', 'to')).toThrow(
      expect.objectContaining({ code: 'handoff.invalid_transition' }),
    );
  });

  it("refuses the other centre's steps", () => {
    expect(() => nextHandoffStatus('received', 'forward', 'to')).toThrow(
      expect.objectContaining({ code: 'handoff.not_your_step' }),
    );
    expect(() => nextHandoffStatus('forwarded', 'arrive', 'from')).toThrow(
      expect.objectContaining({ code: 'handoff.not_your_step' }),
    );
    expect(() => nextHandoffStatus('arrived', 'accept', 'from')).toThrow(
      expect.objectContaining({ code: 'handoff.not_your_step' }),
    );
    expect(() => nextHandoffStatus('arrived', 'return', 'from')).toThrow(
      expect.objectContaining({ code: 'handoff.not_your_step' }),
    );
  });
});

describe('the forwarding limit', () => {
  it('counts working days after the receipt day', () => {
    // Monday 2026-03-02 + 2 working days = Wednesday 03-04.
    expect(handoffForwardDue(calendar, '2026-03-02', 2)).toBe('2026-03-04');
    // Friday 04-03 before 清明 (Sat–Mon off): Tuesday 04-07 is the first working day, 04-08 the second.
    expect(handoffForwardDue(calendar, '2026-04-03', 2)).toBe('2026-04-08');
    // Friday 02-27, then the Saturday makeup day 02-28 counts: due Monday 03-02.
    expect(handoffForwardDue(calendar, '2026-02-27', 2)).toBe('2026-03-02');
    // Received on a Saturday morning (centres open at weekends): due Tuesday 03-10.
    expect(handoffForwardDue(calendar, '2026-03-07', 2)).toBe('2026-03-10');
  });

  it('is late when not forwarded by the end of the due day', () => {
    expect(isForwardLate('2026-03-04', null, '2026-03-04')).toBe(false);
    expect(isForwardLate('2026-03-04', null, '2026-03-05')).toBe(true);
    expect(isForwardLate('2026-03-04', '2026-03-04', '2026-03-20')).toBe(false);
    expect(isForwardLate('2026-03-04', '2026-03-05', '2026-03-20')).toBe(true);
  });
});
