/**
 * The manager's hall monitor: every window (who is there, the current ticket, how long it has been
 * served or how long the window has been idle), waiting per line with the longest wait, alerts when
 * a line's longest wait passes the threshold; and opening or closing windows for the day.
 */
import { shanghaiDate } from '../../core/dates.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { conflict } from '../../server/errors.js';
import { getOwnWindow } from '../centres/centres.service.js';
import { getSettings } from '../settings/settings.service.js';
import * as ticketsRepo from '../tickets/tickets.repository.js';

const minutesSince = (from: Date | string | null, now: Date) =>
  from ? Math.max(0, Math.round((now.getTime() - new Date(from).getTime()) / 60_000)) : null;

export async function hallMonitor(ctx: AppContext, user: SessionUser) {
  const now = ctx.clock.now();
  const [windows, lines, settings] = await Promise.all([
    ticketsRepo.windowsWithActivity(ctx.db, user.centreId),
    ticketsRepo.waitingByLine(ctx.db, user.centreId, shanghaiDate(now)),
    getSettings(ctx.db, user.centreId),
  ]);
  const lineViews = lines.map((l) => {
    const longestWaitMinutes = minutesSince(l.oldest, now);
    return {
      letter: l.letter,
      name: l.name,
      waiting: l.waiting,
      longestWaitMinutes,
      alert: (longestWaitMinutes ?? 0) >= settings.waitAlertMinutes,
    };
  });
  return {
    at: now.toISOString(),
    waitAlertMinutes: settings.waitAlertMinutes,
    windows: windows.map((w) => ({
      id: w.id,
      number: w.number,
      name: w.name,
      kind: w.kind,
      lines: w.lines,
      isOpen: w.is_open,
      // A seat left from an earlier day is not someone at the window now.
      clerkName:
        w.seated_at && shanghaiDate(new Date(w.seated_at)) === shanghaiDate(now)
          ? w.clerk_name
          : null,
      ticket: w.ticket,
      ticketStatus: w.ticket_status,
      servingMinutes: w.ticket_status === 'serving' ? minutesSince(w.started_at, now) : null,
      idleMinutes:
        w.clerk_name &&
        w.seated_at &&
        shanghaiDate(new Date(w.seated_at)) === shanghaiDate(now) &&
        !w.ticket
          ? minutesSince(w.last_finished_at ?? w.seated_at, now)
          : null,
    })),
    lines: lineViews,
    alerts: lineViews
      .filter((l) => l.alert)
      .map((l) => `${l.letter}类（${l.name}）最长已等候${l.longestWaitMinutes}分钟`),
  };
}

/** Opens or closes a window for the day; a window busy with a resident cannot be closed. */
export async function setWindowOpen(
  ctx: AppContext,
  user: SessionUser,
  windowId: string,
  isOpen: boolean,
) {
  await ctx.db.transaction(async (tx) => {
    const window = await getOwnWindow(tx, user, windowId, true);
    if (
      !isOpen &&
      (await ticketsRepo.findActiveTicketAtWindow(tx, window.id, shanghaiDate(ctx.clock.now())))
    ) {
      throw conflict('window.busy', `${window.name}正在办理，不能关闭`);
    }
    await ticketsRepo.setWindowOpen(tx, window.id, isOpen);
  });
}
