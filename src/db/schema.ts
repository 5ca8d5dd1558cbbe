/**
 * The database schema, one definition for PGlite and PostgreSQL. Every row a centre owns carries
 * `centre_id`, and every key a centre owns includes it. Facts the law needs kept (case events,
 * ticket events, notices, ratings) are append-only.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const centres = pgTable('centres', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  districtCode: text('district_code').notNull(),
  districtName: text('district_name').notNull(),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** City-wide catalogue: back-office lines of work. */
export const departments = pgTable('departments', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** City-wide catalogue: service items and their guides. */
export const items = pgTable(
  'items',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    departmentCode: text('department_code').notNull().references(() => departments.code),
    line: text('line').notNull(),
    kind: text('kind', { enum: ['immediate', 'committed'] }).notNull(),
    statutoryDays: integer('statutory_days').notNull(),
    promisedDays: integer('promised_days').notNull(),
    cityWide: boolean('city_wide').notNull().default(true),
    /** On the city's basic list of items every centre should offer (DB31/T 467 inclusion rate). */
    inBasicList: boolean('in_basic_list').notNull().default(true),
    /** Conditions, fee, legal basis, scope, visits, paused steps, keywords: the published guide. */
    guide: jsonb('guide').$type<ItemGuide>().notNull(),
    materials: jsonb('materials').$type<ItemMaterial[]>().notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('items_days', sql`${t.promisedDays} >= 0 and ${t.promisedDays} <= ${t.statutoryDays}`)],
);

export interface ItemMaterial {
  id: string;
  name: string;
  form: 'original' | 'copy' | 'electronic';
  copies: number;
  required: boolean;
}

export interface ItemGuide {
  scope: 'individual' | 'organisation';
  conditions: string[];
  fee: string;
  legalBasis: string;
  visits: number;
  holidayService: boolean;
  pausedSteps: { name: string; maxDays: number; basis: string }[];
  keywords: string[];
}

/** The working-day calendar: days that differ from the weekday rule, and the years entered. */
export const calendarDays = pgTable('calendar_days', {
  date: day('date').primaryKey(),
  workday: boolean('workday').notNull(),
  name: text('name'),
  source: text('source', { enum: ['chinese-days', 'admin'] }).notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source', { enum: ['chinese-days', 'admin'] }).notNull(),
  enteredAt: at('entered_at').notNull().defaultNow(),
});

/** Lines of business a centre's kiosk offers, each with its ticket letter. */
export const lines = pgTable(
  'lines',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    letter: text('letter').notNull(),
    name: text('name').notNull(),
    icon: text('icon').notNull().default('appstore'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.letter] })],
);

/** Items a centre offers (all of the catalogue by default). */
export const centreItems = pgTable(
  'centre_items',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    itemCode: text('item_code').notNull().references(() => items.code),
    /** Handled in Yimen (the unified software) rather than on paper or in another system. */
    handledInSystem: boolean('handled_in_system').notNull().default(true),
    /** Working days left at which this item's cases turn amber; null takes the centre's setting. */
    amberDays: integer('amber_days'),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.itemCode] })],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Null only for district and city supervisors, who belong to no centre. */
    centreId: uuid('centre_id').references(() => centres.id),
    username: text('username').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['clerk', 'officer', 'manager', 'admin', 'district', 'city'] }).notNull(),
    /** The district a district supervisor oversees (centres.district_code). */
    districtCode: text('district_code'),
    /** An officer who heads their departments: sees every case of them, not only their own. */
    isDepartmentHead: boolean('is_department_head').notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    departmentCodes: text('department_codes').array().notNull().default(sql`'{}'::text[]`),
    isAllRound: boolean('is_all_round').notNull().default(false),
    /** Items this clerk is certified to accept; an all-round clerk may accept every item. */
    certifiedItems: text('certified_items').array().notNull().default(sql`'{}'::text[]`),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username').on(t.username),
    check('users_scope', sql`(${t.role} in ('district', 'city')) = (${t.centreId} is null) and (${t.role} = 'district') = (${t.districtCode} is not null)`),
  ],
);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie's token: a stolen table does not hand out sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  centreId: uuid('centre_id').references(() => centres.id),
  createdAt: at('created_at').notNull(),
  expiresAt: at('expires_at').notNull(),
});

