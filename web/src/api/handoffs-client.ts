/**
 * The API's hand-off calls (收受分离): record at the receiving centre, forward, arrive, return,
 * the lists of both centres and the public progress query. The acceptance proper is intake's
 * accept with `handoffId` (`api.accept`). Part of the one API client (`./client`).
 */
import { request } from './client';
import type {
  HandoffBody,
  HandoffDetail,
  HandoffDirection,
  HandoffProgress,
  HandoffStatus,
  Handoff,
  RecordedHandoff,
} from './types';

const enc = encodeURIComponent;

export const handoffsApi = {
  record: (body: HandoffBody) =>
    request<RecordedHandoff>('/handoffs', { method: 'POST', json: body }),
  list: (query: { direction?: HandoffDirection; status?: HandoffStatus } = {}) =>
    request<{ handoffs: Handoff[] }>('/handoffs', { query: { ...query } }),
  detail: (id: string) => request<HandoffDetail>(`/handoffs/${enc(id)}`),
  forward: (id: string) =>
    request<HandoffDetail>(`/handoffs/${enc(id)}/forward`, { method: 'POST' }),
  arrive: (id: string) => request<HandoffDetail>(`/handoffs/${enc(id)}/arrive`, { method: 'POST' }),
  returnHandoff: (id: string, reason: string) =>
    request<HandoffDetail>(`/handoffs/${enc(id)}/return`, { method: 'POST', json: { reason } }),
  /** Public: the hand-off number and the last four characters of the ID number. */
  progress: (handoffNumber: string, idTail: string) =>
    request<{ handoff: HandoffProgress }>('/progress/handoff', {
      method: 'POST',
      json: { handoffNumber, idTail },
    }),
} as const;
