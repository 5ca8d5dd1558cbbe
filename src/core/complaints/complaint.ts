/**
 * 投诉: a complaint received at the desk, by phone or online is numbered, classified, assigned,
 * answered within a number of working days (a setting), its complainant's satisfaction with the
 * answer recorded, and closed. Every step is kept as an event.
 *
 *   open → assigned → answered → closed     (assigning may be skipped: the manager answers)
 */
import { RuleError } from '../errors.js';
import type { IsoDate } from '../dates.js';

/** The fixed list of categories, with the labels the console shows. */
export const COMPLAINT_CATEGORIES = {
  attitude: '服务态度',
  efficiency: '办事效率',
  policy: '政策解释',
  discipline: '工作纪律',
  facilities: '环境设施',
  queue: '排队等候',
  other: '其他',
} as const;
export type ComplaintCategory = keyof typeof COMPLAINT_CATEGORIES;
export const COMPLAINT_CATEGORY_CODES = Object.keys(COMPLAINT_CATEGORIES) as [
  ComplaintCategory,
  ...ComplaintCategory[],
];

export const COMPLAINT_CHANNELS = { desk: '现场', phone: '电话', online: '网上' } as const;
export type ComplaintChannel = keyof typeof COMPLAINT_CHANNELS;

export const COMPLAINT_STATUSES = ['open', 'assigned', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  open: '待处理',
  assigned: '处理中',
  answered: '已答复',
  closed: '已办结',
};

export const COMPLAINT_SATISFACTION = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
} as const;
export type ComplaintSatisfaction = keyof typeof COMPLAINT_SATISFACTION;

/** Complaint numbers run per centre per year: TS2026000001. */
export function complaintNumber(year: number, seq: number): string {
  return `TS${year}${String(seq).padStart(6, '0')}`;
}

export const COMPLAINT_NUMBER_PATTERN = /^TS\d{10}$/;

export type ComplaintAction = 'classify' | 'assign' | 'answer' | 'satisfaction' | 'close';

/**
 * Guards a step and returns the status after it. The satisfaction asked of the complainant is with
 * the answer, so it needs an answer first; a complaint is closed only once answered.
 */
export function nextComplaintStatus(
  status: ComplaintStatus,
  action: ComplaintAction,
): ComplaintStatus {
  if (status === 'closed') throw new RuleError('complaint.closed', '该投诉已办结，不能再操作');
  switch (action) {
    case 'classify':
      return status;
    case 'assign':
      if (status === 'answered')
        throw new RuleError('complaint.already_answered', '该投诉已答复，不能再转办');
      return 'assigned';
    case 'answer':
      if (status === 'answered') throw new RuleError('complaint.already_answered', '该投诉已答复');
      return 'answered';
    case 'satisfaction':
      if (status !== 'answered')
        throw new RuleError('complaint.not_answered', '投诉尚未答复，答复后再记录满意度');
      return status;
    case 'close':
      if (status !== 'answered')
        throw new RuleError('complaint.not_answered', '投诉尚未答复，不能办结');
      return 'closed';
  }
}

/**
 * Whether the answer keeps its due date (the last working day allowed): overdue from the day
 * after it while unanswered, late when answered after it.
 */
export function complaintTiming(
  c: { answerDue: IsoDate; answeredOn: IsoDate | null },
  today: IsoDate,
): { isOverdue: boolean; wasAnsweredLate: boolean } {
  return {
    isOverdue: c.answeredOn === null && today > c.answerDue,
    wasAnsweredLate: c.answeredOn !== null && c.answeredOn > c.answerDue,
  };
}
