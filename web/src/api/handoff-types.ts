/**
 * Hand-offs between centres (收受分离) as the API sends them (docs/api.md, "Hand-off between
 * centres"). Re-exported by `./types`.
 */
import type { Applicant, Notice } from './case-types';

export type HandoffStatus = 'received' | 'forwarded' | 'arrived' | 'accepted' | 'returned';

/** Seen from the viewer's centre: it received and forwards (outgoing), or it accepts (incoming). */
export type HandoffDirection = 'outgoing' | 'incoming';

export interface Handoff {
  id: string;
  /** ZS2026000001 */
  number: string;
  direction: HandoffDirection;
  status: HandoffStatus;
  statusLabel: string;
  fromCentre: { code: string; name: string };
  toCentre: { code: string; name: string };
  itemCode: string;
  itemName: string;
  /** Masked in lists; in full in the detail for clerks and managers. */
  applicant: Applicant;
  /** Material ids of the item (m1, m2 …). */
  materialsReceived: string[];
  note: string;
  receivedAt: string;
  receivedOn: string;
  /** The last working day by which the receiving centre must forward the materials. */
  forwardDue: string;
  forwardedAt: string | null;
  arrivedAt: string | null;
  closedAt: string | null;
  returnReason: string | null;
  /** Not forwarded by the end of `forwardDue` (stays true once forwarded late). */
  isLate: boolean;
  /** The case the accepting centre created, once accepted. */
  case: { number: string; status: string; statusLabel: string } | null;
}

export interface HandoffEvent {
  kind: 'received' | 'forwarded' | 'arrived' | 'accepted' | 'returned' | string;
  at: string;
  centre: { code: string; name: string };
  actorName: string;
  data: Record<string, unknown>;
}

export interface HandoffDetail {
  handoff: Handoff;
  events: HandoffEvent[];
}

/** `POST /handoffs`: what the receiving centre's clerk records at the window. */
export interface HandoffBody {
  requestId: string;
  ticketId?: string;
  itemCode: string;
  toCentreCode: string;
  applicant: Applicant;
  materialsReceived: string[];
  note?: string;
}

export interface RecordedHandoff extends HandoffDetail {
  notice: Notice;
}

/** The public progress page's answer for a hand-off (no personal data). */
export interface HandoffProgress {
  handoffNumber: string;
  itemName: string;
  status: HandoffStatus | string;
  statusLabel: string;
  receivedOn: string;
  forwardDue: string;
  fromCentreName: string;
  toCentreName: string;
  caseNumber: string | null;
  caseStatusLabel: string | null;
  /** Why the accepting centre returned the application (returned hand-offs only). */
  returnReason: string | null;
}
