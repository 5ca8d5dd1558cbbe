/**
 * Complaints, rating appeals and the staff record as the API sends them. Re-exported by `./types`.
 */
import type { Followup } from './case-types';

export type ComplaintChannel = 'desk' | 'phone' | 'online';
export type ComplaintStatus = 'open' | 'assigned' | 'answered' | 'closed';
export type ComplaintSatisfaction = 'satisfied' | 'basically_satisfied' | 'unsatisfied';

/** A complaint in a list: the complainant's name and phone masked. */
export interface Complaint {
  id: string;
  number: string;
  channel: ComplaintChannel;
  category: string;
  categoryLabel: string;
  complainant: { name: string; phone: string };
  content: string;
  caseNumber: string | null;
  staffId: string | null;
  staffName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: ComplaintStatus;
  statusLabel: string;
  receivedAt: string;
  receivedOn: string;
  receivedByName: string | null;
  answerDue: string;
  answer: string | null;
  answeredAt: string | null;
  answeredOn: string | null;
  answeredByName: string | null;
  answerDays: number | null;
  satisfaction: ComplaintSatisfaction | null;
  closedAt: string | null;
  isOverdue: boolean;
  wasAnsweredLate: boolean;
}

export interface ComplaintEvent {
  kind: string;
  at: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

/** The detail: the complainant in full (for the call back) and every step. */
export interface ComplaintDetail extends Complaint {
  events: ComplaintEvent[];
}

export interface ComplaintRecordBody {
  channel: 'desk' | 'phone';
  category: string;
  complainantName: string;
  complainantPhone: string;
  content: string;
  caseNumber?: string;
  staffId?: string;
  /** One per opened form: a double click records one complaint. */
  requestId?: string;
}

export type ComplaintOnlineBody = Omit<ComplaintRecordBody, 'channel' | 'staffId' | 'requestId'>;

export type ComplaintStep =
  | { action: 'classify'; category: string }
  | { action: 'assign'; userId: string }
  | { action: 'answer'; answer: string }
  | { action: 'satisfaction'; satisfaction: ComplaintSatisfaction }
  | { action: 'close' };

/** What the online lookup shows: never a name or a phone. */
export interface PublicComplaint {
  number: string;
  channel: ComplaintChannel;
  channelLabel: string;
  category: string;
  categoryLabel: string;
  content: string;
  status: ComplaintStatus;
  statusLabel: string;
  receivedOn: string;
  answerDue: string;
  answer: string | null;
  answeredOn: string | null;
  satisfaction: ComplaintSatisfaction | null;
  canGiveSatisfaction: boolean;
}

export interface SubmittedComplaint {
  number: string;
  lookupCode: string;
  receivedOn: string;
  answerDue: string;
}

export type AppealStatus = 'pending' | 'upheld' | 'rejected';

/** 误评申诉. */
export interface Appeal {
  id: string;
  ratingId: string;
  level: number;
  comment: string;
  ratedAt: string;
  windowName: string;
  clerkId: string;
  clerkName: string;
  reason: string;
  status: AppealStatus;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export type ResidentResponse = 'satisfied' | 'accepted' | 'unsatisfied' | 'unreachable';

/** 工作人员服务档案. Rates are fractions 0..1, null without a base. */
export interface StaffRecord {
  staff: { id: string; name: string; role: string; roleLabel: string };
  from: string;
  to: string;
  services: { total: number; counter: number; collection: number };
  ratings: {
    total: number;
    byLevel: Record<'1' | '2' | '3' | '4' | '5', number>;
    good: number;
    bad: number;
    goodRate: number | null;
    badRate: number | null;
    annulled: number;
    ratedRate: number | null;
  };
  badRatings: Followup[];
  upheldAppeals: {
    appealId: string;
    ratingId: string;
    level: number;
    comment: string;
    ratedOn: string;
    reason: string;
    decidedAt: string;
    decisionReason: string | null;
  }[];
  complaints: Complaint[];
}
