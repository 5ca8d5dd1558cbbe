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
  },
  (t) => [primaryKey({ columns: [t.centreId, t.itemCode] })],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    username: text('username').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['clerk', 'officer', 'manager', 'admin'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    departmentCodes: text('department_codes').array().notNull().default(sql`'{}'::text[]`),
    isAllRound: boolean('is_all_round').notNull().default(false),
    /** Items this clerk is certified to accept; an all-round clerk may accept every item. */
    certifiedItems: text('certified_items').array().notNull().default(sql`'{}'::text[]`),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username').on(t.username)],
);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie's token: a stolen table does not hand out sessions. */
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id),
  centreId: uuid('centre_id').notNull().references(() => centres.id),
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
    decidedAt: at('decided_at'),
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
  ],
);

export const casePauses = pgTable(
  'case_pauses',
  {
    id: id(),
    centreId: uuid('centre_id').notNull().references(() => centres.id),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
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
    kind: text('kind', { enum: ['acceptance', 'one_time', 'refusal', 'supplement', 'decision'] }).notNull(),
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
    level: smallint('level').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: at('created_at').notNull(),
    createdOn: day('created_on').notNull(),
  },
  (t) => [
    uniqueIndex('ratings_service').on(t.serviceId),
    index('ratings_centre_day').on(t.centreId, t.createdOn),
    check('ratings_level', sql`${t.level} between 1 and 5`),
  ],
);

/** A bad rating (1–2) flagged for the centre manager. */
export const ratingFlags = pgTable('rating_flags', {
  ratingId: uuid('rating_id').primaryKey().references(() => ratings.id),
  centreId: uuid('centre_id').notNull().references(() => centres.id),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  createdAt: at('created_at').notNull(),
});

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
