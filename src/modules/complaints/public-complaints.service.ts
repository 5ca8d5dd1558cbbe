/**
 * Online complaints (网上投诉) without sign-in: the resident gets a complaint number and a lookup
 * code, and with both reads the answer and says whether they are satisfied with it. A wrong code
 * and an unknown number answer the same 404, so numbers cannot be probed; the page never shows the
 * complainant's name or phone, nor who on the staff the complaint is about.
 */
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintCategory,
  type ComplaintSatisfaction,
} from '../../core/complaints/complaint.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { getCentre } from '../centres/centres.service.js';
import * as repo from './complaints.repository.js';
import { applyStep, hashLookupCode, receiveComplaint } from './complaints.service.js';

export interface OnlineComplaintInput {
  category: ComplaintCategory;
  complainantName: string;
  complainantPhone: string;
  content: string;
  caseNumber?: string;
}

export async function submitOnline(
  ctx: AppContext,
  centreCode: string,
  input: OnlineComplaintInput,
) {
  return ctx.db.transaction(async (tx) => {
    const centre = await getCentre(tx, centreCode);
    // A case number that matches nothing is kept on the event, not refused: refusing would tell
    // a stranger which case numbers exist.
    const found = input.caseNumber
      ? await repo.findCaseByNumber(tx, centre.id, input.caseNumber)
      : undefined;
    const { row, lookupCode } = await receiveComplaint(ctx, tx, {
      centreId: centre.id,
      channel: 'online',
      category: input.category,
      complainantName: input.complainantName,
      complainantPhone: input.complainantPhone,
      content: input.content,
      caseId: found?.id ?? null,
      staffId: null,
      receivedBy: null,
      typedCaseNumber: input.caseNumber && !found ? input.caseNumber : undefined,
    });
    return { number: row.number, lookupCode, receivedOn: row.receivedOn, answerDue: row.answerDue };
  });
}

function presentPublic(row: repo.ComplaintRow) {
  return {
    number: row.number,
    channel: row.channel,
    channelLabel: COMPLAINT_CHANNELS[row.channel],
    category: row.category,
    categoryLabel: COMPLAINT_CATEGORIES[row.category as ComplaintCategory] ?? row.category,
    content: row.content,
    status: row.status,
    statusLabel: COMPLAINT_STATUS_LABELS[row.status],
    receivedOn: row.receivedOn,
    answerDue: row.answerDue,
    answer: row.answer,
    answeredOn: row.answeredOn,
    satisfaction: row.satisfaction,
    canGiveSatisfaction: row.status === 'answered',
  };
}

const notFoundPublic = () =>
  notFound('complaint.not_found', '未查到该投诉，请核对投诉编号和查询码');

export async function lookupComplaint(ctx: AppContext, number: string, code: string) {
  const row = await repo.findByLookup(ctx.db, number, hashLookupCode(code));
  if (!row) throw notFoundPublic();
  return presentPublic(row);
}

/** The complainant's own satisfaction with the answer, given on the public page. */
export async function giveSatisfaction(
  ctx: AppContext,
  number: string,
  code: string,
  satisfaction: ComplaintSatisfaction,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findByLookup(tx, number, hashLookupCode(code), true);
    if (!row) throw notFoundPublic();
    await applyStep(ctx, tx, row, { action: 'satisfaction', satisfaction }, null);
    const after = await repo.findByLookup(tx, number, hashLookupCode(code));
    return presentPublic(after!);
  });
}
