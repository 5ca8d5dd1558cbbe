import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveEvent } from './bus.js';
import type { AppContext } from './context.js';

/**
 * Streams live events that pass `filter` as server-sent events, with a comment line every 15 s so
 * proxies keep the connection open. The browser's EventSource reconnects by itself.
 */
export function openEventStream(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  filter: (event: LiveEvent) => boolean,
): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let seq = 0;
  const unsubscribe = ctx.bus.subscribe((event) => {
    if (!filter(event)) return;
    seq += 1;
    res.write(`id: ${seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ ...event.data, at: event.at })}\n\n`);
  });
  const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
  const close = () => {
    clearInterval(ping);
    unsubscribe();
  };
  request.raw.on('close', close);
  res.on('error', close);
}
