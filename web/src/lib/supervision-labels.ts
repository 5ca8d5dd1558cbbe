/** Chinese names of the time-limit, follow-up and complaint enumerations, as the console shows them. */
import type { AppealStatus, ExtensionStatus, PauseKind, ReminderChannel } from '../api/types';

// The server's own wording, shared rather than written twice (src/core is free of I/O).
import {
  MAX_PAUSE_EXPECTED_DAYS,
  PAUSE_KIND_LABELS,
  PAUSE_KINDS,
} from '../../../src/core/calendar/pauses';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SATISFACTION,
  COMPLAINT_STATUS_LABELS,
} from '../../../src/core/complaints/complaint';
import {
  FOLLOWUP_STATUS_LABELS,
  RESIDENT_RESPONSE_LABELS,
} from '../../../src/core/followups/followup';

export {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SATISFACTION,
  COMPLAINT_STATUS_LABELS,
  FOLLOWUP_STATUS_LABELS,
  MAX_PAUSE_EXPECTED_DAYS,
  PAUSE_KIND_LABELS,
  PAUSE_KINDS,
  RESIDENT_RESPONSE_LABELS,
};

/** The label of a pause kind sent as a plain string; unknown kinds are shown as sent. */
export function pauseKindLabel(kind: string | null | undefined): string {
  if (!kind) return '—';
  return PAUSE_KIND_LABELS[kind as PauseKind] ?? kind;
}

export const EXTENSION_STATUS_LABELS: Record<ExtensionStatus, { text: string; color: string }> = {
  pending: { text: '待审批', color: 'gold' },
  approved: { text: '已批准', color: 'green' },
  refused: { text: '不予延期', color: 'red' },
};

export const APPEAL_STATUS_LABELS: Record<AppealStatus, { text: string; color: string }> = {
  pending: { text: '待审核', color: 'gold' },
  upheld: { text: '申诉成立', color: 'green' },
  rejected: { text: '申诉不成立', color: 'default' },
};

export const REMINDER_CHANNEL_LABELS: Record<ReminderChannel, string> = {
  phone: '电话',
  sms: '短信',
  letter: '信函',
};

/** The label of a reminder channel sent as a plain string. */
export function reminderChannelLabel(channel: string): string {
  return REMINDER_CHANNEL_LABELS[channel as ReminderChannel] ?? channel;
}

/** The label of a complaint category sent as a plain string. */
export function complaintCategoryLabel(code: string): string {
  return (COMPLAINT_CATEGORIES as Record<string, string>)[code] ?? code;
}

const COMPLAINT_EVENT_LABELS: Record<string, string> = {
  received: '登记投诉',
  classify: '调整类别',
  classified: '调整类别',
  assign: '转办',
  assigned: '转办',
  answer: '答复',
  answered: '答复',
  satisfaction: '记录满意度',
  close: '办结',
  closed: '办结',
};

/** The Chinese name of a complaint event; unknown kinds are shown as sent. */
export function complaintEventLabel(kind: string): string {
  return COMPLAINT_EVENT_LABELS[kind] ?? kind;
}
