import { shanghaiDate } from '../../core/dates.js';
import { chooseNext, consecutiveJumps } from '../../core/queue/call-policy.js';
import { estimateWaitMinutes } from '../../core/queue/estimate.js';
import { ticketPriority } from '../../core/queue/priority.js';
import { formatTicketNumber } from '../../core/queue/ticket-number.js';
import { validateIdentity } from '../../core/identity/validate.js';
import {
  assertNoShowAllowed,
  assertTicketAction,
  type TicketAction,
} from '../../core/queue/ticket-state.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { AppError, badRequest, conflict, notFound } from '../../server/errors.js';
import * as centresRepo from '../centres/centres.repository.js';
import { getCentre, getOwnWindow } from '../centres/centres.service.js';
import { getSettings, type CentreSettings } from '../settings/settings.service.js';
import * as repo from './tickets.repository.js';
import { queueTurnNear } from '../notifications/notifications.service.js';

export function toTicketView(t: repo.TicketRow) {
  return {
    id: t.id,
    number: t.number,
    line: t.line,
    status: t.status,
    calls: t.calls,
    priority: t.priority,
    issuedAt: t.issuedAt.toISOString(),
    calledAt: t.calledAt?.toISOString() ?? null,
    startedAt: t.startedAt?.toISOString() ?? null,
    finishedAt: t.finishedAt?.toISOString() ?? null,
    windowId: t.windowId,
  };
}

/** Validates an ID number typed at the kiosk; only its birth date is used, and it is not stored. */
function kioskBirthDate(idNumber: string | undefined, today: string): string | null {
  if (!idNumber) return null;
  const result = validateIdentity('resident_id', idNumber, today);
  if (!result.valid) throw new AppError(400, result.code, result.message);
  return result.birthDate ?? null;
}

export interface IssueInput {
  line: string;
  priority?: string;
  idNumber?: string;
  /** A mobile number for "your turn is near" (kept until the message is queued, then cleared). */
  notifyPhone?: string;
  /** Set by an appointment check-in: the ticket joins the queue at the booked time. */
  appointment?: { id: string; queueAt: Date };
}

/**
 * A resident takes a ticket at the kiosk (or on the phone): the line's next number for the day,
 * a priority-lane reason when one applies, and the estimated wait.
 */
export async function issueTicket(ctx: AppContext, centreCode: string, input: IssueInput) {
  return ctx.db.transaction((tx) => issueTicketInTx(ctx, tx, centreCode, input));
}

/** `issueTicket` inside the caller's transaction (an appointment check-in issues and checks in at once). */
export async function issueTicketInTx(
  ctx: AppContext,
  tx: Tx,
  centreCode: string,
  input: IssueInput,
) {
  const centre = await getCentre(tx, centreCode);
  const line = await centresRepo.findLine(tx, centre.id, input.line);
  if (!line) throw badRequest('ticket.unknown_line', `本中心没有业务线 ${input.line}`);
  const now = ctx.clock.now();
  const businessDate = shanghaiDate(now);
  const settings = await getSettings(tx, centre.id);
  const priority = ticketPriority({
    asked: input.priority,
    birthDate: kioskBirthDate(input.idNumber, businessDate),
    today: businessDate,
    allowed: settings.priorityReasons,
  });
  const seq = await repo.nextTicketSeq(tx, centre.id, businessDate, line.letter);
  const ticket = await repo.insertTicket(tx, {
    centreId: centre.id,
    businessDate,
    line: line.letter,
    seq,
    number: formatTicketNumber(line.letter, seq),
    status: 'waiting',
    issuedAt: now,
    queueAt: input.appointment?.queueAt ?? now,
    priority,
    appointmentId: input.appointment?.id ?? null,
    notifyPhone: input.notifyPhone ?? null,
  });
  await repo.insertTicketEvent(tx, {
    centreId: centre.id,
    ticketId: ticket.id,
    kind: 'issued',
    at: now,
    data: { line: line.letter },
  });
  if (priority) {
    // Every use of the priority lane is recorded with its reason, for the manager.
    await repo.insertTicketEvent(tx, {
      centreId: centre.id,
      ticketId: ticket.id,
      kind: 'priority',
      at: now,
      data: { reason: priority, source: input.priority ? 'asked' : 'id_age' },
    });
  }
  const { ahead: waitingAhead, estimatedWaitMinutes } = await waitFor(ctx, tx, ticket, settings);
  await ctx.bus.publish(tx, {
    centreId: centre.id,
    type: 'ticket',
    at: now.toISOString(),
    data: { ticket: ticket.number, line: line.letter, kind: 'issued' },
  });
  return {
    id: ticket.id,
    number: ticket.number,
    line: line.letter,
    lineName: line.name,
    waitingAhead,
    estimatedWaitMinutes: estimatedWaitMinutes === null ? null : Math.round(estimatedWaitMinutes),
    priority,
    issuedAt: now.toISOString(),
    businessDate,
  };
}

