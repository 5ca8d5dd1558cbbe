import { addWorkingDays, type WorkCalendar } from '../calendar/working-days.js';
import type { IsoDate } from '../dates.js';
import { RuleError } from '../errors.js';

/**
 * The life of a hand-off (收受分离): a centre receives an application for an item that the
 * centre of the applicant's registered or residential address must accept, and forwards the
 * materials there; that centre does the acceptance proper, or returns the materials.
 * received → forwarded (sent by the receiving centre) → arrived (at the accepting centre)
 * → accepted (a case there) | returned (not its item, or the materials do not do).
 */
export const HANDOFF_STATUSES = [
  'received',
  'forwarded',
  'arrived',
  'accepted',
  'returned',
] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export const HANDOFF_STATUS_LABELS: Record<HandoffStatus, string> = {
  received: '已收件，待转送',
  forwarded: '已转送，待接收',
  arrived: '材料已送达，待受理',
  accepted: '已受理',
  returned: '已退回',
};

export type HandoffAction = 'forward' | 'arrive' | 'accept' | 'return';

/** Which end of the hand-off a centre is: the receiving centre (`from`) or the accepting one (`to`). */
export type HandoffSide = 'from' | 'to';

const STEPS: Record<
  HandoffAction,
  { from: readonly HandoffStatus[]; to: HandoffStatus; side: HandoffSide; label: string }
> = {
  forward: { from: ['received'], to: 'forwarded', side: 'from', label: '转送材料' },
  arrive: { from: ['forwarded'], to: 'arrived', side: 'to', label: '接收材料' },
  accept: { from: ['arrived'], to: 'accepted', side: 'to', label: '受理' },
  // The accepting centre may turn a hand-off back as soon as it is told of it (not its item) or
  // once the materials are in front of it (they do not do); never after it has accepted.
  return: { from: ['forwarded', 'arrived'], to: 'returned', side: 'to', label: '退回' },
};

/**
 * The status after `action` taken by the centre at `side`, or a `handoff.not_your_step` error
 * (the other centre's step) / `handoff.invalid_transition` error (not from this status).
 */
export function nextHandoffStatus(
  status: HandoffStatus,
  action: HandoffAction,
  side: HandoffSide,
): HandoffStatus {
  const step = STEPS[action];
  if (step.side !== side) {
    const who = step.side === 'from' ? '收件中心' : '受理中心';
    throw new RuleError('handoff.not_your_step', `“${step.label}”须由${who}操作`, {
      action,
      side,
    });
  }
  if (!step.from.includes(status)) {
    throw new RuleError(
      'handoff.invalid_transition',
      `转送件当前状态为“${HANDOFF_STATUS_LABELS[status]}”，不能${step.label}`,
      { status, action },
    );
  }
  return step.to;
}

/** True once the hand-off is over: accepted there, or returned. */
export function isClosedHandoff(status: HandoffStatus): boolean {
  return status === 'accepted' || status === 'returned';
}

/**
 * The last working day by which the receiving centre must forward the materials: the receipt
 * day is day 0 and `days` working days follow (the same counting as every time limit, art. 82
 * of the Administrative Licensing Law; older Shanghai guides give 2 working days to forward).
 */
export function handoffForwardDue(
  calendar: WorkCalendar,
  receivedOn: IsoDate,
  days: number,
): IsoDate {
  return addWorkingDays(calendar, receivedOn, days).deadline;
}

/**
 * Late: not forwarded by the end of the due day. A hand-off forwarded on a later day stays late
 * on the record; one not yet forwarded turns late the day after the due day.
 */
export function isForwardLate(
  forwardDue: IsoDate,
  forwardedOn: IsoDate | null,
  today: IsoDate,
): boolean {
  return (forwardedOn ?? today) > forwardDue;
}
