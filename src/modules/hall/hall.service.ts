/**
 * The hall's screens: the board (every window, the waiting per line, the latest calls) and the
 * screen above each window. Public, so they hold ticket numbers, window names and counts only.
 */
import { shanghaiDate } from '../../core/dates.js';
import { maskName } from '../../core/identity/mask.js';
import { callAnnouncement } from '../../core/queue/ticket-number.js';
import type { Tx } from '../../db/connection.js';
import type { LiveEvent } from '../../server/bus.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import * as centresRepo from '../centres/centres.repository.js';
import { getCentre } from '../centres/centres.service.js';
import * as repo from './hall.repository.js';
import type { BoardState, CallView, WindowStatus } from './hall.schema.js';

/** Calls on the board's "latest calls" list, and on a window's screen. */
const BOARD_CALLS = 10;
const SCREEN_CALLS = 5;
/** A reconnecting screen is sent at most this many missed calls (the newest). */
export const REPLAY_LIMIT = 100;

function toCallView(row: repo.CallRow): CallView {
  return {
    eventId: Number(row.id),
    ticket: row.ticket,
    window: row.window_name,
    windowId: row.window_id,
    calls: row.calls,
    at: new Date(row.at).toISOString(),
    announcement: callAnnouncement(row.ticket, row.window_name),
  };
}

function windowStatus(row: repo.WindowStateRow): WindowStatus {
  if (!row.is_open) return 'closed';
  if (row.ticket_status) return row.ticket_status;
  return row.clerk_id ? 'idle' : 'unstaffed';
}

function toBoardWindow(row: repo.WindowStateRow) {
  return {
    id: row.id,
    number: row.number,
    name: row.name,
    kind: row.kind,
    status: windowStatus(row),
    ticket: row.ticket_status ? row.ticket : null,
  };
}

/** What a `board` event carries: every window's state and the waiting per line, now. */
export async function getBoardState(
  ctx: AppContext,
  tx: Tx,
  centreId: string,
): Promise<BoardState> {
  const businessDate = shanghaiDate(ctx.clock.now());
  const windows = await repo.listWindowStates(tx, { centreId, businessDate });
  const lines = await centresRepo.listLinesWithWaiting(tx, centreId, businessDate);
  return {
    windows: windows.map(toBoardWindow),
    lines: lines.map((l) => ({ letter: l.letter, name: l.name, waiting: l.waiting })),
  };
}

/**
 * The hall board's snapshot. `lastEventId` is read first: a call made while the rest is read
 * has a later id, so a stream opened from it replays that call rather than missing it.
 */
export async function getBoard(ctx: AppContext, centreCode: string) {
  const centre = await getCentre(ctx.db, centreCode);
  const lastEventId = await repo.lastTicketEventId(ctx.db, centre.id);
  const businessDate = shanghaiDate(ctx.clock.now());
  const state = await getBoardState(ctx, ctx.db, centre.id);
  const calls = await repo.listCalls(ctx.db, {
    centreId: centre.id,
    businessDate,
    limit: BOARD_CALLS,
  });
  return {
    centre: { code: centre.code, name: centre.name },
    businessDate,
    ...state,
    recentCalls: calls.map(toCallView),
    lastEventId,
  };
}

/** The screen above one window: its current number and its latest calls; 404 for an unknown window. */
export async function getWindowScreen(ctx: AppContext, windowId: string) {
  const window = await centresRepo.findWindow(ctx.db, windowId);
  const centre = window && (await centresRepo.findCentreById(ctx.db, window.centreId));
  if (!window || !centre) throw notFound('window.not_found', '窗口不存在');
  const lastEventId = await repo.lastTicketEventId(ctx.db, centre.id);
  const businessDate = shanghaiDate(ctx.clock.now());
  const [state] = await repo.listWindowStates(ctx.db, {
    centreId: centre.id,
    businessDate,
    windowId,
  });
  if (!state) throw notFound('window.not_found', '窗口不存在');
  const clerkName = state.clerk_id
    ? await centresRepo.findUserName(ctx.db, state.clerk_id)
    : undefined;
  const calls = await repo.listCalls(ctx.db, {
    centreId: centre.id,
    businessDate,
    windowId,
    limit: SCREEN_CALLS,
  });
  return {
    centre: { code: centre.code, name: centre.name },
    window: { ...toBoardWindow(state), clerkName: clerkName ? maskName(clerkName) : null },
    recentCalls: calls.map(toCallView),
    lastEventId,
  };
}

/** The calls of today after `afterId`, oldest first, for a screen that reconnects. */
export async function listMissedCalls(
  ctx: AppContext,
  centreId: string,
  afterId: number,
): Promise<CallView[]> {
  const rows = await repo.listCalls(ctx.db, {
    centreId,
    businessDate: shanghaiDate(ctx.clock.now()),
    afterId,
    limit: REPLAY_LIMIT,
  });
  return rows.map(toCallView).reverse();
}

/**
 * A live `call` event as the screens show it, read back from the ticket event it announces, so
 * a live call and a replayed one look the same (a recall's live event has no window name).
 */
export async function findLiveCall(
  ctx: AppContext,
  event: LiveEvent,
): Promise<CallView | undefined> {
  const { eventId, windowId, ticket } = event.data;
  let rows: repo.CallRow[] = [];
  if (typeof eventId === 'number') {
    rows = await repo.listCalls(ctx.db, { centreId: event.centreId, eventId, limit: 1 });
  } else if (typeof ticket === 'string' && typeof windowId === 'string') {
    // Published without its id (a process of an older version): the ticket's latest call there.
    const businessDate = shanghaiDate(ctx.clock.now());
    rows = await repo.listCalls(ctx.db, {
      centreId: event.centreId,
      businessDate,
      windowId,
      ticket,
      limit: 1,
    });
  }
  return rows[0] ? toCallView(rows[0]) : undefined;
}

/** The centre a board stream is for, or 404. */
export async function getStreamCentre(ctx: AppContext, centreCode: string) {
  const centre = await getCentre(ctx.db, centreCode);
  return { id: centre.id, code: centre.code };
}
