/**
 * Hand-offs between centres (收受分离): the receiving centre records what it received and
 * forwards the materials within its limit; the accepting centre (of the applicant's registered
 * or residential address) takes them in and accepts (intake's accept with `handoffId`) or
 * returns them. Both centres follow each hand-off; any other centre is told it does not exist.
 */
import { missingMaterials } from '../../core/cases/materials.js';
import { shanghaiDate, yearOf } from '../../core/dates.js';
import { CASE_STATUS_LABELS } from '../../core/cases/case-state.js';
import {
  handoffForwardDue,
  HANDOFF_STATUS_LABELS,
  nextHandoffStatus,
  type HandoffAction,
  type HandoffSide,
} from '../../core/handoffs/handoff-state.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest, conflict, notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { getItem } from '../catalogue/catalogue.service.js';
import type { ItemRow } from '../catalogue/catalogue.repository.js';
import { findCentreByCode } from '../centres/centres.repository.js';
import {
  checkedIdNumber,
  idempotent,
  saveApplicant,
  servingTicket,
} from '../intake/intake.service.js';
import * as noticesRepo from '../notices/notices.repository.js';
import { writeNotice } from '../notices/notices.service.js';
import { getSettings } from '../settings/settings.service.js';
import * as repo from './handoffs.repository.js';
import type { ListQuery, ReceiveInput } from './handoffs.schema.js';
import { toHandoffView } from './handoffs.view.js';

const FORM_LABELS = { original: '原件', copy: '复印件', electronic: '电子件' } as const;

type Ends = { fromCentreId: string; toCentreId: string };

/**
 * The hand-off and the end of it the user's centre is; 404 for a centre that is neither, so
 * hand-off ids cannot be probed from a third centre.
 */
function ownEnd<T extends Ends>(
  row: T | undefined,
  user: SessionUser,
): { row: T; side: HandoffSide } {
  if (row?.fromCentreId === user.centreId) return { row, side: 'from' };
  if (row?.toCentreId === user.centreId) return { row, side: 'to' };
  throw notFound('handoff.not_found', '转送件不存在');
}

/**
 * The materials received must be the item's own, and complete: a receiving centre that lacks a
 * required material gives the one-time notice itself rather than forward an application that the
 * accepting centre could only return.
 */
function checkMaterials(item: ItemRow, received: readonly string[]): void {
  const unknown = received.filter((id) => !item.materials.some((m) => m.id === id));
  if (unknown.length > 0) {
    throw badRequest(
      'handoff.unknown_material',
      `材料 ${unknown.join('、')} 不属于事项“${item.name}”`,
      {
        unknown,
      },
    );
  }
  const missing = missingMaterials(item.materials, received);
  if (missing.length > 0) {
    throw conflict(
      'handoff.materials_incomplete',
      `材料不齐：缺少${missing.map((m) => m.name).join('、')}，请出具一次性告知书`,
      { missing: missing.map((m) => m.id) },
    );
  }
}

/** The centre the materials go to: another centre that offers the item. */
async function targetCentre(tx: Tx, user: SessionUser, code: string, item: ItemRow) {
  const target = await findCentreByCode(tx, code);
  if (!target) throw notFound('centre.not_found', `受理中心 ${code} 不存在`);
  if (target.id === user.centreId) {
    throw badRequest('handoff.same_centre', '受理中心就是本中心：请直接受理，无需转送');
  }
  if (!(await repo.isItemOffered(tx, target.id, item.code))) {
    throw conflict('handoff.item_not_offered', `${target.name}未开通事项“${item.name}”，无法转送`);
  }
  return target;
}

/**
 * 收件: records a hand-off with its number and forwarding limit, and writes the applicant's
 * notice (what was received, where it goes, by when). Idempotent on `requestId` through the
 * notice's unique request id: a repeat answers with the hand-off first recorded.
 */
export async function receive(ctx: AppContext, user: SessionUser, input: ReceiveInput) {
  const replay = async () => {
    const notice = await noticesRepo.findNoticeByRequest(ctx.db, user.centreId, input.requestId);
    if (!notice) return undefined;
    const number = notice.kind === 'handoff' ? notice.content.handoffNumber : undefined;
    const earlier = number
      ? await repo.findHandoffByNumber(ctx.db, user.centreId, number)
      : undefined;
    if (!earlier) throw conflict('request.reused', '该 requestId 已用于其他业务，请重新提交');
    return { handoffId: earlier.id, notice, replayed: true };
  };
  const idNumber = checkedIdNumber(ctx, input.applicant);
  return idempotent(replay, () =>
    ctx.db.transaction(async (tx) => {
      const ticket = input.ticketId ? await servingTicket(tx, user, input.ticketId) : null;
      const item = await getItem(ctx, tx, input.itemCode);
      if (item.cityWide) {
        throw conflict('handoff.city_wide', `“${item.name}”全市通办，可在本中心直接受理，无需转送`);
      }
      checkMaterials(item, input.materialsReceived);
      const target = await targetCentre(tx, user, input.toCentreCode, item);
      const now = ctx.clock.now();
      const today = shanghaiDate(now);
      const settings = await getSettings(tx, user.centreId);
      const forwardDue = handoffForwardDue(
        await ctx.calendar.get(tx),
        today,
        settings.handoffForwardDays,
      );
      const number = await repo.nextHandoffNumber(tx, user.centreId, yearOf(today));
      const handoff = await repo.insertHandoff(tx, {
        number,
        fromCentreId: user.centreId,
        toCentreId: target.id,
        itemCode: item.code,
        idType: input.applicant.idType,
        idNumber,
        applicantName: input.applicant.name,
        applicantPhone: input.applicant.phone,
        materialsReceived: input.materialsReceived,
        note: input.note,
        status: 'received',
        receivedAt: now,
        receivedOn: today,
        receivedBy: user.id,
        forwardDue,
      });
      await repo.insertHandoffEvent(tx, {
        handoffId: handoff.id,
        centreId: user.centreId,
        kind: 'received',
        at: now,
        actorId: user.id,
        data: { toCentre: target.code, forwardDue, ticket: ticket?.number ?? null },
      });
      const applicant = await saveApplicant(tx, user, input.applicant, idNumber, now);
      const received = new Set(input.materialsReceived);
      const notice = await writeNotice(ctx, tx, {
        user,
        kind: 'handoff',
        requestId: input.requestId,
        ticketId: ticket?.id ?? null,
        applicantId: applicant.id,
        itemCode: item.code,
        content: {
          itemName: item.name,
          applicantName: applicant.name,
          handoffNumber: number,
          received: item.materials
            .filter((m) => received.has(m.id))
            .map((m) => ({ name: m.name, form: FORM_LABELS[m.form], copies: m.copies })),
          toCentre: { name: target.name, address: target.address, phone: target.phone },
          forwardDue,
          note: input.note || undefined,
        },
      });
      return { handoffId: handoff.id, notice, replayed: false };
    }),
  );
}

