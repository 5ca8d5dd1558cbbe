/**
 * The API's objects of acceptance and after (docs/api.md): applicants, notices, cases, progress,
 * the dashboard and the administrator's calendar. Re-exported by `./types`.
 */
import type { CalendarDay, IdType, ItemKind, MaterialForm, RatingLevel } from './types';

export interface Applicant {
  idType: IdType;
  idNumber: string;
  name: string;
  phone: string;
}

export type NoticeKind =
  | 'acceptance'
  | 'one_time'
  | 'refusal'
  | 'supplement'
  | 'decision'
  | 'pause'
  | 'extension'
  | 'handoff';

export interface MissingMaterial {
  name: string;
  form: MaterialForm | string;
  copies: number;
}

export interface NoticeContent {
  title: string;
  itemName: string;
  applicantName: string;
  missing?: MissingMaterial[];
  reason?: string;
  caseNumber?: string;
  expectedDate?: string;
  promisedDays?: number;
  decision?: string;
  note?: string;
  /** A pause (特别程序): the step, and the working days it is expected to take. */
  pauseKind?: string;
  expectedDays?: number;
  /** An extension (延长办理期限): working days added and the deadline after the decision. */
  extensionDays?: number;
  newDeadline?: string;
  /** A hand-off (收件转送): its number, what was received, where it goes and by when. */
  handoffNumber?: string;
  received?: MissingMaterial[];
  toCentre?: { name: string; address: string; phone: string };
  forwardDue?: string;
}

export interface Notice {
  id: string;
  number: string;
  kind: NoticeKind;
  createdAt: string;
  content: NoticeContent;
  progressUrl?: string;
  qrDataUrl?: string;
}

export type CaseStatus = 'accepted' | 'finished' | 'in_progress' | 'paused' | 'ready' | 'collected';
export type CaseDecision = 'approved' | 'denied';
export type DeadlineWarning = 'none' | 'amber' | 'red';

export interface Case {
  id: string;
  number: string;
  itemCode: string;
  itemName: string;
  department: string;
  departmentName: string;
  kind: ItemKind;
  status: CaseStatus;
  statusLabel: string;
  decision: CaseDecision | null;
  decisionReason: string | null;
  acceptedAt: string;
  acceptedOn: string;
  deadline: string | null;
  pausedDays: number;
  /** Working days of the promised limit (承诺时限). */
  promisedDays?: number;
  /** Working days added by approved extensions. */
  extensionDays?: number;
  /** The kind of the running pause (supplement, public_notice, testing …), if any. */
  pauseKind?: string | null;
  workingDaysLeft: number | null;
  warning: DeadlineWarning;
  applicant: Applicant;
  finishedAt: string | null;
  decidedAt: string | null;
  collectedAt: string | null;
  /** Not in docs/api.md; the server sends the ids of the materials received at the window. */
  materialsReceived?: string[];
  /** Not in docs/api.md; who collected the result at the reply window. */
  collectorName?: string | null;
}

export interface CaseEvent {
  kind: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  at: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface CasePause {
  kind: string;
  reason: string | null;
  /** Working days the step was announced to take. */
  expectedDays?: number | null;
  startedOn: string;
  endedOn: string | null;
  workingDays: number | null;
}

export interface CaseExtensionEntry {
  id: string;
  days: number;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface CaseDetail {
  case: Case;
  events: CaseEvent[];
  notices: Notice[];
  pauses: CasePause[];
  /** Requests for more working days (延期), newest last. */
  extensions?: CaseExtensionEntry[];
}

export interface Progress {
  caseNumber: string;
  itemName: string;
  status: CaseStatus;
  statusLabel: string;
  acceptedOn: string;
  expectedDate: string | null;
  decision: CaseDecision | string | null;
  /** Not in docs/api.md. */
  kind?: ItemKind;
}

export interface DashboardToday {
  date: string;
  ticketsIssued: number;
  waitingNow: number;
  averageWaitMinutes: number | null;
  immediateAvgMinutes: number | null;
  accepted: number;
  finishedOnSpot: number;
  /** A fraction 0..1 of accepted immediate applications finished on the spot (null when none). */
  onSpotRate: number | null;
  dueSoon: number;
  overdue: number;
  ratings: number;
  badRatings: number;
  calendar: { nextYear: number; nextYearEntered: boolean };
  /** Not in docs/api.md: sent by the server and used when present. */
  noShows?: number;
  /** Not in docs/api.md: immediate applications accepted today (the base of `onSpotRate`). */
  acceptedImmediate?: number;
  /** Not in docs/api.md: bad ratings still waiting for follow-up. */
  openBadRatings?: number;
  /** Not in docs/api.md: the centre's targets (minutes; a fraction). */
  targets?: { immediateAvgMinutes: number; onSpotRate: number };
}

export type FollowupStatus = 'open' | 'contacted' | 'closed' | 'appealed' | 'annulled';

/** A bad rating's follow-up (差评整改), as `GET /followups` lists it (resident masked). */
export interface Followup {
  ratingId: string;
  level: RatingLevel;
  levelLabel: string;
  comment: string;
  stage: 'service' | 'acceptance' | 'completion';
  ratedAt: string;
  windowName: string;
  clerkId: string;
  clerkName: string;
  ticketNumber: string | null;
  caseId: string | null;
  caseNumber: string | null;
  itemName: string | null;
  resident: { name: string; phone: string | null } | null;
  status: FollowupStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  assignedByName: string | null;
  assignedAt: string | null;
  contactDue: string;
  closeDue: string;
  contactedAt: string | null;
  contactedOn: string | null;
  contactedByName: string | null;
  contactNote: string | null;
  cause: string | null;
  remedy: string | null;
  residentResponse: 'satisfied' | 'accepted' | 'unsatisfied' | 'unreachable' | null;
  closedAt: string | null;
  closedOn: string | null;
  closedByName: string | null;
  appeal: { id: string; status: 'pending' | 'upheld' | 'rejected' } | null;
  isContactOverdue: boolean;
  wasContactedLate: boolean;
  isCloseOverdue: boolean;
  wasClosedLate: boolean;
}

export interface CalendarYear {
  year: number;
  entered: boolean;
  days: CalendarDay[];
}

export interface CatalogueImport {
  departments: number;
  items: number;
}

/** The body of every error answer. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}