export const windows = pgTable(
  'windows',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['comprehensive', 'specialised', 'reply', 'cashier'] }).notNull(),
    lines: text('lines').array().notNull(),
    clerkId: uuid('clerk_id').references(() => users.id),
    seatedAt: at('seated_at'),
    isOpen: boolean('is_open').notNull().default(true),
  },
  (t) => [uniqueIndex('windows_centre_number').on(t.centreId, t.number)],
);

/** The last number given per line per business day; bumped atomically when a ticket is issued. */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    businessDate: day('business_date').notNull(),
    line: text('line').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.businessDate, t.line] })],
);

export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    businessDate: day('business_date').notNull(),
    line: text('line').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    status: text('status', { enum: ['waiting', 'called', 'serving', 'held', 'done', 'no_show'] }).notNull(),
    issuedAt: at('issued_at').notNull(),
    /**
     * Where the ticket stands in the queue: its issue time, kept on a transfer (fairness), and set
     * a few places back when a no-show is reinstated.
     */
    queueAt: at('queue_at').notNull(),
    /** A priority-lane reason code (绿色通道), or null. */
    priority: text('priority'),
    appointmentId: uuid('appointment_id'),
    /** A transfer to one window: only that window calls it. */
    targetWindowId: uuid('target_window_id').references(() => windows.id),
    heldAt: at('held_at'),
    /** A phone number left at the kiosk for "your turn is near"; cleared once the message is queued. */
    notifyPhone: text('notify_phone'),
    calledAt: at('called_at'),
    calls: smallint('calls').notNull().default(0),
    windowId: uuid('window_id').references(() => windows.id),
    clerkId: uuid('clerk_id').references(() => users.id),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
  },
  (t) => [
    uniqueIndex('tickets_centre_day_line_seq').on(t.centreId, t.businessDate, t.line, t.seq),
    index('tickets_waiting').on(t.centreId, t.businessDate, t.status, t.queueAt),
  ],
);

export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    windowId: uuid('window_id').references(() => windows.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('ticket_events_ticket').on(t.ticketId), index('ticket_events_centre_id').on(t.centreId, t.id)],
);

/** One resident served at one window: what a rating is given for. */
export const services = pgTable(
  'services',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    windowId: uuid('window_id').notNull().references(() => windows.id),
    clerkId: uuid('clerk_id').notNull().references(() => users.id),
    kind: text('kind', { enum: ['counter', 'collection'] }).notNull(),
    /** The case a collection service handed over (a counter service finds its case through cases.service_id). */
    caseId: uuid('case_id'),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    // A ticket can be served more than once (transferred, or held and resumed): one service each time.
    index('services_ticket').on(t.ticketId),
    index('services_window').on(t.windowId, t.startedAt),
  ],
);

export const applicants = pgTable(
  'applicants',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    idType: text('id_type').notNull(),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [uniqueIndex('applicants_centre_id').on(t.centreId, t.idType, t.idNumber)],
);

export const caseCounters = pgTable(
  'case_counters',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    businessDate: day('business_date').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.businessDate] })],
);

