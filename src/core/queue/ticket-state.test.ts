import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors.js';
import { callAnnouncement, formatTicketNumber } from './ticket-number.js';
import { assertNoShowAllowed, assertTicketAction } from './ticket-state.js';

describe('ticket numbers', () => {
  it('pads the sequence to three digits and grows past 999', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('B', 42)).toBe('B042');
    expect(formatTicketNumber('C', 1000)).toBe('C1000');
  });

  it('announces a call the way the hall reads it', () => {
    expect(callAnnouncement('A001', '3号窗口')).toBe('请A001号到3号窗口办理');
  });
});

describe('ticket states', () => {
  it('allows recall and start only on a called ticket', () => {
    expect(() => assertTicketAction('called', 'recall')).not.toThrow();
    expect(() => assertTicketAction('waiting', 'start')).toThrow(RuleError);
    expect(() => assertTicketAction('done', 'recall')).toThrow(/已完成/);
    expect(() => assertTicketAction('serving', 'finish')).not.toThrow();
  });

  it('makes a no-show only after the last unanswered call', () => {
    expect(() => assertNoShowAllowed(2, 3)).toThrow(expect.objectContaining({ code: 'ticket.too_few_calls' }));
    expect(() => assertNoShowAllowed(3, 3)).not.toThrow();
  });
});
