/**
 * The API's time-limit calls (受理时限制度): pauses, extensions, deadline lists, the daily digest,
 * and reminders for results not collected. Part of the one API client (`./client`).
 */
import { request } from './client';
import type {
  Case,
  DeadlineList,
  DeadlineView,
  Digest,
  Extension,
  ExtensionDecision,
  ExtensionRow,
  ExtensionStatus,
  Notice,
  PauseBody,
  Reminder,
  ReminderChannel,
  Uncollected,
} from './types';

const enc = encodeURIComponent;

export const timeLimitsApi = {
  /** Stops the clock for a step the law does not count, and writes the notice telling why. */
  startPause: (caseId: string, body: PauseBody) =>
    request<{ case: Case; notice: Notice }>(`/cases/${enc(caseId)}/pauses`, {
      method: 'POST',
      json: body,
    }),
  endPause: (caseId: string, note?: string) =>
    request<{ case: Case }>(`/cases/${enc(caseId)}/pauses/end`, {
      method: 'POST',
      json: note ? { note } : {},
    }),
  requestExtension: (caseId: string, body: { days: number; reason: string }) =>
    request<{ extension: Extension }>(`/cases/${enc(caseId)}/extensions`, {
      method: 'POST',
      json: body,
    }),
  approveExtension: (id: string, reason?: string) =>
    request<ExtensionDecision>(`/extensions/${enc(id)}/approve`, {
      method: 'POST',
      json: reason ? { reason } : {},
    }),
  refuseExtension: (id: string, reason: string) =>
    request<ExtensionDecision>(`/extensions/${enc(id)}/refuse`, {
      method: 'POST',
      json: { reason },
    }),
  extensions: (status: ExtensionStatus | 'all' = 'pending') =>
    request<{ extensions: ExtensionRow[] }>('/extensions', { query: { status } }),
  deadlines: (query: {
    view?: DeadlineView;
    warning?: 'amber' | 'red' | 'all';
    department?: string;
  }) => request<DeadlineList>('/deadlines', { query: { ...query } }),
  /** The digest the deadline job wrote for a day (today by default); none yet → 404. */
  digest: (date?: string) => request<Digest>('/deadlines/digest', { query: { date } }),
  uncollected: () => request<Uncollected>('/reply/uncollected'),
  recordReminder: (caseId: string, body: { channel: ReminderChannel; note: string }) =>
    request<Reminder>(`/cases/${enc(caseId)}/reminders`, { method: 'POST', json: body }),
} as const;
