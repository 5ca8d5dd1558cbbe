/**
 * A Yimen server for browser tests that can be stopped and started again on the same port,
 * as a process restart looks to the screens in the hall: open streams end, the address refuses
 * for a while, then a fresh app answers on the same database. Built like `startServer`.
 */
import { openDatabase } from '../../src/db/connection.js';
import { buildApp } from '../../src/server/app.js';
import { createContext, prepareDatabase } from '../../src/server/bootstrap.js';
import { ManualClock } from '../../src/server/clock.js';
import type { App } from '../../src/server/types.js';
import { DAY_START, DEMO_PASSWORD, WEB_DIST, type TestServer } from './server.js';

export interface RestartableServer extends TestServer {
  /** Closes the app (its event streams end first); the database stays. */
  stop(): Promise<void>;
  /** A fresh app on the same database and clock, listening on the same port. */
  start(): Promise<void>;
}

export async function startRestartableServer(
  options: { start?: string } = {},
): Promise<RestartableServer> {
  const clock = new ManualClock(options.start ?? DAY_START);
  const database = await openDatabase({});
  const ctx = await createContext({
    database,
    clock,
    config: {
      demo: true,
      webDist: WEB_DIST,
      publicUrl: 'http://127.0.0.1',
      secureCookies: false,
      rateLimit: false,
    },
  });
  await prepareDatabase(database, { demo: true, clock });

  let app: App | null = null;
  let port = 0;
  const listen = async () => {
    app = await buildApp(ctx, { logger: process.env.YIMEN_E2E_LOG ? { level: 'error' } : false });
    await app.listen({ host: '127.0.0.1', port });
    port = (app.server.address() as { port: number }).port;
  };
  const stop = async () => {
    await app?.close();
    app = null;
  };
  await listen();
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
      if (res.status !== 200)
        throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      const session = res.headers.getSetCookie().find((c) => c.startsWith('yimen_session='));
      if (!session) throw new Error(`login ${username}: no yimen_session cookie`);
      return session.split(';')[0]!;
    },
    stop,
    start: listen,
    async close() {
      await stop();
      await ctx.bus.close();
      await database.close();
    },
  };
}
