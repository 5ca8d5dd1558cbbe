/**
 * The API's calls for bad-rating follow-ups, appeals, complaints (staff and public) and the staff
 * record. Part of the one API client (`./client`); the follow-up list itself is `api.followups`.
 */
import { request } from './client';
import type {
  Appeal,
  AppealStatus,
  Complaint,
  ComplaintDetail,
  ComplaintOnlineBody,
  ComplaintRecordBody,
  ComplaintSatisfaction,
  ComplaintStatus,
  ComplaintStep,
  Followup,
  PublicComplaint,
  ResidentResponse,
  StaffRecord,
  SubmittedComplaint,
} from './types';

const enc = encodeURIComponent;

export const complaintsApi = {
  // 差评整改
  followup: (ratingId: string) => request<{ followup: Followup }>(`/followups/${enc(ratingId)}`),
  assignFollowup: (ratingId: string, userId: string) =>
    request<{ followup: Followup }>(`/followups/${enc(ratingId)}/assign`, {
      method: 'POST',
      json: { userId },
    }),
  contactFollowup: (ratingId: string, note: string) =>
    request<{ followup: Followup }>(`/followups/${enc(ratingId)}/contact`, {
      method: 'POST',
      json: { note },
    }),
  closeFollowup: (
    ratingId: string,
    body: { cause: string; remedy: string; residentResponse: ResidentResponse },
  ) =>
    request<{ followup: Followup }>(`/followups/${enc(ratingId)}/close`, {
      method: 'POST',
      json: body,
    }),

  // 误评申诉
  appeals: (status?: AppealStatus) =>
    request<{ appeals: Appeal[] }>('/appeals', { query: { status } }),
  requestAppeal: (ratingId: string, reason: string) =>
    request<{ appeal: Appeal }>(`/ratings/${enc(ratingId)}/appeals`, {
      method: 'POST',
      json: { reason },
    }),
  decideAppeal: (id: string, body: { upheld: boolean; reason: string }) =>
    request<{ appeal: Appeal }>(`/appeals/${enc(id)}/decide`, { method: 'POST', json: body }),

  // 投诉
  recordComplaint: (body: ComplaintRecordBody) =>
    request<{ complaint: ComplaintDetail; lookupCode: string }>('/complaints', {
      method: 'POST',
      json: body,
    }),
  complaints: (query: { status?: ComplaintStatus; overdue?: boolean } = {}) =>
    request<{ complaints: Complaint[] }>('/complaints', {
      query: { status: query.status, overdue: query.overdue?.toString() },
    }),
  complaint: (id: string) => request<{ complaint: ComplaintDetail }>(`/complaints/${enc(id)}`),
  complaintStep: (id: string, { action, ...body }: ComplaintStep) =>
    request<{ complaint: ComplaintDetail }>(`/complaints/${enc(id)}/${action}`, {
      method: 'POST',
      // Closing takes no body at all.
      json: action === 'close' ? undefined : body,
    }),

  // 网上投诉 (public)
  complaintCategories: () =>
    request<{ categories: { code: string; label: string }[] }>('/public/complaint-categories'),
  submitComplaint: (centreCode: string, body: ComplaintOnlineBody) =>
    request<{ complaint: SubmittedComplaint }>(`/public/centres/${enc(centreCode)}/complaints`, {
      method: 'POST',
      json: body,
    }),
  lookupComplaint: (number: string, code: string) =>
    request<{ complaint: PublicComplaint }>(`/public/complaints/${enc(number)}`, {
      query: { code },
    }),
  rateComplaintAnswer: (number: string, code: string, satisfaction: ComplaintSatisfaction) =>
    request<{ complaint: PublicComplaint }>(`/public/complaints/${enc(number)}/satisfaction`, {
      method: 'POST',
      json: { code, satisfaction },
    }),

  // 工作人员服务档案
  staffRecord: (userId: string, range: { from?: string; to?: string } = {}) =>
    request<StaffRecord>(`/staff/${enc(userId)}/record`, { query: range }),
} as const;
