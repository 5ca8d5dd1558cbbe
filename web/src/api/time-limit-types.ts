/**
 * Time limits as the API sends them: pauses, extensions, deadline lists, the daily digest and
 * results not collected. Re-exported by `./types`.
 */
import type { Case, DeadlineWarning, Notice } from './case-types';

/** The steps whose time is not counted in a limit (行政许可法 art. 45, and 补正). */
export type PauseKind =
  'supplement' | 'public_notice' | 'testing' | 'appraisal' | 'expert_review' | 'hearing';

export interface PauseBody {
  kind: PauseKind;
  reason: string;
  expectedDays: number;
}

export type ExtensionStatus = 'pending' | 'approved' | 'refused';

export interface Extension {
  id: string;
  caseId: string;
  days: number;
  reason: string;
  status: ExtensionStatus;
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  noticeId: string | null;
}

/** `GET /extensions` adds the case it is for. */
export interface ExtensionRow extends Extension {
  caseNumber: string;
  itemName: string;
  department: string;
  deadline: string;
  /** Working days already granted to the case before this request. */
  grantedDays: number;
  requestedByName: string;
}

export interface ExtensionDecision {
  extension: Extension;
  case: Case;
  notice: Notice;
}

export type DeadlineView = 'mine' | 'department' | 'centre';

export interface DeadlineRow {
  caseId: string;
  number: string;
  itemCode: string;
  itemName: string;
  department: string;
  departmentName: string;
  officerId: string | null;
  officerName: string | null;
  acceptedOn: string;
  promisedDays: number;
  deadline: string;
  provisional: boolean;
  workingDaysLeft: number;
  warning: DeadlineWarning;
  warningSince: string | null;
  isPaused: boolean;
  pauseKind: string | null;
  pausedDays: number;
  extensionDays: number;
  hasPendingExtension: boolean;
}

export interface DeadlineList {
  view: DeadlineView;
  today: string;
  cases: DeadlineRow[];
}

export interface DigestEntry {
  caseId: string;
  number: string;
  itemName: string;
  department: string;
  officerName: string | null;
  deadline: string;
  workingDaysLeft: number;
  workingDaysLeftNext: number;
  isPaused: boolean;
}

/** 时限日报: what turns amber or red on the next working day, and what is overdue already. */
export interface Digest {
  day: string;
  createdAt: string;
  nextWorkingDay: string;
  turningAmber: DigestEntry[];
  turningRed: DigestEntry[];
  red: DigestEntry[];
}

export type ReminderChannel = 'phone' | 'sms' | 'letter';

export interface UncollectedRow {
  caseId: string;
  number: string;
  itemName: string;
  department: string;
  decision: string | null;
  decidedOn: string;
  workingDaysSinceDecision: number;
  applicant: { name: string; phone: string };
  reminders: number;
  lastReminder: { at: string; channel: string; note: string; actorName: string } | null;
}

export interface Uncollected {
  /** Working days after the decision from which a result counts as not collected. */
  uncollectedDays: number;
  cases: UncollectedRow[];
}

export interface Reminder {
  caseId: string;
  channel: string;
  note: string;
  at: string;
  reminders: number;
}
