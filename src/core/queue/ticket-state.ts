import { RuleError } from '../errors.js';

/** waiting → called (one or more calls) → serving → done; called → no_show after the last unanswered call. */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'held', 'done', 'no_show'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  waiting: '等候中',
  called: '已叫号',
  serving: '办理中',
  held: '暂停等候',
  done: '已完成',
  no_show: '过号',
};

export type TicketAction = 'recall' | 'no_show' | 'start' | 'finish' | 'reinstate' | 'transfer' | 'hold' | 'resume';

const ALLOWED: Record<TicketAction, readonly TicketStatus[]> = {
  recall: ['called'],
  no_show: ['called'],
  start: ['called'],
  finish: ['serving'],
  reinstate: ['no_show'],
  transfer: ['called', 'serving'],
  hold: ['called', 'serving'],
  resume: ['held'],
};

/** Throws `ticket.invalid_state` unless the action is allowed from the ticket's status. */
export function assertTicketAction(status: TicketStatus, action: TicketAction): void {
  if (!ALLOWED[action].includes(status)) {
    throw new RuleError('ticket.invalid_state', `该号码当前状态为“${TICKET_STATUS_LABELS[status]}”，不能执行此操作`, {
      status,
      action,
    });
  }
}

/**
 * A ticket becomes a no-show only after it has been called `maxCalls` times without an answer
 * (three by default, a centre setting).
 */
export function assertNoShowAllowed(calls: number, maxCalls: number): void {
  if (calls < maxCalls) {
    throw new RuleError('ticket.too_few_calls', `需叫号${maxCalls}次无人应答后才能标记过号（已叫${calls}次）`, {
      calls,
      maxCalls,
    });
  }
}