/** The lines a clerk may serve at a window: all the window's lines for an all-round clerk, else those of the items they are certified for. */
async function servableLines(tx: Tx, user: SessionUser, windowLines: string[]): Promise<string[]> {
  if (user.isAllRound) return windowLines;
  const certified = await repo.certifiedLines(tx, user.id);
  return windowLines.filter((l) => certified.includes(l));
}

/**
 * "Call next" at a window. A free window seats the calling clerk (and frees any other seat the
 * clerk held); a window another clerk holds refuses. The window must not still have a ticket that
 * was called or is in service. The ticket is chosen by the calling policy (core/queue/call-policy).
 */
export async function callNext(ctx: AppContext, user: SessionUser, windowId: string) {
  return ctx.db.transaction(async (tx) => {
    const window = await getOwnWindow(tx, user, windowId, true);
    const now = ctx.clock.now();
    const businessDate = shanghaiDate(now);
    // A seat left from an earlier business day is free again.
    const seatedToday =
      !!window.clerkId && !!window.seatedAt && shanghaiDate(window.seatedAt) === businessDate;
    if (seatedToday && window.clerkId !== user.id) {
      throw conflict('window.taken', `${window.name}已由其他工作人员使用`);
    }
    if (!window.isOpen) throw conflict('window.closed', `${window.name}今日未开放`);
    if (!seatedToday) {
      await centresRepo.unseatClerkElsewhere(tx, user.centreId, user.id, window.id);
      await centresRepo.seatClerk(tx, window.id, user.id, now);
    }
    const active = await repo.findActiveTicketAtWindow(
      tx,
      window.id,
      shanghaiDate(ctx.clock.now()),
    );
    if (active) {
      throw conflict(
        'window.ticket_pending',
        active.status === 'serving'
          ? `${active.number}号正在办理，请先结束服务`
          : `${active.number}号已叫号，请重呼、开始办理或标记过号`,
        { ticketId: active.id },
      );
    }
    const settings = await getSettings(tx, user.centreId);
    const lines = await servableLines(tx, user, window.lines);
    const candidates = await repo.lockCandidates(tx, {
      centreId: user.centreId,
      businessDate,
      lines,
      windowId: window.id,
      now,
    });
    const recent = await repo.latestCallClasses(tx, window.id, businessDate, settings.maxJumps);
    const chosen = chooseNext(candidates, consecutiveJumps(recent), {
      maxJumps: settings.maxJumps,
    });
    if (!chosen) return null;
    const ticket = await repo.markCalled(tx, chosen.id, {
      windowId: window.id,
      clerkId: user.id,
      now,
    });
    await queueTurnNear(ctx, tx, { centreId: user.centreId, lines, windowName: window.name });
    const eventId = await repo.insertTicketEvent(tx, {
      centreId: user.centreId,
      ticketId: ticket.id,
      kind: 'called',
      at: now,
      actorId: user.id,
      windowId: window.id,
      data: { class: chosen.class },
    });
    await ctx.bus.publish(tx, {
      centreId: user.centreId,
      type: 'call',
      at: now.toISOString(),
      data: { ticket: ticket.number, window: window.name, windowId: window.id, calls: 1, eventId },
    });
    return toTicketView(ticket);
  });
}

/** Loads a ticket for an action by the clerk at its window, locked, or throws. */
async function ticketForAction(tx: Tx, user: SessionUser, ticketId: string, action: TicketAction) {
  const ticket = await repo.lockTicket(tx, ticketId);
  if (!ticket || ticket.centreId !== user.centreId)
    throw notFound('ticket.not_found', '号码不存在');
  assertTicketAction(ticket.status, action);
  if (ticket.clerkId !== user.id) throw conflict('ticket.other_window', '该号码由其他窗口叫号');
  return ticket;
}

async function recordAndPublish(
  ctx: AppContext,
  tx: Tx,
  user: SessionUser,
  ticket: repo.TicketRow,
  kind: string,
  data: Record<string, unknown> = {},
) {
  const now = ctx.clock.now();
  const eventId = await repo.insertTicketEvent(tx, {
    centreId: user.centreId,
    ticketId: ticket.id,
    kind,
    at: now,
    actorId: user.id,
    windowId: ticket.windowId,
    data,
  });
  await ctx.bus.publish(tx, {
    centreId: user.centreId,
    type: kind === 'recalled' ? 'call' : 'ticket',
    at: now.toISOString(),
    data: { ticket: ticket.number, kind, windowId: ticket.windowId, calls: ticket.calls, eventId },
  });
}

