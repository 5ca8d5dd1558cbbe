/** How a board's state takes in a call, a `board` event and a fresh snapshot. */
import type { HallBoard, HallCall, HallWindowStatus } from '../../api/types';

/** Calls the board lists (the server sends 10; the newest is shown large as well). */
export const BOARD_CALLS = 10;

export const WINDOW_STATUS_LABELS: Record<HallWindowStatus, string> = {
  closed: '未开放',
  unstaffed: '暂停服务',
  idle: '空闲',
  called: '正在叫号',
  serving: '正在办理',
};

/** Newest first, each call once. */
export function addCall(calls: HallCall[], call: HallCall, limit = BOARD_CALLS): HallCall[] {
  return [call, ...calls.filter((c) => c.eventId !== call.eventId)]
    .sort((a, b) => b.eventId - a.eventId)
    .slice(0, limit);
}

/** A call: its window now calls that number, and it heads the list of calls. */
export function withCall(board: HallBoard, call: HallCall): HallBoard {
  return {
    ...board,
    windows: board.windows.map((w) =>
      w.id === call.windowId ? { ...w, ticket: call.ticket, status: 'called' as const } : w,
    ),
    recentCalls: addCall(board.recentCalls, call),
  };
}

/**
 * A snapshot replaces what the board shows, except calls received on the stream after the
 * snapshot was read (a call during the request): those are applied again on top of it.
 */
export function withSnapshot(previous: HallBoard | null, snapshot: HallBoard): HallBoard {
  if (!previous || previous.centre.code !== snapshot.centre.code) return snapshot;
  const newer = previous.recentCalls.filter((c) => c.eventId > snapshot.lastEventId).reverse();
  return newer.reduce(withCall, snapshot);
}