/** One step of the hand-off at the user's centre, as the state machine allows it. */
async function step(
  ctx: AppContext,
  user: SessionUser,
  input: {
    handoffId: string;
    action: Exclude<HandoffAction, 'accept'>;
    data?: Record<string, unknown>;
  },
  changes: (now: Date) => Partial<repo.HandoffRow>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { row, side } = ownEnd(await repo.lockHandoff(tx, input.handoffId), user);
    const status = nextHandoffStatus(row.status, input.action, side);
    const now = ctx.clock.now();
    await repo.updateHandoff(tx, row.id, { ...changes(now), status });
    await repo.insertHandoffEvent(tx, {
      handoffId: row.id,
      centreId: user.centreId,
      kind: status,
      at: now,
      actorId: user.id,
      data: input.data ?? {},
    });
  });
}

/** The receiving centre has sent the materials on. */
export async function forward(ctx: AppContext, user: SessionUser, handoffId: string) {
  await step(ctx, user, { handoffId, action: 'forward' }, (now) => ({ forwardedAt: now }));
  return getHandoffDetail(ctx, user, handoffId);
}

/** The materials have reached the accepting centre. */
export async function arrive(ctx: AppContext, user: SessionUser, handoffId: string) {
  await step(ctx, user, { handoffId, action: 'arrive' }, (now) => ({ arrivedAt: now }));
  return getHandoffDetail(ctx, user, handoffId);
}

/** The accepting centre turns the hand-off back (not its item, or the materials do not do). */
export async function returnHandoff(
  ctx: AppContext,
  user: SessionUser,
  handoffId: string,
  reason: string,
) {
  await step(ctx, user, { handoffId, action: 'return', data: { reason } }, (now) => ({
    closedAt: now,
    returnReason: reason,
  }));
  return getHandoffDetail(ctx, user, handoffId);
}

function viewOptions(ctx: AppContext, user: SessionUser, mask: boolean) {
  return { viewerCentreId: user.centreId, today: shanghaiDate(ctx.clock.now()), mask };
}

/** The centre's hand-offs, newest first; lists always mask ID and phone numbers. */
export async function listHandoffs(ctx: AppContext, user: SessionUser, query: ListQuery) {
  const rows = await repo.listHandoffs(ctx.db, { centreId: user.centreId, ...query, limit: 500 });
  const options = viewOptions(ctx, user, true);
  return rows.map((row) => toHandoffView(row, options));
}

/** One hand-off with its events, for either of its two centres. */
export async function getHandoffDetail(ctx: AppContext, user: SessionUser, handoffId: string) {
  const { row } = ownEnd(await repo.findListedHandoff(ctx.db, handoffId), user);
  const events = await repo.listHandoffEvents(ctx.db, handoffId);
  return {
    handoff: toHandoffView(row, viewOptions(ctx, user, !can(user.role, 'applicant.read_full'))),
    events: events.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      centre: { code: e.centreCode, name: e.centreName },
      actorName: e.actorName,
      data: e.data,
    })),
  };
}

/**
 * The public progress page for a hand-off: its number and the last four characters of the ID
 * number, answered like a case (no personal data; a wrong pair and an unknown number alike).
 */
export async function getPublicHandoffProgress(ctx: AppContext, number: string, idTail: string) {
  const row = await repo.findListedHandoffByTail(ctx.db, number, idTail);
  if (!row) throw notFound('progress.not_found', '未查到该转送件，请核对编号和证件号码后4位');
  return {
    handoffNumber: row.number,
    itemName: row.itemName,
    status: row.status,
    statusLabel: HANDOFF_STATUS_LABELS[row.status],
    receivedOn: row.receivedOn,
    forwardDue: row.forwardDue,
    fromCentreName: row.from.name,
    toCentreName: row.to.name,
    caseNumber: row.caseNumber,
    caseStatusLabel: row.caseStatus ? CASE_STATUS_LABELS[row.caseStatus] : null,
    // A returned application: the resident is told why, so they know what to do next.
    returnReason: row.status === 'returned' ? row.returnReason : null,
  };
}