export const cases = pgTable(
  'cases',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    number: text('number').notNull(),
    /** The client's id for the accept request: a double click returns the same case. */
    requestId: uuid('request_id').notNull(),
    itemCode: text('item_code').notNull().references(() => items.code),
    itemName: text('item_name').notNull(),
    departmentCode: text('department_code').notNull().references(() => departments.code),
    kind: text('kind', { enum: ['immediate', 'committed'] }).notNull(),
    status: text('status', {
      enum: ['accepted', 'finished', 'in_progress', 'paused', 'ready', 'collected'],
    }).notNull(),
    decision: text('decision', { enum: ['approved', 'denied'] }),
    decisionReason: text('decision_reason'),
    applicantId: uuid('applicant_id').notNull().references(() => applicants.id),
    idTail: text('id_tail').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    serviceId: uuid('service_id').references(() => services.id),
    clerkId: uuid('clerk_id').notNull().references(() => users.id),
    officerId: uuid('officer_id').references(() => users.id),
    materialsReceived: jsonb('materials_received').$type<string[]>().notNull(),
    promisedDays: integer('promised_days').notNull(),
    acceptedAt: at('accepted_at').notNull(),
    acceptedOn: day('accepted_on').notNull(),
    /** Kept equal to what `core/calendar/deadline.ts` computes from the case's history. */
    deadline: day('deadline').notNull(),
    pausedDays: integer('paused_days').notNull().default(0),
    /** Working days granted by approved extensions (行政许可法 art. 42). */
    extensionDays: integer('extension_days').notNull().default(0),
    /** 'none' | 'amber' | 'red', kept current by the deadline job and every transition. */
    warning: text('warning', { enum: ['none', 'amber', 'red'] }).notNull().default('none'),
    warningSince: day('warning_since'),
    /** The hand-off (收受分离) this case was accepted from, if any. */
    handoffId: uuid('handoff_id'),
    decidedAt: at('decided_at'),
    decidedOn: day('decided_on'),
    /** Working days from acceptance to decision with paused days taken out. */
    handlingDays: integer('handling_days'),
    /** Working days past the deadline when decided (0 when on time). */
    overdueDays: integer('overdue_days'),
    finishedAt: at('finished_at'),
    collectedAt: at('collected_at'),
    collectedBy: uuid('collected_by').references(() => users.id),
    collectorName: text('collector_name'),
  },
  (t) => [
    uniqueIndex('cases_centre_number').on(t.centreId, t.number),
    uniqueIndex('cases_centre_request').on(t.centreId, t.requestId),
    index('cases_centre_status_deadline').on(t.centreId, t.status, t.deadline),
    index('cases_centre_accepted_on').on(t.centreId, t.acceptedOn),
    index('cases_centre_decided_on').on(t.centreId, t.decidedOn),
    // The open overdue count (src/modules/indicators/open-overdue.query.ts) reads these two.
    index('cases_open_deadline')
      .on(t.deadline)
      .where(sql`${t.status} in ('in_progress', 'paused')`),
    index('cases_committed_decided_on')
      .on(t.decidedOn)
      .where(sql`${t.kind} = 'committed'`),
  ],
);

export const casePauses = pgTable(
  'case_pauses',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    /** supplement | public_notice | testing | appraisal | expert_review | hearing */
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    /** Working days the applicant was told the step will take (art. 45: told in writing). */
    expectedDays: integer('expected_days'),
    noticeId: uuid('notice_id'),
    startedBy: uuid('started_by').references(() => users.id),
    startedAt: at('started_at').notNull(),
    startedOn: day('started_on').notNull(),
    endedAt: at('ended_at'),
    endedOn: day('ended_on'),
  },
  (t) => [index('case_pauses_case').on(t.caseId)],
);

export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').notNull().references(() => users.id),
    ip: text('ip'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case').on(t.caseId)],
);

/** Written notices: acceptance receipts, one-time notices, refusals, supplement and decision notices. */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    number: text('number').notNull(),
    kind: text('kind', {
      enum: ['acceptance', 'one_time', 'refusal', 'supplement', 'decision', 'pause', 'extension', 'handoff'],
    }).notNull(),
    requestId: uuid('request_id'),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    caseId: uuid('case_id').references(() => cases.id),
    applicantId: uuid('applicant_id').notNull().references(() => applicants.id),
    itemCode: text('item_code').notNull().references(() => items.code),
    content: jsonb('content').$type<NoticeContent>().notNull(),
    createdAt: at('created_at').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
  },
  (t) => [
    uniqueIndex('notices_centre_number').on(t.centreId, t.number),
    uniqueIndex('notices_centre_request').on(t.centreId, t.requestId),
    index('notices_case').on(t.caseId),
  ],
);

export interface NoticeContent {
  title: string;
  itemName: string;
  applicantName: string;
  missing?: { name: string; form: string; copies: number }[];
  reason?: string;
  caseNumber?: string;
  expectedDate?: string;
  promisedDays?: number;
  decision?: string;
  note?: string;
  /** A pause (art. 45): the step's name and how many working days it is expected to take. */
  pauseKind?: string;
  expectedDays?: number;
  /** An extension: working days added and the new deadline. */
  extensionDays?: number;
  newDeadline?: string;
  /** A hand-off (收受分离): its number, the materials received, where they go and by when. */
  handoffNumber?: string;
  received?: { name: string; form: string; copies: number }[];
  toCentre?: { name: string; address: string; phone: string };
  forwardDue?: string;
}

export const noticeCounters = pgTable(
  'notice_counters',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.year] })],
);