export async function recall(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'recall');
    const updated = await repo.updateTicket(tx, ticket.id, {
      calls: ticket.calls + 1,
      calledAt: ctx.clock.now(),
    });
    await recordAndPublish(ctx, tx, user, updated, 'recalled');
    return toTicketView(updated);
  });
}

export async function markNoShow(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'no_show');
    const { maxCalls } = await getSettings(tx, user.centreId);
    assertNoShowAllowed(ticket.calls, maxCalls);
    const updated = await repo.updateTicket(tx, ticket.id, {
      status: 'no_show',
      finishedAt: ctx.clock.now(),
    });
    await recordAndPublish(ctx, tx, user, updated, 'no_show');
    return toTicketView(updated);
  });
}

/** The resident has come to the window: service starts, and with it what the rating will be for. */
export async function startService(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'start');
    const now = ctx.clock.now();
    const updated = await repo.updateTicket(tx, ticket.id, { status: 'serving', startedAt: now });
    const serviceId = await repo.insertService(tx, {
      centreId: user.centreId,
      ticketId: ticket.id,
      windowId: ticket.windowId!,
      clerkId: user.id,
      kind: 'counter',
      startedAt: now,
    });
    await recordAndPublish(ctx, tx, user, updated, 'started');
    return { ticket: toTicketView(updated), serviceId };
  });
}

/** Service ends; the window's rating pad now offers this service for rating. */
export async function finishService(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'finish');
    const now = ctx.clock.now();
    const updated = await repo.updateTicket(tx, ticket.id, { status: 'done', finishedAt: now });
    await repo.endService(tx, ticket.id, now);
    await recordAndPublish(ctx, tx, user, updated, 'finished');
    return toTicketView(updated);
  });
}

export async function windowState(ctx: AppContext, user: SessionUser, windowId: string) {
  const window = await getOwnWindow(ctx.db, user, windowId);
  const clerkName = window.clerkId
    ? await centresRepo.findUserName(ctx.db, window.clerkId)
    : undefined;
  const ticket = await repo.findActiveTicketAtWindow(
    ctx.db,
    window.id,
    shanghaiDate(ctx.clock.now()),
  );
  const service = ticket ? await repo.findServiceForTicket(ctx.db, ticket.id) : undefined;
  return {
    window: {
      id: window.id,
      name: window.name,
      kind: window.kind,
      lines: window.lines,
      clerk: window.clerkId ? { id: window.clerkId, name: clerkName ?? '' } : null,
    },
    ticket: ticket ? toTicketView(ticket) : null,
    serviceId: service?.id ?? null,
  };
}

/** The clerk leaves the window; refused while a ticket there is still called or in service. */
export async function leaveWindow(ctx: AppContext, user: SessionUser, windowId: string) {
  await ctx.db.transaction(async (tx) => {
    const window = await getOwnWindow(tx, user, windowId, true);
    if (window.clerkId !== user.id) throw conflict('window.not_seated', '您未在此窗口登录');
    const active = await repo.findActiveTicketAtWindow(
      tx,
      window.id,
      shanghaiDate(ctx.clock.now()),
    );
    if (active) throw conflict('window.ticket_pending', `${active.number}号尚未处理完毕`);
    await centresRepo.seatClerk(tx, window.id, null, null);
  });
}

/**
 * A no-show who comes back within the configured minutes is slotted back a few places behind the
 * head of the line (not to the front), by the guide or a clerk.
 */
export async function reinstate(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await repo.lockTicket(tx, ticketId);
    if (!ticket || ticket.centreId !== user.centreId)
      throw notFound('ticket.not_found', '号码不存在');
    assertTicketAction(ticket.status, 'reinstate');
    const settings = await getSettings(tx, user.centreId);
    const now = ctx.clock.now();
    const minutes = (now.getTime() - (ticket.finishedAt ?? now).getTime()) / 60_000;
    if (minutes > settings.reinstateMinutes || ticket.businessDate !== shanghaiDate(now)) {
      throw conflict(
        'ticket.reinstate_expired',
        `过号已超过${settings.reinstateMinutes}分钟，请重新取号`,
      );
    }
    const queueAt = await repo.reinstatePosition(tx, ticket, settings.reinstatePlaces, now);
    const updated = await repo.updateTicket(tx, ticket.id, {
      status: 'waiting',
      queueAt,
      calls: 0,
      windowId: null,
      clerkId: null,
      finishedAt: null,
      calledAt: null,
      targetWindowId: null,
    });
    await recordAndPublish(ctx, tx, user, updated, 'reinstated', {
      places: settings.reinstatePlaces,
    });
    return toTicketView(updated);
  });
}

