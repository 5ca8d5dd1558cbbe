/**
 * The two kinds of client the hall has: a kiosk issuing tickets, and a clerk at a comprehensive
 * window calling the next resident, starting and at once finishing the service. What every
 * client saw is tallied too, so the run can be checked from the outside as well as in the
 * database.
 */
import { field, type Answer, type HttpClient } from './http.js';
import type { Recorder, Step } from './load.js';

// The catalogue's lines of business; the comprehensive windows serve all of them.
const LINES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

/** A clerk signed in and the window they work at. */
export interface Seat {
  username: string;
  cookie: string;
  windowId: string;
}

/** What the clients were told: every number issued and every ticket called, with how often. */
export class Tally {
  readonly issued = new Map<string, number>();
  readonly called = new Map<string, number>();
  queueEmpty = 0;

  add(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  static repeats(map: Map<string, number>): number {
    return [...map.values()].filter((n) => n > 1).length;
  }
}

interface ClientContext {
  http: HttpClient;
  recorder: Recorder;
  tally: Tally;
}

/** Sends one request, records its latency under `operation`, and the answer if unexpected. */
async function send(
  { http, recorder }: ClientContext,
  operation: string,
  request: { path: string; cookie?: string; body?: unknown; expect: number[] },
): Promise<Answer | null> {
  const started = performance.now();
  const answer = await http.request('POST', request.path, {
    cookie: request.cookie,
    body: request.body,
  });
  recorder.record(operation, performance.now() - started);
  if (request.expect.includes(answer.status)) return answer;
  recorder.unexpected(operation, {
    method: 'POST',
    path: request.path,
    status: answer.status,
    body: answer.body,
  });
  return null;
}

/** A kiosk taking tickets one after another, going round the lines from `offset`. */
export function kiosk(ctx: ClientContext, offset: number): Step {
  let next = offset;
  return async () => {
    const line = LINES[next++ % LINES.length]!;
    const answer = await send(ctx, 'issue ticket', {
      path: '/centres/demo/tickets',
      body: { line },
      expect: [201],
    });
    if (answer) ctx.tally.add(ctx.tally.issued, String(field(answer.body, 'number')));
  };
}

/**
 * A clerk's cycle: call-next, start, finish. An empty queue ends the clerk's run, or with
 * `waitWhenEmpty` pauses briefly (kiosks are still issuing). Any unexpected answer ends it too:
 * the window would be left holding a ticket and every later call would be refused.
 */
export function clerk(ctx: ClientContext, seat: Seat, options: { waitWhenEmpty: boolean }): Step {
  const { cookie } = seat;
  return async () => {
    const started = performance.now();
    const call = await send(ctx, 'call-next', {
      path: `/windows/${seat.windowId}/call-next`,
      cookie,
      expect: [200, 204],
    });
    if (!call) return 'stop';
    if (call.status === 204) {
      ctx.tally.queueEmpty += 1;
      if (!options.waitWhenEmpty) return 'stop';
      await new Promise((resolve) => setTimeout(resolve, 20));
      return;
    }
    const ticketId = String(field(call.body, 'ticket', 'id'));
    ctx.tally.add(ctx.tally.called, ticketId);
    if (!(await send(ctx, 'start', { path: `/tickets/${ticketId}/start`, cookie, expect: [200] })))
      return 'stop';
    if (
      !(await send(ctx, 'finish', { path: `/tickets/${ticketId}/finish`, cookie, expect: [200] }))
    )
      return 'stop';
    ctx.recorder.record('cycle', performance.now() - started);
  };
}

/** Signs the clerks in and gives each a comprehensive window of the demo centre, in order. */
export async function takeSeats(http: HttpClient, usernames: string[]): Promise<Seat[]> {
  const answer = await http.request('GET', '/centres/demo/windows');
  const windows =
    (field(answer.body, 'windows') as { id: string; number: number; kind: string }[] | undefined) ??
    [];
  const comprehensive = windows
    .filter((w) => w.kind === 'comprehensive')
    .sort((a, b) => a.number - b.number);
  if (comprehensive.length < usernames.length)
    throw new Error(`only ${comprehensive.length} comprehensive windows`);
  return Promise.all(
    usernames.map(async (username, i) => ({
      username,
      cookie: await http.login(username),
      windowId: comprehensive[i]!.id,
    })),
  );
}
