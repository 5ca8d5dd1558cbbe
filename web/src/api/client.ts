/**
 * The one API client of the console: every call of docs/api.md, typed.
 * Answers are JSON; a 4xx/5xx becomes an `ApiError` carrying the server's code and message.
 */
import type {
  Applicant,
  CalendarDay,
  CalendarYear,
  Case,
  CaseDetail,
  CatalogueImport,
  Centre,
  CentreSummary,
  DashboardToday,
  DeadlineAnswer,
  Department,
  EnteredStaffing,
  ErrorBody,
  Followup,
  FollowupStatus,
  IdType,
  IdentityCheck,
  IssuedTicket,
  ItemGuide,
  ItemSummary,
  Line,
  Meta,
  Notice,
  PadState,
  Progress,
  Rating,
  RatingLevel,
  ServiceWindow,
  SessionUser,
  StaffMember,
  StaffingPlan,
  StaffingTarget,
  Ticket,
} from './types';
import type { HallBoard, WindowScreen } from './hall-types';
import type {
  Appointment,
  AppointmentRow,
  Availability,
  BookingBody,
  CheckIn,
  HallMonitor,
  IssueTicketBody,
  KioskTicket,
  PriorityUse,
  QueueTicket,
  QueueWindowCurrent,
  TicketPosition,
  TransferTarget,
} from './queue-types';

export const API_BASE = '/api/v1';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A failed call: `code` is stable (e.g. `ticket.invalid_state`), `message` is for the clerk. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown>;

  constructor(options: {
    code: string;
    message: string;
    status: number;
    details?: Record<string, unknown>;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.details = options.details ?? {};
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    return new ApiError({ ...body.error, status: response.status });
  }
  return new ApiError({
    code: 'http.unexpected',
    message: `服务暂时不可用（HTTP ${response.status}），请稍后重试`,
    status: response.status,
  });
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON. Leave out for calls without a body (no content type is sent then). */
  json?: unknown;
  /** Sent as is, e.g. an uploaded file. */
  raw?: { body: Blob; type: string };
  query?: Record<string, string | number | undefined>;
}

/** The address of an API path with its query (for links: exports, downloads). */
export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/**
 * Sends one request. Resolves to the parsed JSON body, or `null` for a 204.
 * A network failure also becomes an `ApiError` (code `http.network`), so callers handle one type.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw) {
    headers['Content-Type'] = options.raw.type;
    body = options.raw.body;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ code: 'http.network', message: '网络连接失败，请检查网络后重试', status: 0 });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return null as T;
  return (await response.json()) as T;
}

const enc = encodeURIComponent;

export type IntakeBody = {
  requestId: string;
  ticketId: string;
  itemCode: string;
  applicant: Applicant;
};

/** 受理: of the ticket in service, or (收受分离) of a hand-off that arrived, without a ticket. */
export type AcceptBody = Omit<IntakeBody, 'ticketId'> & {
  ticketId?: string;
  handoffId?: string;
  materialsReceived: string[];
};

