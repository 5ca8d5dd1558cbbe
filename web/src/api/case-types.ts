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

export type NoticeKind = 'acceptance' | 'one_time' | 'refusal' | 'supplement' | 'decision';

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
  startedOn: string;
  endedOn: string | null;
  workingDays: number | null;
}

export interface CaseDetail {
  case: Case;
  events: CaseEvent[];
  notices: Notice[];
  pauses: CasePause[];
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

export interface RatingFlag {
  ratingId: string;
  level: RatingLevel;
  comment: string | null;
  createdAt: string;
  windowName: string | null;
  clerkName: string | null;
  ticketNumber: string | null;
  status: string;
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
