import { shanghaiDate } from '../../core/dates.js';
import { formatTicketNumber } from '../../core/queue/ticket-number.js';
import { assertNoShowAllowed, assertTicketAction, type TicketAction } from '../../core/queue/ticket-state.js';
import type { Tx } from '../../db/connection.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest, conflict, notFound } from '../../server/errors.js';
import * as centresRepo from '../centres/centres.repository.js';
import { getCentre, getOwnWindow } from '../centres/centres.service.js';
import { getSettings } from '../settings/settings.service.js';
import * as repo from './tickets.repository.js';

export function toTicketView(t: repo.TicketRow) {
  return {
    id: t.id,
    number: t.number,
    line: t.line,
    status: t.status,
    calls: t.calls,
    issuedAt: t.issuedAt.toISOString(),
    calledAt: t.calledAt?.toISOString() ?? null,
    startedAt: t.startedAt?.toISOString() ?? null,
    finishedAt: t.finishedAt?.toISOString() ?? null,
    windowId: t.windowId,
  };
}

/** A resident takes a ticket at the kiosk (or on the phone): the line's next number for the day. */
export async function issueTicket(ctx: AppContext, centreCode: string, input: { line: string }) {
  return ctx.db.transaction(async (tx) => {
    const centre = await getCentre(tx, centreCode);
    const line = await centresRepo.findLine(tx, centre.id, input.line);
    if (!line) throw badRequest('ticket.unknown_line', `本中心没有业务线 ${input.line}`);
    const now = ctx.clock.now();
    const businessDate = shanghaiDate(now);
    const seq = await repo.nextTicketSeq(tx, centre.id, businessDate, line.letter);
    const ticket = await repo.insertTicket(tx, {
      centreId: centre.id,
      businessDate,
      line: line.letter,
      seq,
      number: formatTicketNumber(line.letter, seq),
      status: 'waiting',
      issuedAt: now,
      queueAt: now,
    });
    await repo.insertTicketEvent(tx, { centreId: centre.id, ticketId: ticket.id, kind: 'issued', at: now });
    const waitingAhead = await repo.countWaitingAhead(tx, ticket);
    await ctx.bus.publish(tx, {
      centreId: centre.id,
      type: 'ticket',
      at: now.toISOString(),
      data: { ticket: ticket.number, line: line.letter },
    });
    return {
      id: ticket.id,
      number: ticket.number,
      line: line.letter,
      lineName: line.name,
      waitingAhead,
      issuedAt: now.toISOString(),
      businessDate,
    };
  });
}

/**
 * "Call next" at a window. A free window seats the calling clerk (and frees any other seat the
 * clerk held); a window another clerk holds refuses. The window must not still have a ticket that
 * was called or is in service.
 */
export async function callNext(ctx: AppContext, user: SessionUser, windowId: string) {
  return ctx.db.transaction(async (tx) => {
    const window = await getOwnWindow(tx, user, windowId, true);
    if (window.clerkId && window.clerkId !== user.id) {
      throw conflict('window.taken', `${window.name}已由其他工作人员使用`);
    }
    if (!window.isOpen) throw conflict('window.closed', `${window.name}今日未开放`);
    const now = ctx.clock.now();
    if (!window.clerkId) {
      await centresRepo.unseatClerkElsewhere(tx, user.centreId, user.id, window.id);
      await centresRepo.seatClerk(tx, window.id, user.id, now);
    }
    const active = await repo.findActiveTicketAtWindow(tx, window.id);
    if (active) {
      throw conflict(
        'window.ticket_pending',
        active.status === 'serving'
          ? `${active.number}号正在办理，请先结束服务`
          : `${active.number}号已叫号，请重呼、开始办理或标记过号`,
        { ticketId: active.id },
      );
    }
    const ticket = await repo.callNextWaiting(tx, {
      centreId: user.centreId,
      businessDate: shanghaiDate(now),
      lines: window.lines,
      windowId: window.id,
      clerkId: user.id,
      now,
    });
    if (!ticket) return null;
    await repo.insertTicketEvent(tx, { centreId: user.centreId, ticketId: ticket.id, kind: 'called', at: now, actorId: user.id, windowId: window.id });
    await ctx.bus.publish(tx, {
      centreId: user.centreId,
      type: 'call',
      at: now.toISOString(),
      data: { ticket: ticket.number, window: window.name, windowId: window.id, calls: 1 },
    });
    return toTicketView(ticket);
  });
}

/** Loads a ticket for an action by the clerk at its window, locked, or throws. */
async function ticketForAction(tx: Tx, user: SessionUser, ticketId: string, action: TicketAction) {
  const ticket = await repo.lockTicket(tx, ticketId);
  if (!ticket || ticket.centreId !== user.centreId) throw notFound('ticket.not_found', '号码不存在');
  assertTicketAction(ticket.status, action);
  if (ticket.clerkId !== user.id) throw conflict('ticket.other_window', '该号码由其他窗口叫号');
  return ticket;
}

async function recordAndPublish(ctx: AppContext, tx: Tx, user: SessionUser, ticket: repo.TicketRow, kind: string) {
  const now = ctx.clock.now();
  await repo.insertTicketEvent(tx, { centreId: user.centreId, ticketId: ticket.id, kind, at: now, actorId: user.id, windowId: ticket.windowId });
  await ctx.bus.publish(tx, {
    centreId: user.centreId,
    type: kind === 'recalled' ? 'call' : 'ticket',
    at: now.toISOString(),
    data: { ticket: ticket.number, kind, windowId: ticket.windowId, calls: ticket.calls },
  });
}

export async function recall(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'recall');
    const updated = await repo.updateTicket(tx, ticket.id, { calls: ticket.calls + 1, calledAt: ctx.clock.now() });
    await recordAndPublish(ctx, tx, user, updated, 'recalled');
    return toTicketView(updated);
  });
}

export async function markNoShow(ctx: AppContext, user: SessionUser, ticketId: string) {
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketForAction(tx, user, ticketId, 'no_show');
    const { maxCalls } = await getSettings(tx, user.centreId);
    assertNoShowAllowed(ticket.calls, maxCalls);
    const updated = await repo.updateTicket(tx, ticket.id, { status: 'no_show', finishedAt: ctx.clock.now() });
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
  const clerkName = window.clerkId ? await centresRepo.findUserName(ctx.db, window.clerkId) : undefined;
  const ticket = await repo.findActiveTicketAtWindow(ctx.db, window.id);
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
    const active = await repo.findActiveTicketAtWindow(tx, window.id);
    if (active) throw conflict('window.ticket_pending', `${active.number}号尚未处理完毕`);
    await centresRepo.seatClerk(tx, window.id, null, null);
  });
}