/** Every call of the API, grouped as docs/api.md groups them. */
export const api = {
  // Public and device routes
  meta: () => request<Meta>('/meta'),
  deadline: (from: string, days: number) =>
    request<DeadlineAnswer>('/calendar/deadline', { query: { from, days } }),
  calendarDay: (date: string) => request<CalendarDay>(`/calendar/days/${enc(date)}`),
  validateIdentity: (type: IdType, number: string) =>
    request<IdentityCheck>('/identity/validate', { method: 'POST', json: { type, number } }),
  items: (filter: { line?: string; department?: string; q?: string } = {}) =>
    request<{ items: ItemSummary[] }>('/items', { query: filter }),
  item: (code: string) => request<{ item: ItemGuide }>(`/items/${enc(code)}`),
  departments: () => request<{ departments: Department[] }>('/departments'),
  centre: (code: string) => request<{ centre: Centre; lines: Line[] }>(`/centres/${enc(code)}`),
  /** Every centre (code, name, district): where a hand-off can be sent. */
  centres: () => request<{ centres: CentreSummary[] }>('/centres'),
  takeTicket: (centreCode: string, line: string) =>
    request<IssuedTicket>(`/centres/${enc(centreCode)}/tickets`, { method: 'POST', json: { line } }),
  windows: (centreCode: string) =>
    request<{ windows: ServiceWindow[] }>(`/centres/${enc(centreCode)}/windows`),
  pad: (windowId: string) => request<PadState>(`/windows/${enc(windowId)}/pad`),
  rate: (body: { serviceId: string; level: RatingLevel; comment?: string }) =>
    request<{ rating: Rating }>('/ratings', { method: 'POST', json: body }),
  progress: (caseNumber: string, idTail: string) =>
    request<{ progress: Progress }>('/progress', { method: 'POST', json: { caseNumber, idTail } }),
  hallBoard: (centreCode: string) => request<HallBoard>(`/centres/${enc(centreCode)}/hall`),
  windowScreen: (windowId: string) => request<WindowScreen>(`/windows/${enc(windowId)}/screen`),
  /** A kiosk ticket with a priority reason or an ID number (70 or older: priority by age). */
  issueTicket: (centreCode: string, body: IssueTicketBody) =>
    request<KioskTicket>(`/centres/${enc(centreCode)}/tickets`, { method: 'POST', json: body }),
  ticketPosition: (ticketId: string) => request<TicketPosition>(`/tickets/${enc(ticketId)}/position`),
  availability: (centreCode: string, date?: string) =>
    request<Availability>(`/centres/${enc(centreCode)}/appointments/availability`, { query: { date } }),
  book: (centreCode: string, body: BookingBody) =>
    request<{ appointment: Appointment }>(`/centres/${enc(centreCode)}/appointments`, {
      method: 'POST',
      json: body,
    }),
  cancelBooking: (centreCode: string, body: { code: string; idTail: string }) =>
    request<{ appointment: Appointment }>(`/centres/${enc(centreCode)}/appointments/cancel`, {
      method: 'POST',
      json: body,
    }),
  /** Check-in at the kiosk with the 8-digit booking code or the ID number. */
  checkIn: (centreCode: string, body: { code: string } | { idNumber: string }) =>
    request<CheckIn>(`/centres/${enc(centreCode)}/appointments/check-in`, { method: 'POST', json: body }),

  // Session
  login: (username: string, password: string) =>
    request<{ user: SessionUser }>('/auth/login', { method: 'POST', json: { username, password } }),
  logout: () => request<null>('/auth/logout', { method: 'POST' }),
  me: () => request<{ user: SessionUser }>('/auth/me'),

  // Front window
  windowCurrent: (windowId: string) => request<QueueWindowCurrent>(`/windows/${enc(windowId)}/current`),
  /** `null` when nobody is waiting (204). */
  callNext: (windowId: string) =>
    request<{ ticket: Ticket } | null>(`/windows/${enc(windowId)}/call-next`, { method: 'POST' }),
  leaveWindow: (windowId: string) =>
    request<null>(`/windows/${enc(windowId)}/leave`, { method: 'POST' }),
  recall: (ticketId: string) =>
    request<{ ticket: Ticket }>(`/tickets/${enc(ticketId)}/recall`, { method: 'POST' }),
  noShow: (ticketId: string) =>
    request<{ ticket: Ticket }>(`/tickets/${enc(ticketId)}/no-show`, { method: 'POST' }),
  start: (ticketId: string) =>
    request<{ ticket: Ticket; serviceId: string }>(`/tickets/${enc(ticketId)}/start`, {
      method: 'POST',
    }),
  finishTicket: (ticketId: string) =>
    request<{ ticket: Ticket }>(`/tickets/${enc(ticketId)}/finish`, { method: 'POST' }),
  /** 暂停: the resident fetches something; the window may call the next one meanwhile. */
  holdTicket: (ticketId: string) =>
    request<{ ticket: QueueTicket }>(`/tickets/${enc(ticketId)}/hold`, { method: 'POST' }),
  resumeTicket: (ticketId: string) =>
    request<{ ticket: QueueTicket }>(`/tickets/${enc(ticketId)}/resume`, { method: 'POST' }),
  /** 过号恢复: a no-show goes back into the queue a few places from the front. */
  reinstateTicket: (ticketId: string) =>
    request<{ ticket: QueueTicket }>(`/tickets/${enc(ticketId)}/reinstate`, { method: 'POST' }),
  transferTicket: (ticketId: string, target: TransferTarget) =>
    request<{ ticket: QueueTicket }>(`/tickets/${enc(ticketId)}/transfer`, {
      method: 'POST',
      json: target,
    }),
  /** The window's held tickets and the no-shows that may still be reinstated. */
  windowQueue: (windowId: string) =>
    request<{ tickets: QueueTicket[] }>(`/windows/${enc(windowId)}/queue`),

  // Acceptance
  accept: (body: AcceptBody) =>
    request<{ case: Case; notice: Notice }>('/intake/accept', { method: 'POST', json: body }),
  oneTimeNotice: (body: IntakeBody & { materialsReceived: string[] }) =>
    request<{ notice: Notice }>('/intake/one-time-notice', { method: 'POST', json: body }),
  refuse: (body: IntakeBody & { reason: string }) =>
    request<{ notice: Notice }>('/intake/refuse', { method: 'POST', json: body }),
  notice: (id: string) =>
    request<{ notice: Notice; centre: { name: string; address: string; phone: string } }>(
      `/notices/${enc(id)}`,
    ),

  // Cases
  finishCase: (id: string) => request<{ case: Case }>(`/cases/${enc(id)}/finish`, { method: 'POST' }),
  cases: (scope: 'department' | 'all', status: 'open' | 'ready' | 'all') =>
    request<{ cases: Case[] }>('/cases', { query: { scope, status } }),
  caseDetail: (id: string) => request<CaseDetail>(`/cases/${enc(id)}`),
  requestSupplement: (id: string, body: { missing: string[]; note?: string; expectedDays?: number }) =>
    request<{ case: Case; notice: Notice }>(`/cases/${enc(id)}/supplement-request`, {
      method: 'POST',
      json: body,
    }),
  supplementReceived: (id: string) =>
    request<{ case: Case }>(`/cases/${enc(id)}/supplement-received`, { method: 'POST' }),
  approve: (id: string, note?: string) =>
    request<{ case: Case; notice: Notice }>(`/cases/${enc(id)}/approve`, {
      method: 'POST',
      json: note ? { note } : {},
    }),
  deny: (id: string, reason: string) =>
    request<{ case: Case; notice: Notice }>(`/cases/${enc(id)}/deny`, {
      method: 'POST',
      json: { reason },
    }),
  replyReady: () => request<{ cases: Case[] }>('/reply/ready'),
  collect: (id: string, body: { windowId?: string; collectorName?: string }) =>
    request<{ case: Case; serviceId: string }>(`/cases/${enc(id)}/collect`, {
      method: 'POST',
      json: body,
    }),

  // Manager
  dashboardToday: () => request<DashboardToday>('/dashboard/today'),
  /** The active staff of the manager's centre, for assigning follow-ups and complaints. */
  staff: () => request<{ staff: StaffMember[] }>('/staff'),
  /** Bad-rating follow-ups (差评整改); `status: 'pending'` lists those not closed. */
  followups: (query: { status?: FollowupStatus | 'pending'; overdue?: boolean } = {}) =>
    request<{ followups: Followup[] }>('/followups', {
      query: { status: query.status, overdue: query.overdue?.toString() },
    }),
  /** Hour by hour from the centre's own tickets between two business dates (both counted). */
  staffingPlan: (query: StaffingTarget & { from?: string; to?: string } = {}) =>
    request<StaffingPlan>('/staffing/plan', { query: { ...query } }),
  /** The same plan for figures the manager enters. */
  staffingPlanEntered: (body: EnteredStaffing) =>
    request<StaffingPlan>('/staffing/plan', { method: 'POST', json: body }),
  hallMonitor: () => request<HallMonitor>('/hall-monitor'),
  setWindowOpen: (windowId: string, isOpen: boolean) =>
    request<null>(`/windows/${enc(windowId)}/open`, { method: 'PUT', json: { isOpen } }),
  appointments: (date?: string) =>
    request<{ appointments: AppointmentRow[] }>('/appointments', { query: { date } }),
  priorityUses: (date?: string) =>
    request<{ uses: PriorityUse[] }>('/tickets/priority-uses', { query: { date } }),

  // Administrator
  calendarYear: (year: number) => request<CalendarYear>('/admin/calendar', { query: { year } }),
  setCalendarDay: (date: string, body: { workday: boolean; name: string | null }) =>
    request<{ day: CalendarDay }>(`/admin/calendar/days/${enc(date)}`, { method: 'PUT', json: body }),
  markYearEntered: (year: number) =>
    request<unknown>(`/admin/calendar/years/${year}`, { method: 'POST' }),
  catalogueDownloadUrl: `${API_BASE}/admin/catalogue.xlsx`,
  uploadCatalogue: (file: Blob) =>
    request<CatalogueImport>('/admin/catalogue.xlsx', {
      method: 'POST',
      raw: { body: file, type: XLSX_TYPE },
    }),
} as const;

/** The URL of the live event stream (server-sent events) for the signed-in user's centre. */
export const LIVE_URL = `${API_BASE}/live`;

/**
 * The hall's event stream for a centre's screens; `lastEventId` asks for the calls after it
 * (the browser sends Last-Event-ID itself when it reconnects a stream it still has).
 */
export function hallEventsUrl(centreCode: string, lastEventId?: number): string {
  const url = `${API_BASE}/centres/${enc(centreCode)}/hall/events`;
  return lastEventId ? `${url}?lastEventId=${lastEventId}` : url;
}

export type * from './types';
