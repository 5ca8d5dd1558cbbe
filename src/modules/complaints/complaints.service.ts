/**
 * 投诉: complaints received at the desk, by phone or online, worked by the centre manager through
 * classify → assign → answer → satisfaction → close. Every step is one transaction that writes a
 * complaint_events row with who and when. The answer is due `complaintAnswerDays` working days
 * after receipt (a setting); `answer_days` records how many it took.
 */
import { createHash, randomInt } from 'node:crypto';
import { addWorkingDays, workingDaysBetween } from '../../core/calendar/working-days.js';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUS_LABELS,
  complaintNumber,
  complaintTiming,
  nextComplaintStatus,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintSatisfaction,
} from '../../core/complaints/complaint.js';
import { shanghaiDate, yearOf } from '../../core/dates.js';
import { maskName, maskPhone } from '../../core/identity/mask.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest, notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { idempotent } from '../intake/intake.service.js';
import { getSettings } from '../settings/settings.service.js';
import { getStaffMember } from '../staff-record/staff-record.repository.js';
import * as repo from './complaints.repository.js';

// No 0/O, 1/I/L: the code is read out over the phone and typed on a small screen.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function hashLookupCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase()).digest('hex');
}

function newLookupCode(): string {
  return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

export interface ReceiveInput {
  centreId: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  complainantName: string;
  complainantPhone: string;
  content: string;
  caseId: string | null;
  staffId: string | null;
  receivedBy: string | null;
  /** What the complainant typed as a case number, kept on the event when it matched no case. */
  typedCaseNumber?: string;
  /** The client's id for this request: the same id again returns the complaint recorded first. */
  requestId?: string;
}

/** Numbers and stores a complaint inside `tx`; returns it with the lookup code, shown only now. */
export async function receiveComplaint(ctx: AppContext, tx: Tx, input: ReceiveInput) {
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  const settings = await getSettings(tx, input.centreId);
  const calendar = await ctx.calendar.get(tx);
  const seq = await repo.nextComplaintSeq(tx, input.centreId, yearOf(today));
  const lookupCode = newLookupCode();
  const row = await repo.insertComplaint(tx, {
    centreId: input.centreId,
    number: complaintNumber(yearOf(today), seq),
    channel: input.channel,
    category: input.category,
    complainantName: input.complainantName,
    complainantPhone: input.complainantPhone,
    content: input.content,
    caseId: input.caseId,
    staffId: input.staffId,
    status: 'open',
    receivedAt: now,
    receivedOn: today,
    receivedBy: input.receivedBy,
    answerDue: addWorkingDays(calendar, today, settings.complaintAnswerDays).deadline,
    lookupCodeHash: hashLookupCode(lookupCode),
    requestId: input.requestId ?? null,
  });
  const data: Record<string, unknown> = { channel: input.channel, category: input.category };
  if (input.typedCaseNumber) data.typedCaseNumber = input.typedCaseNumber;
  await repo.insertEvent(tx, {
    centreId: input.centreId,
    complaintId: row.id,
    kind: 'received',
    at: now,
    actorId: input.receivedBy,
    data,
  });
  return { row, lookupCode };
}

/** A complaint received at the desk or taken on the phone, recorded by a clerk or the manager. */
export async function recordComplaint(
  ctx: AppContext,
  user: SessionUser,
  input: Omit<ReceiveInput, 'centreId' | 'caseId' | 'staffId' | 'receivedBy' | 'channel'> & {
    channel: 'desk' | 'phone';
    caseNumber?: string;
    staffId?: string;
  },
) {
  // A double click records one complaint. The lookup code is kept only as a hash, so the repeat
  // issues a new code for the same complaint (the earlier one stops working) rather than none.
  const replay = async () => {
    if (!input.requestId) return undefined;
    const earlier = await repo.findByRequest(ctx.db, user.centreId, input.requestId);
    if (!earlier) return undefined;
    const code = newLookupCode();
    await repo.updateComplaint(ctx.db, earlier.id, { lookupCodeHash: hashLookupCode(code) });
    return { row: earlier, lookupCode: code };
  };
  const { row, lookupCode } = await idempotent(replay, () =>
    ctx.db.transaction(async (tx) => {
      const found = input.caseNumber
        ? await repo.findCaseByNumber(tx, user.centreId, input.caseNumber)
        : undefined;
      if (input.caseNumber && !found)
        throw badRequest('complaint.unknown_case', `本中心没有编号为 ${input.caseNumber} 的办件`);
      const staff = input.staffId ? await getStaffMember(tx, user.centreId, input.staffId) : null;
      return receiveComplaint(ctx, tx, {
        ...input,
        centreId: user.centreId,
        caseId: found?.id ?? null,
        staffId: staff?.id ?? null,
        receivedBy: user.id,
      });
    }),
  );
  return { complaint: await getComplaint(ctx, user, row.id), lookupCode };
}

/** The answer shape of a complaint: the complainant's name and phone masked unless `isFull`. */
function present(row: repo.ComplaintListRow, today: string, isFull: boolean) {
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  const { complainantName, complainantPhone, ...rest } = row;
  return {
    ...rest,
    categoryLabel: COMPLAINT_CATEGORIES[row.category as ComplaintCategory] ?? row.category,
    statusLabel: COMPLAINT_STATUS_LABELS[row.status],
    complainant: {
      name: isFull ? complainantName : maskName(complainantName),
      phone: isFull ? complainantPhone : maskPhone(complainantPhone),
    },
    receivedAt: iso(row.receivedAt)!,
    answeredAt: iso(row.answeredAt),
    closedAt: iso(row.closedAt),
    ...complaintTiming(row, today),
  };
}

export async function listComplaints(
  ctx: AppContext,
  user: SessionUser,
  filter: repo.ComplaintFilter,
) {
  const today = shanghaiDate(ctx.clock.now());
  const rows = await repo.listComplaints(ctx.db, user.centreId, today, filter);
  return rows.map((r) => present(r, today, false));
}

/** One complaint with its events; name and phone in full for a role that calls back. */
export async function getComplaint(ctx: AppContext, user: SessionUser, id: string) {
  const today = shanghaiDate(ctx.clock.now());
  const [row] = await repo.listComplaints(ctx.db, user.centreId, today, { id });
  if (!row) throw notFound('complaint.not_found', '投诉不存在');
  const events = await repo.listEvents(ctx.db, id);
  return {
    ...present(
      row,
      today,
      can(user.role, 'applicant.read_full') && can(user.role, 'followup.manage'),
    ),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

export type ComplaintStep =
  | { action: 'classify'; category: ComplaintCategory }
  | { action: 'assign'; userId: string }
  | { action: 'answer'; answer: string }
  | { action: 'satisfaction'; satisfaction: ComplaintSatisfaction }
  | { action: 'close' };

/** Applies a step to a locked complaint and records its event; `actorId` null is the complainant. */
export async function applyStep(
  ctx: AppContext,
  tx: Tx,
  complaint: repo.ComplaintRow,
  step: ComplaintStep,
  actorId: string | null,
) {
  const status = nextComplaintStatus(complaint.status, step.action);
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  let data: Record<string, unknown> = {};
  switch (step.action) {
    case 'classify':
      data = { from: complaint.category, to: step.category };
      await repo.updateComplaint(tx, complaint.id, { category: step.category });
      break;
    case 'assign': {
      const assignee = await getStaffMember(tx, complaint.centreId, step.userId);
      data = { assigneeId: assignee.id };
      await repo.updateComplaint(tx, complaint.id, { assigneeId: assignee.id, status });
      break;
    }
    case 'answer': {
      const calendar = await ctx.calendar.get(tx);
      // Working days in (received, today]: answered on the day of receipt is 0.
      const answerDays = workingDaysBetween(calendar, complaint.receivedOn, today);
      data = { answerDays };
      await repo.updateComplaint(tx, complaint.id, {
        answer: step.answer,
        answeredAt: now,
        answeredOn: today,
        answeredBy: actorId,
        answerDays,
        status,
      });
      break;
    }
    case 'satisfaction':
      data = { satisfaction: step.satisfaction, by: actorId ? 'staff' : 'complainant' };
      await repo.updateComplaint(tx, complaint.id, { satisfaction: step.satisfaction });
      break;
    case 'close':
      await repo.updateComplaint(tx, complaint.id, { closedAt: now, status });
      break;
  }
  await repo.insertEvent(tx, {
    centreId: complaint.centreId,
    complaintId: complaint.id,
    kind: step.action,
    at: now,
    actorId,
    data,
  });
}

export async function complaintStep(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  step: ComplaintStep,
) {
  await ctx.db.transaction(async (tx) => {
    const complaint = await repo.lockComplaint(tx, user.centreId, id);
    if (!complaint) throw notFound('complaint.not_found', '投诉不存在');
    await applyStep(ctx, tx, complaint, step, user.id);
  });
  return getComplaint(ctx, user, id);
}
