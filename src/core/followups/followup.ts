/**
 * 差评整改: the life of a bad rating's follow-up. Every real-name bad rating is followed up: the
 * resident is contacted, the cause found, a fix made or an explanation given, and the resident's
 * response recorded (DOMAIN: 好差评; the follow-up rate for bad ratings is 100 %).
 *
 *   open → contacted → closed          (the two due dates count working days from the rating)
 *   open | contacted | closed → annulled  (an appeal against the rating was upheld)
 */
import { RuleError } from '../errors.js';
import type { IsoDate } from '../dates.js';

export const FOLLOWUP_STATUSES = ['open', 'contacted', 'closed', 'appealed', 'annulled'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];

export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, string> = {
  open: '待联系',
  contacted: '已联系，整改中',
  closed: '已办结',
  // Kept for the column's values; a pending appeal does not stop the follow-up (see appeals).
  appealed: '申诉中',
  annulled: '误评已撤销',
};

export const RESIDENT_RESPONSES = ['satisfied', 'accepted', 'unsatisfied', 'unreachable'] as const;
export type ResidentResponse = (typeof RESIDENT_RESPONSES)[number];

export const RESIDENT_RESPONSE_LABELS: Record<ResidentResponse, string> = {
  satisfied: '满意',
  accepted: '认可解释',
  unsatisfied: '仍不满意',
  unreachable: '无法联系',
};

/** A follow-up still owes work: not closed and not annulled. */
export function isPendingFollowup(status: FollowupStatus): boolean {
  return status === 'open' || status === 'contacted' || status === 'appealed';
}

export type FollowupAction = 'assign' | 'contact' | 'close';

/**
 * Guards a step of the follow-up. Closing needs a contact first: the cause and the fix are agreed
 * with the resident, not written at a desk. Contact is recorded once; a closed or annulled
 * follow-up takes no more steps.
 */
export function assertFollowupStep(status: FollowupStatus, action: FollowupAction): void {
  if (status === 'closed' || status === 'annulled') {
    throw new RuleError(
      'followup.finished',
      `该差评整改已${status === 'closed' ? '办结' : '撤销'}，不能再操作`,
      { status, action },
    );
  }
  if (action === 'contact' && status === 'contacted') {
    throw new RuleError('followup.already_contacted', '已记录联系情况，请填写整改结果并办结');
  }
  if (action === 'close' && status !== 'contacted') {
    throw new RuleError('followup.not_contacted', '请先联系评价人并记录联系情况，再办结整改');
  }
}

export interface FollowupTiming {
  /** Not contacted and the contact due date has passed. */
  isContactOverdue: boolean;
  /** Contacted, but after the contact due date. */
  wasContactedLate: boolean;
  /** Not closed and the close due date has passed. */
  isCloseOverdue: boolean;
  /** Closed, but after the close due date. */
  wasClosedLate: boolean;
}

/**
 * Whether the follow-up keeps its due dates. A due date is the last day allowed (the Nth working
 * day after the rating), so it is overdue from the day after. An annulled follow-up is never late.
 */
export function followupTiming(
  f: {
    status: FollowupStatus;
    contactDue: IsoDate;
    closeDue: IsoDate;
    contactedOn: IsoDate | null;
    closedOn: IsoDate | null;
  },
  today: IsoDate,
): FollowupTiming {
  if (f.status === 'annulled') {
    return {
      isContactOverdue: false,
      wasContactedLate: false,
      isCloseOverdue: false,
      wasClosedLate: false,
    };
  }
  return {
    isContactOverdue: f.contactedOn === null && today > f.contactDue,
    wasContactedLate: f.contactedOn !== null && f.contactedOn > f.contactDue,
    isCloseOverdue: f.closedOn === null && today > f.closeDue,
    wasClosedLate: f.closedOn !== null && f.closedOn > f.closeDue,
  };
}
