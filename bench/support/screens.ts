/**
 * The hall's screens as the screens benchmark sees them: many server-sent event streams held
 * open at once, each noting when it received every `call` event, by ticket number.
 *
 * The server admits at most MAX_STREAMS_PER_ADDRESS streams per client address (a constant in
 * src/modules/hall/hall.stream.ts), so the screens connect from several loopback addresses
 * (127.0.0.2, 127.0.0.3, …: Linux routes the whole of 127.0.0.0/8 to the loopback interface)
 * with node:http's `localAddress`, each address holding no more than the cap.
 */
import http from 'node:http';
import { MAX_STREAMS_PER_ADDRESS } from '../../src/modules/hall/hall.stream.js';

export interface Screen {
  address: string;
  /** Ticket number → when (performance.now()) this screen first received its `call` event. */
  readonly calls: Map<string, number>;
  /** Set when the stream failed or ended before it was closed. */
  error: string | null;
  close(): void;
}

/** Opens one stream from `localAddress`; resolves once the server has answered 200. */
function openScreen(url: URL, localAddress: string, timeoutMs: number): Promise<Screen> {
  return new Promise((resolve, reject) => {
    let closing = false;
    const screen: Screen = {
      address: localAddress,
      calls: new Map(),
      error: null,
      close: () => {
        closing = true;
        req.destroy();
      },
    };
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`screen ${localAddress}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const req = http.get(
      url,
      { localAddress, agent: false, headers: { accept: 'text/event-stream' } },
      (res) => {
        clearTimeout(timer);
        if (res.statusCode !== 200) {
          res.resume();
          req.destroy();
          reject(new Error(`screen ${localAddress}: HTTP ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = 'message';
            let data = '';
            for (const line of frame.split('\n')) {
              if (line.startsWith('event:')) event = line.slice(6).trim();
              else if (line.startsWith('data:')) data += line.slice(5).trim();
            }
            if (event !== 'call' || !data) continue;
            const ticket = (JSON.parse(data) as { ticket?: unknown }).ticket;
            if (typeof ticket === 'string' && !screen.calls.has(ticket))
              screen.calls.set(ticket, at);
          }
        });
        res.on('end', () => {
          if (!closing) screen.error ??= 'stream ended';
        });
        res.on('error', (err) => {
          if (!closing) screen.error ??= err.message;
        });
        resolve(screen);
      },
    );
    req.on('error', (err) => {
      clearTimeout(timer);
      if (closing) return;
      screen.error ??= err.message;
      reject(new Error(`screen ${localAddress}: ${err.message}`));
    });
  });
}

/**
 * Opens `count` streams to the centre's hall events, spread evenly over as few loopback
 * addresses (from 127.0.0.2) as the per-address cap allows, a few dozen at a time.
 */
export async function openScreens(
  baseUrl: string,
  centreCode: string,
  count: number,
  options: { timeoutMs?: number } = {},
): Promise<Screen[]> {
  const url = new URL(`/api/v1/centres/${centreCode}/hall/events`, baseUrl);
  const addresses = Math.ceil(count / MAX_STREAMS_PER_ADDRESS);
  if (addresses > 250) throw new Error(`${count} screens need more than 250 loopback addresses`);
  const screens: Screen[] = [];
  const batch = 50;
  try {
    for (let i = 0; i < count; i += batch) {
      const opening = [];
      for (let j = i; j < Math.min(count, i + batch); j++) {
        opening.push(
          openScreen(url, `127.0.0.${2 + (j % addresses)}`, options.timeoutMs ?? 30_000),
        );
      }
      const settled = await Promise.allSettled(opening);
      for (const r of settled) if (r.status === 'fulfilled') screens.push(r.value);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } catch (err) {
    for (const screen of screens) screen.close();
    throw err;
  }
  return screens;
}