/**
 * Transfers a ticket to another line or to one window. It keeps its original queue position
 * (fairness) and its issue time (waiting time in reports); a service under way ends here.
 */
export async function transfer(
  ctx: AppContext,
  user: SessionUser,
  ticketId: string,
  input: { line?: string; windowId?: string },
) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'transfer');
    let line = ticket.line;
    if (input.line) {
      const found = await centresRepo.findLine(tx, user.centreId, input.line);
      if (!found) throw badRequest('ticket.unknown_line', `本中心没有业务线 ${input.line}`);
      line = found.letter;
    }
    let targetWindowId: string | null = null;
    if (input.windowId) {
      const target = await getOwnWindow(tx, user, input.windowId);
      if (target.id === ticket.windowId)
        throw conflict('ticket.transfer_same_window', '不能转给当前窗口');
      if (!target.lines.includes(line))
        throw conflict('ticket.window_cannot_serve', `${target.name}不办理该业务线`);
      targetWindowId = target.id;
    }
    if (!input.line && !input.windowId)
      throw badRequest('ticket.transfer_target', '请选择转往的业务线或窗口');
    const now = ctx.clock.now();
    if (ticket.status === 'serving') await repo.endService(tx, ticket.id, now);
    const updated = await repo.updateTicket(tx, ticket.id, {
      status: 'waiting',
      line,
      targetWindowId,
      windowId: null,
      clerkId: null,
      calls: 0,
      startedAt: null,
    });
    await recordAndPublish(ctx, tx, user, updated, 'transferred', {
      fromLine: ticket.line,
      toLine: line,
      toWindowId: targetWindowId,
    });
    return toTicketView(updated);
  });
}

/** Puts a ticket on hold while the resident fetches a document; the window may call the next one. */
export async function hold(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'hold');
    const now = ctx.clock.now();
    if (ticket.status === 'serving') await repo.endService(tx, ticket.id, now);
    const updated = await repo.updateTicket(tx, ticket.id, {
      status: 'held',
      heldAt: now,
      targetWindowId: ticket.windowId,
    });
    await recordAndPublish(ctx, tx, user, updated, 'held');
    return toTicketView(updated);
  });
}

/** The resident is back: the held ticket waits again, for the same window, at its old place. */
export async function resume(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await repo.lockTicket(tx, ticketId);
    if (!ticket || ticket.centreId !== user.centreId)
      throw notFound('ticket.not_found', '号码不存在');
    assertTicketAction(ticket.status, 'resume');
    const updated = await repo.updateTicket(tx, ticket.id, {
      status: 'waiting',
      windowId: null,
      clerkId: null,
      calls: 0,
      startedAt: null,
    });
    await recordAndPublish(ctx, tx, user, updated, 'resumed');
    return toTicketView(updated);
  });
}

/** The tickets on hold for this window and the no-shows of today that may still be reinstated. */
export async function windowQueue(ctx: AppContext, user: SessionUser, windowId: string) {
  const window = await getOwnWindow(ctx.db, user, windowId);
  const settings = await getSettings(ctx.db, user.centreId);
  const now = ctx.clock.now();
  const rows = await repo.heldAndMissed(
    ctx.db,
    window.id,
    user.centreId,
    shanghaiDate(now),
    new Date(now.getTime() - settings.reinstateMinutes * 60_000),
  );
  return rows.map(toTicketView);
}

/**
 * People ahead of a waiting ticket and its estimated wait in whole minutes. A booked ticket is not
 * called before its band starts, so its wait is at least the time until then; the mean service
 * time is never taken below one minute (a day's first few instant services must not promise "now").
 */
export async function waitFor(
  ctx: AppContext,
  tx: Tx,
  ticket: repo.TicketRow,
  settings: CentreSettings,
) {
  const now = ctx.clock.now();
  const ahead = await repo.countAhead(tx, ticket);
  const inputs = await repo.waitInputs(tx, ticket.centreId, ticket.businessDate, ticket.line, now);
  const minutes = estimateWaitMinutes({
    ahead,
    // Nobody at a window yet: no honest estimate (null), rather than "now".
    openWindows: inputs.seated,
    busyWindows: inputs.busy,
    meanServiceMinutes: Math.max(1, inputs.mean ?? settings.defaultServiceMinutes),
  });
  if (minutes === null) return { ahead, estimatedWaitMinutes: null };
  const untilBooked = Math.max(0, (ticket.queueAt.getTime() - now.getTime()) / 60_000);
  return { ahead, estimatedWaitMinutes: Math.round(Math.max(minutes, untilBooked)) };
}
