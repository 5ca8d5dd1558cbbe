/**
 * The hall's event stream (server-sent events) for boards and window screens. One feed per app
 * listens to the bus; for a centre with screens connected it reads each call back from the
 * database once and writes it to all of them. The SSE id of a call is its ticket event's id, the
 * same in every process and after a restart, so a screen that reconnects with Last-Event-ID is
 * first sent the calls it missed, then the live ones.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';
import type { LiveEvent } from '../../server/bus.js';
import type { AppContext } from '../../server/context.js';
import { loggableError } from '../../server/errors.js';
import type { CallView } from './hall.schema.js';
import * as service from './hall.service.js';

const PING_MS = 15_000;
const RETRY_MS = 2_000;
/** A burst of tickets (a queue at the kiosk) makes one board query, not one per ticket. */
const BOARD_DEBOUNCE_MS = 200;
/**
 * Streams one address may hold open. A hall's boards and window screens usually reach the
 * server through one address (the centre's router), and a large hall has 30-odd windows.
 */
export const MAX_STREAMS_PER_ADDRESS = 40;
/** Call ids a stream remembers sending, so a call replayed and also received live goes once. */
const SENT_MEMORY = 256;

interface HallStream {
  centreId: string;
  res: ServerResponse;
  sent: Set<number>;
  /** The highest id written as an SSE id: the client's Last-Event-ID never moves back. */
  maxId: number;
  /** Live calls held back while the missed ones are being replayed. */
  held: CallView[] | null;
}

function write(res: ServerResponse, frame: string): void {
  if (!res.writableEnded && !res.destroyed) res.write(frame);
}

export class HallFeed {
  private readonly streams = new Set<HallStream>();
  private readonly perAddress = new Map<string, number>();
  private readonly boardTimers = new Map<string, NodeJS.Timeout>();
  private calls: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
  ) {
    this.unsubscribe = ctx.bus.subscribe((event) => this.onEvent(event));
  }

  /** Counts a stream for `address`; false when it already holds as many as allowed. */
  admit(address: string): boolean {
    const open = this.perAddress.get(address) ?? 0;
    if (open >= MAX_STREAMS_PER_ADDRESS) return false;
    this.perAddress.set(address, open + 1);
    return true;
  }

  /**
   * Takes the reply over and streams the centre's calls, starting with today's calls after
   * `lastEventId` when it is given. The stream must have been admitted for `address`.
   */
  async open(
    reply: FastifyReply,
    options: { centreId: string; address: string; lastEventId?: number },
  ): Promise<void> {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    const isReplaying = options.lastEventId !== undefined;
    const stream: HallStream = {
      centreId: options.centreId,
      res,
      sent: new Set(),
      maxId: options.lastEventId ?? 0,
      held: isReplaying ? [] : null,
    };
    this.streams.add(stream);
    // A comment line now and then keeps proxies from closing a quiet stream.
    const ping = setInterval(() => write(res, ': ping\n\n'), PING_MS);
    res.on('close', () => {
      clearInterval(ping);
      this.streams.delete(stream);
      this.release(options.address);
    });
    if (!isReplaying) return;

    try {
      const missed = await service.listMissedCalls(
        this.ctx,
        options.centreId,
        options.lastEventId!,
      );
      for (const call of missed) this.writeCall(stream, call);
    } catch (err) {
      // The client refetches the board when it connects, so a failed replay loses no state.
      this.log.error({ err: loggableError(err) }, 'hall replay failed');
    }
    const held = stream.held ?? [];
    stream.held = null;
    for (const call of held) this.writeCall(stream, call);
  }

  /** Ends every stream (the server is stopping; the screens reconnect to another or to it again). */
  close(): void {
    this.unsubscribe();
    for (const timer of this.boardTimers.values()) clearTimeout(timer);
    this.boardTimers.clear();
    for (const stream of this.streams) stream.res.end();
  }

  private release(address: string): void {
    const open = (this.perAddress.get(address) ?? 1) - 1;
    if (open > 0) this.perAddress.set(address, open);
    else this.perAddress.delete(address);
  }

  private hasStreams(centreId: string): boolean {
    for (const stream of this.streams) if (stream.centreId === centreId) return true;
    return false;
  }

  private onEvent(event: LiveEvent): void {
    if (!this.hasStreams(event.centreId)) return;
    if (event.type === 'call') {
      // One at a time, so calls reach the screens in the order they were announced.
      this.calls = this.calls.then(() => this.deliverCall(event));
    }
    if (event.type === 'call' || event.type === 'ticket' || event.type === 'window') {
      this.scheduleBoard(event.centreId);
    }
  }

  private async deliverCall(event: LiveEvent): Promise<void> {
    try {
      const call = await service.findLiveCall(this.ctx, event);
      if (!call) return;
      for (const stream of this.streams) {
        if (stream.centreId !== event.centreId) continue;
        if (stream.held) stream.held.push(call);
        else this.writeCall(stream, call);
      }
    } catch (err) {
      this.log.error({ err: loggableError(err) }, 'hall call delivery failed');
    }
  }

  private writeCall(stream: HallStream, call: CallView): void {
    if (stream.sent.has(call.eventId)) return;
    stream.sent.add(call.eventId);
    if (stream.sent.size > SENT_MEMORY) stream.sent.delete(stream.sent.values().next().value!);
    // Two transactions may commit out of id order: the older id is sent, but not as the SSE id.
    const id = call.eventId > stream.maxId ? `id: ${call.eventId}\n` : '';
    stream.maxId = Math.max(stream.maxId, call.eventId);
    write(stream.res, `${id}event: call\ndata: ${JSON.stringify(call)}\n\n`);
  }

  private scheduleBoard(centreId: string): void {
    if (this.boardTimers.has(centreId)) return;
    const timer = setTimeout(() => {
      this.boardTimers.delete(centreId);
      void this.deliverBoard(centreId);
    }, BOARD_DEBOUNCE_MS);
    this.boardTimers.set(centreId, timer);
  }

  private async deliverBoard(centreId: string): Promise<void> {
    if (!this.hasStreams(centreId)) return;
    try {
      const state = await service.getBoardState(this.ctx, this.ctx.db, centreId);
      const data = JSON.stringify({ ...state, at: this.ctx.clock.now().toISOString() });
      for (const stream of this.streams) {
        if (stream.centreId === centreId) write(stream.res, `event: board\ndata: ${data}\n\n`);
      }
    } catch (err) {
      this.log.error({ err: loggableError(err) }, 'hall board update failed');
    }
  }
}
