/**
 * The objects of the HTTP API (docs/api.md), as the console receives them.
 * Dates named `…On`, `date`, `deadline`, `expectedDate` are business dates (YYYY-MM-DD,
 * Asia/Shanghai); names ending in `At` are ISO 8601 instants.
 */

/** Centre staff, and the district and city supervisors (who belong to no centre). */
export type Role = 'clerk' | 'officer' | 'manager' | 'admin' | 'district' | 'city';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  /** Null for district and city supervisors. */
  centreCode: string | null;
  centreName: string | null;
  /** The district a district supervisor oversees (310104). */
  districtCode: string | null;
  departmentCodes: string[];
  isAllRound: boolean;
  /** An officer who heads their departments: sees every case of them. */
  isDepartmentHead: boolean;
}

/** A member of a centre's staff: every centre page has one of these. */
export interface CentreUser extends SessionUser {
  centreCode: string;
  centreName: string;
}

export interface Meta {
  demo: boolean;
  version: string;
  now: string;
  businessDate: string;
  database: string;
  /** The address residents reach (YIMEN_PUBLIC_URL), for QR codes. */
  publicUrl: string;
}

export interface DeadlineAnswer {
  from: string;
  days: number;
  deadline: string;
  provisional: boolean;
}

export interface CalendarDay {
  date: string;
  workday: boolean;
  name: string | null;
}

export type IdType =
  | 'resident_id'
  | 'hk_macau_permit'
  | 'taiwan_permit'
  | 'foreign_permanent_id'
  | 'passport';

export type Sex = 'male' | 'female';

export type IdentityCheck =
  | { valid: true; normalized: string; birthDate?: string; sex?: Sex }
  | { valid: false; code: string; message: string };

export type ItemKind = 'immediate' | 'committed';
export type MaterialForm = 'original' | 'copy' | 'electronic';

export interface Material {
  id: string;
  name: string;
  form: MaterialForm;
  copies: number;
  required: boolean;
}

export interface ItemSummary {
  code: string;
  name: string;
  department: string;
  departmentName: string;
  line: string;
  kind: ItemKind;
  promisedDays: number;
  statutoryDays: number;
  cityWide: boolean;
  materials: Material[];
}

export interface PausedStep {
  name: string;
  maxDays: number;
  basis: string;
}

export interface ItemGuide extends ItemSummary {
  scope: 'individual' | 'organisation';
  conditions: string[];
  fee: string;
  legalBasis: string;
  visits: number;
  holidayService: boolean;
  pausedSteps: PausedStep[];
  keywords: string[];
  acceptedOn: string;
  expectedDate: string | null;
  expectedDateProvisional: boolean;
}

export interface Department {
  code: string;
  name: string;
}

export interface Centre {
  code: string;
  name: string;
  districtName: string;
  address: string;
  phone: string;
}

/** A centre as `GET /centres` lists it (public). */
export interface CentreSummary {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
}

/** A member of the signed-in manager's centre (`GET /staff`). */
export interface StaffMember {
  id: string;
  name: string;
  role: Role;
  departments: string[];
  isAllRound: boolean;
}

export interface Line {
  letter: string;
  name: string;
  icon: string;
  waiting: number;
}

export interface IssuedTicket {
  id: string;
  number: string;
  line: string;
  lineName: string;
  waitingAhead: number;
  issuedAt: string;
  businessDate: string;
}

export type WindowKind = 'comprehensive' | 'specialised' | 'reply' | 'cashier';

export interface ServiceWindow {
  id: string;
  number: number | string;
  name: string;
  kind: WindowKind;
  lines: string[];
}

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

export interface Ticket {
  id: string;
  number: string;
  line: string;
  status: TicketStatus;
  calls: number;
  issuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  windowId: string | null;
}

export interface WindowCurrent {
  window: ServiceWindow & { clerk: { id: string; name: string } | null };
  ticket: Ticket | null;
  serviceId: string | null;
}

export interface PadState {
  window: { id: string; name: string };
  pending: null | { serviceId: string; ticketNumber: string; clerkName: string; endedAt: string };
}

export type RatingLevel = 1 | 2 | 3 | 4 | 5;

export interface Rating {
  id: string;
  level: RatingLevel;
  isBad: boolean;
}

/** How an hour of the staffing plan fares with the windows open now. */
export type StaffingStatus = 'meets_target' | 'below_target' | 'overloaded';

/** One opening hour of the staffing plan (窗口配置测算). Shares are fractions 0..1. */
export interface StaffingHour {
  hour: number;
  /** "09:00–10:00" */
  label: string;
  arrivalsPerHour: number;
  meanServiceMinutes: number;
  offeredLoad: number;
  /** Null when even `maxWindows` windows cannot meet the target. */
  recommendedWindows: number | null;
  recommendedMeanWaitMinutes: number | null;
  recommendedShareWithinTarget: number | null;
  currentWindows: number;
  currentUtilisation: number | null;
  /** Null when the current windows cannot keep up: the queue keeps growing. */
  predictedMeanWaitMinutes: number | null;
  predictedShareWithinTarget: number | null;
  status: StaffingStatus;
  note: string | null;
}

export interface StaffingPlan {
  source: 'history' | 'entered';
  from: string | null;
  to: string | null;
  workingDays: number | null;
  targetMinutes: number;
  targetShare: number;
  maxWindows: number;
  currentWindows: number;
  service: {
    meanServiceMinutes: number;
    source: 'history' | 'entered' | 'default';
    services: number;
    lines: { line: string; services: number; meanServiceMinutes: number }[];
  };
  hours: StaffingHour[];
  notes: string[];
}

/** The service promise of a plan: `targetShare` of residents called within `targetMinutes`. */
export interface StaffingTarget {
  targetMinutes?: number;
  targetShare?: number;
}

export interface EnteredStaffing extends StaffingTarget {
  hours: { hour: number; arrivalsPerHour: number }[];
  meanServiceMinutes: number;
  /** Left out: the comprehensive windows open now. */
  currentWindows?: number;
}

/** Cases, notices and the manager's and administrator's objects. */
export type * from './case-types';

/** What the hall's board and window screens receive. */
export type * from './hall-types';

/** Time limits: pauses, extensions, deadline lists, the digest, results not collected. */
export type * from './time-limit-types';

/** Indicators, breakdowns, drill-downs, the league table and report batches. */
export type * from './indicator-types';

/** Complaints, rating appeals and the staff record. */
export type * from './complaint-types';

/** Hand-offs between centres (收受分离). */
export type * from './handoff-types';
