/**
 * The real Yimen server for browser tests, inside the test process: the app built as
 * `npm start` builds it, on a fresh in-memory PGlite with the calendar, the catalogue and the
 * demo centre, serving the built console, listening on 127.0.0.1 on a port of its own.
 * `YIMEN_E2E_LOG=1` prints the server's error log lines (a 500 behind a page that did nothing).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/connection.js';
import type { App } from '../../src/server/types.js';
import { buildApp } from '../../src/server/app.js';
import { createContext, prepareDatabase } from '../../src/server/bootstrap.js';
import { ManualClock } from '../../src/server/clock.js';
import type { AppContext } from '../../src/server/context.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built console; `YIMEN_E2E_WEB_DIST` serves another build instead (one made outside web/dist). */
export const WEB_DIST = process.env.YIMEN_E2E_WEB_DIST || path.join(ROOT, 'web', 'dist');

/** Monday 2 March 2026, 09:30 in Shanghai: a plain working day, the hall just opened. */
export const DAY_START = '2026-03-02T01:30:00Z';

export const DEMO_PASSWORD = 'yimen-demo';

export interface ApiAnswer {
  status: number;
  body: any;
}

export interface TestServer {
  /** http://127.0.0.1:<port>, no trailing slash. */
  baseUrl: string;
  /** The server's clock; it only moves when a test moves it. */
  clock: ManualClock;
  ctx: AppContext;
  /** Signs a demo account in over HTTP and returns its cookie header (`yimen_session=…`). */
  login(username: string): Promise<string>;
  /** A JSON request to `/api/v1…` over HTTP, as the console sends it. */
  api(method: string, apiPath: string, options?: { cookie?: string; body?: unknown }): Promise<ApiAnswer>;
  /** Stops the HTTP server (open screens lose their connection); the database stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with the same database and clock: a server restart. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(options: { start?: string } = {}): Promise<TestServer> {
  const clock = new ManualClock(options.start ?? DAY_START);
  const database = await openDatabase({});
  const ctx = await createContext({
    database,
    clock,
    // The receipt's QR code points at this server once it knows its port (set below).
    config: { demo: true, webDist: WEB_DIST, publicUrl: 'http://127.0.0.1', secureCookies: false, rateLimit: false },
  });
  await prepareDatabase(database, { demo: true, clock });
  let app: App | null = null;
  let port = 0;
  const start = async () => {
    app = await buildApp(ctx, { logger: process.env.YIMEN_E2E_LOG ? { level: 'error' } : false });
    await app.listen({ host: '127.0.0.1', port });
    port = (app.server.address() as { port: number }).port;
  };
  const stop = async () => {
    await app?.close();
    app = null;
  };
  await start();
  const baseUrl = `http://127.0.0.1:${port}`;
  ctx.config.publicUrl = baseUrl;

  const api: TestServer['api'] = async (method, apiPath, opts = {}) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}/api/v1${apiPath}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  return {
    baseUrl,
    clock,
    ctx,
    api,
    async login(username) {
      const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      const session = res.headers.getSetCookie().find((c) => c.startsWith('yimen_session='));
      if (!session) throw new Error(`login ${username}: no yimen_session cookie`);
      return session.split(';')[0]!;
    },
    stop,
    start,
    async close() {
      await stop();
      await ctx.bus.close();
      await database.close();
    },
  };
}