export const ratings = pgTable(
  'ratings',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    serviceId: uuid('service_id').notNull().references(() => services.id),
    windowId: uuid('window_id').notNull().references(() => windows.id),
    clerkId: uuid('clerk_id').notNull().references(() => users.id),
    /** The case rated, when the service was its acceptance or its collection. */
    caseId: uuid('case_id'),
    /** service (an immediate item or a consultation) | acceptance | completion (a committed case's two ratings). */
    stage: text('stage', { enum: ['service', 'acceptance', 'completion'] }).notNull().default('service'),
    level: smallint('level').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: at('created_at').notNull(),
    createdOn: day('created_on').notNull(),
    /** Set when an appeal is upheld: the rating stays on record but counts in no indicator. */
    annulledAt: at('annulled_at'),
  },
  (t) => [
    uniqueIndex('ratings_service').on(t.serviceId),
    index('ratings_centre_day').on(t.centreId, t.createdOn),
    check('ratings_level', sql`${t.level} between 1 and 5`),
  ],
);

/**
 * 差评整改: every bad rating (1–2) opens a follow-up: contact the resident within a working day,
 * close within five (settings), with the contact, the cause, the fix and the resident's response.
 */
export const ratingFollowups = pgTable(
  'rating_followups',
  {
    ratingId: uuid('rating_id').primaryKey().references(() => ratings.id),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    status: text('status', { enum: ['open', 'contacted', 'closed', 'appealed', 'annulled'] }).notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: at('assigned_at'),
    contactDue: day('contact_due').notNull(),
    closeDue: day('close_due').notNull(),
    contactedAt: at('contacted_at'),
    contactedOn: day('contacted_on'),
    contactedBy: uuid('contacted_by').references(() => users.id),
    contactNote: text('contact_note'),
    cause: text('cause'),
    remedy: text('remedy'),
    residentResponse: text('resident_response', { enum: ['satisfied', 'accepted', 'unsatisfied', 'unreachable'] }),
    closedAt: at('closed_at'),
    closedOn: day('closed_on'),
    closedBy: uuid('closed_by').references(() => users.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('rating_followups_centre_status').on(t.centreId, t.status)],
);

/** An appeal against a rating given in error (误评申诉), decided by the centre manager. */
export const ratingAppeals = pgTable(
  'rating_appeals',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    ratingId: uuid('rating_id').notNull().references(() => ratings.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'upheld', 'rejected'] }).notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: at('requested_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    uniqueIndex('rating_appeals_one_pending').on(t.ratingId).where(sql`status = 'pending'`),
    index('rating_appeals_centre').on(t.centreId, t.status),
  ],
);

/** 投诉: received at the desk, by phone (hotline log) or online; classified, assigned, answered. */
export const complaints = pgTable(
  'complaints',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    number: text('number').notNull(),
    channel: text('channel', { enum: ['desk', 'phone', 'online'] }).notNull(),
    category: text('category').notNull(),
    complainantName: text('complainant_name').notNull(),
    complainantPhone: text('complainant_phone').notNull(),
    content: text('content').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    /** The staff member the complaint is about, if any: it goes on their record. */
    staffId: uuid('staff_id').references(() => users.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    status: text('status', { enum: ['open', 'assigned', 'answered', 'closed'] }).notNull(),
    receivedAt: at('received_at').notNull(),
    receivedOn: day('received_on').notNull(),
    receivedBy: uuid('received_by').references(() => users.id),
    answerDue: day('answer_due').notNull(),
    answer: text('answer'),
    answeredAt: at('answered_at'),
    answeredOn: day('answered_on'),
    answeredBy: uuid('answered_by').references(() => users.id),
    /** Working days from receipt to answer. */
    answerDays: integer('answer_days'),
    satisfaction: text('satisfaction', { enum: ['satisfied', 'basically_satisfied', 'unsatisfied'] }),
    closedAt: at('closed_at'),
    /** SHA-256 of the lookup code given to the complainant: with the number, it opens the public answer page. */
    lookupCodeHash: text('lookup_code_hash'),
    /** The client's id for the recording request: a double click records one complaint. */
    requestId: uuid('request_id'),
  },
  (t) => [
    uniqueIndex('complaints_centre_number').on(t.centreId, t.number),
    uniqueIndex('complaints_centre_request').on(t.centreId, t.requestId),
    index('complaints_centre_received').on(t.centreId, t.receivedOn),
  ],
);

export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    complaintId: uuid('complaint_id').notNull().references(() => complaints.id),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('complaint_events_complaint').on(t.complaintId)],
);

/** Per-centre, per-year sequences for numbered records other than notices (complaints, hand-offs). */
export const recordCounters = pgTable(
  'record_counters',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.kind, t.year] })],
);

