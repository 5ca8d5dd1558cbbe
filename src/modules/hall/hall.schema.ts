/**
 * What the hall's screens receive: ticket numbers, window names, counts and times. Nothing here
 * can carry a resident's name or ID number; a clerk's name appears only masked (张*明).
 */
import { z } from 'zod';

export const windowStatus = z.enum(['closed', 'unstaffed', 'idle', 'called', 'serving']);
export type WindowStatus = z.infer<typeof windowStatus>;

export const callView = z.object({
  /** The ticket_events id of the call: also the event's SSE id. */
  eventId: z.number(),
  ticket: z.string(),
  window: z.string(),
  windowId: z.string(),
  /** 1 for the first call, 2 for the first recall… */
  calls: z.number(),
  at: z.string(),
  /** The words the voice reads: 请A001号到3号窗口办理. */
  announcement: z.string(),
});
export type CallView = z.infer<typeof callView>;

export const boardWindow = z.object({
  id: z.string(),
  number: z.number(),
  name: z.string(),
  kind: z.enum(['comprehensive', 'specialised', 'reply', 'cashier']),
  status: windowStatus,
  /** The ticket called to or served at this window, or null. */
  ticket: z.string().nullable(),
});

export const boardLine = z.object({ letter: z.string(), name: z.string(), waiting: z.number() });

/** The part of the board that a `board` event carries: windows and waiting counts. */
export const boardState = z.object({ windows: z.array(boardWindow), lines: z.array(boardLine) });
export type BoardState = z.infer<typeof boardState>;

export const hallBoard = boardState.extend({
  centre: z.object({ code: z.string(), name: z.string() }),
  businessDate: z.string(),
  /** The newest of today's calls, newest first (at most 10). */
  recentCalls: z.array(callView),
  /** Open the event stream from here (`?lastEventId=`): nothing in between is missed. */
  lastEventId: z.number(),
});

export const windowScreen = z.object({
  centre: z.object({ code: z.string(), name: z.string() }),
  window: z.object({
    id: z.string(),
    number: z.number(),
    name: z.string(),
    kind: z.enum(['comprehensive', 'specialised', 'reply', 'cashier']),
    status: windowStatus,
    ticket: z.string().nullable(),
    /** The clerk seated at the window, masked for a public screen (王*燕), or null. */
    clerkName: z.string().nullable(),
  }),
  /** Today's latest calls at this window, newest first (at most 5). */
  recentCalls: z.array(callView),
  lastEventId: z.number(),
});

export const hallEventsQuery = z.object({
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/, 'lastEventId 应为事件编号')
    .optional(),
});
