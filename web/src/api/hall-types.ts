/**
 * What the hall's screens receive (docs/api.md, "Hall screens"): ticket numbers, window names
 * and counts, never a resident's name; a clerk's name only masked (王*燕).
 */
import type { WindowKind } from './types';

export type HallWindowStatus = 'closed' | 'unstaffed' | 'idle' | 'called' | 'serving';

/** One call (or recall) of a ticket to a window; `eventId` is also the stream's event id. */
export interface HallCall {
  eventId: number;
  ticket: string;
  window: string;
  windowId: string;
  calls: number;
  at: string;
  /** 请A001号到3号窗口办理 */
  announcement: string;
}

export interface HallWindow {
  id: string;
  number: number;
  name: string;
  kind: WindowKind;
  status: HallWindowStatus;
  ticket: string | null;
}

export interface HallLine {
  letter: string;
  name: string;
  waiting: number;
}

/** The windows and waiting counts: the data of a `board` event. */
export interface HallBoardState {
  windows: HallWindow[];
  lines: HallLine[];
}

export interface HallBoard extends HallBoardState {
  centre: { code: string; name: string };
  businessDate: string;
  recentCalls: HallCall[];
  lastEventId: number;
}

export interface WindowScreen {
  centre: { code: string; name: string };
  window: HallWindow & { clerkName: string | null };
  recentCalls: HallCall[];
  lastEventId: number;
}