/** An officer's request for more working days (art. 42), approved or refused by the centre manager. */
export const caseExtensions = pgTable(
  'case_extensions',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    days: integer('days').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'refused'] }).notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull().references(() => users.id),
    requestedAt: at('requested_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionReason: text('decision_reason'),
    noticeId: uuid('notice_id'),
  },
  (t) => [
    uniqueIndex('case_extensions_one_pending').on(t.caseId).where(sql`status = 'pending'`),
    index('case_extensions_centre_status').on(t.centreId, t.status),
  ],
);

/**
 * 收受分离: a centre receives an application for an item another centre must accept, and forwards
 * the materials record within its own small limit; both centres follow it here.
 */
export const handoffs = pgTable(
  'handoffs',
  {
    id: id(),
    number: text('number').notNull(),
    fromCentreId: uuid('from_centre_id').notNull().references(() => centres.id),
    toCentreId: uuid('to_centre_id').notNull().references(() => centres.id),
    itemCode: text('item_code').notNull().references(() => items.code),
    idType: text('id_type').notNull(),
    idNumber: text('id_number').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    materialsReceived: jsonb('materials_received').$type<string[]>().notNull(),
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['received', 'forwarded', 'arrived', 'accepted', 'returned'] }).notNull(),
    receivedAt: at('received_at').notNull(),
    receivedOn: day('received_on').notNull(),
    receivedBy: uuid('received_by').notNull().references(() => users.id),
    /** The last working day by which the materials must be forwarded. */
    forwardDue: day('forward_due').notNull(),
    forwardedAt: at('forwarded_at'),
    arrivedAt: at('arrived_at'),
    caseId: uuid('case_id').references(() => cases.id),
    closedAt: at('closed_at'),
    returnReason: text('return_reason'),
  },
  (t) => [
    uniqueIndex('handoffs_from_number').on(t.fromCentreId, t.number),
    index('handoffs_to_status').on(t.toCentreId, t.status),
    index('handoffs_from_status').on(t.fromCentreId, t.status),
  ],
);

export const handoffEvents = pgTable(
  'handoff_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    handoffId: uuid('handoff_id').notNull().references(() => handoffs.id),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    kind: text('kind').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').notNull().references(() => users.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('handoff_events_handoff').on(t.handoffId)],
);

/** What the deadline job found for a centre on a day: the daily digest (cases turning amber or red tomorrow). */
export const deadlineDigests = pgTable(
  'deadline_digests',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    day: day('day').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.day] })],
);

/** When each background job last ran, so a job run twice on one day does its work once. */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    key: text('key').notNull(),
    ranAt: at('ran_at').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.job, t.key] })],
);

/**
 * Pre-aggregated figures per centre per business day, the sums every indicator is a ratio of.
 * Maintained from the raw rows: triggers mark (centre, day) pairs dirty in `figure_dirty`, and
 * `refreshFigures` recomputes exactly those pairs with the same query the plain path runs, so the
 * fast and the plain path give identical numbers. Rows imported from a report upload carry
 * `source = 'upload'` and have no raw rows behind them.
 */
export const centreDayFigures = pgTable(
  'centre_day_figures',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    day: day('day').notNull(),
    source: text('source', { enum: ['local', 'upload'] }).notNull().default('local'),
    ticketsIssued: integer('tickets_issued').notNull().default(0),
    ticketsNoShow: integer('tickets_no_show').notNull().default(0),
    waitCount: integer('wait_count').notNull().default(0),
    waitSecondsSum: bigint('wait_seconds_sum', { mode: 'number' }).notNull().default(0),
    appointmentsDue: integer('appointments_due').notNull().default(0),
    appointmentsShown: integer('appointments_shown').notNull().default(0),
    casesAccepted: integer('cases_accepted').notNull().default(0),
    casesOnSpot: integer('cases_on_spot').notNull().default(0),
    immediateCount: integer('immediate_count').notNull().default(0),
    immediateSecondsSum: bigint('immediate_seconds_sum', { mode: 'number' }).notNull().default(0),
    committedDecided: integer('committed_decided').notNull().default(0),
    committedDaysSum: integer('committed_days_sum').notNull().default(0),
    committedOnTime: integer('committed_on_time').notNull().default(0),
    committedOverdue: integer('committed_overdue').notNull().default(0),
    committedOverdueDaysSum: integer('committed_overdue_days_sum').notNull().default(0),
    oneTimeNotices: integer('one_time_notices').notNull().default(0),
    refusals: integer('refusals').notNull().default(0),
    ratingsCount: integer('ratings_count').notNull().default(0),
    ratingsGood: integer('ratings_good').notNull().default(0),
    ratingsBad: integer('ratings_bad').notNull().default(0),
    followupsDue: integer('followups_due').notNull().default(0),
    followupsDone: integer('followups_done').notNull().default(0),
    followupsOnTime: integer('followups_on_time').notNull().default(0),
    complaintsCount: integer('complaints_count').notNull().default(0),
    complaintsAnswered: integer('complaints_answered').notNull().default(0),
    complaintsAnswerDaysSum: integer('complaints_answer_days_sum').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.day] }), index('centre_day_figures_day').on(t.day)],
);

/** Waits in whole minutes per centre and day, so a 90th percentile over any range is exact. */
export const centreDayWaits = pgTable(
  'centre_day_waits',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    day: day('day').notNull(),
    minute: integer('minute').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.day, t.minute] })],
);

/** (centre, day) pairs whose raw rows changed since their figures were computed. */
export const figureDirty = pgTable(
  'figure_dirty',
  {
    centreId: uuid('centre_id').notNull(),
    day: day('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.day] })],
);

/**
 * A centre's standing figures as of a day (windows, clerks, items offered): recorded for centres
 * whose data arrive by report upload, and by the figures job for local centres, so the ratios
 * of windows, clerks and items have the same source for every centre.
 */
export const centreSnapshots = pgTable(
  'centre_snapshots',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    asOf: day('as_of').notNull(),
    source: text('source', { enum: ['local', 'upload'] }).notNull(),
    acceptanceWindows: integer('acceptance_windows').notNull(),
    comprehensiveWindows: integer('comprehensive_windows').notNull(),
    frontClerks: integer('front_clerks').notNull(),
    allRoundClerks: integer('all_round_clerks').notNull(),
    itemsOffered: integer('items_offered').notNull(),
    itemsInSystem: integer('items_in_system').notNull(),
    basicItemsOffered: integer('basic_items_offered').notNull(),
    basicItems: integer('basic_items').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.asOf] })],
);

/** A report batch imported from a centre (数据上传): importing the same batch twice changes nothing. */
export const reportBatches = pgTable(
  'report_batches',
  {
    batchId: text('batch_id').primaryKey(),
    formatVersion: text('format_version').notNull(),
    centreCode: text('centre_code').notNull(),
    periodFrom: day('period_from').notNull(),
    periodTo: day('period_to').notNull(),
    manifest: jsonb('manifest').$type<Record<string, unknown>>().notNull(),
    /** The batch's cases.jsonl: open and overdue committed cases and bad ratings, personal data masked. */
    cases: jsonb('cases').$type<Record<string, unknown>[]>().notNull().default([]),
    importedAt: at('imported_at').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
  },
  (t) => [index('report_batches_centre').on(t.centreCode, t.periodFrom)],
);

/** Centre settings as keyed JSON values (amber threshold, calls before a no-show, …). */
export const settings = pgTable(
  'settings',
  {
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.key] })],
);

export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
});

/** Booked visits: a date, a time band and an item, one a person a day, capped per centre and band. */
export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    code: text('code').notNull(),
    date: day('date').notNull(),
    band: text('band').notNull(),
    itemCode: text('item_code').notNull().references(() => items.code),
    idType: text('id_type').notNull(),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    status: text('status', { enum: ['booked', 'cancelled', 'checked_in', 'no_show'] }).notNull(),
    createdAt: at('created_at').notNull(),
    cancelledAt: at('cancelled_at'),
    checkedInAt: at('checked_in_at'),
    ticketId: uuid('ticket_id').references(() => tickets.id),
  },
  (t) => [
    uniqueIndex('appointments_centre_code').on(t.centreId, t.code),
    uniqueIndex('appointments_one_a_day')
      .on(t.centreId, t.date, t.idType, t.idNumber)
      .where(sql`status in ('booked', 'checked_in')`),
    index('appointments_centre_date_band').on(t.centreId, t.date, t.band),
  ],
);

/** Messages to residents ("your turn is near"), sent by a pluggable sender. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    channel: text('channel', { enum: ['sms'] }).notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: at('created_at').notNull(),
    sentAt: at('sent_at'),
  },
  (t) => [index('outbox_pending').on(t.status, t.id)],
);
