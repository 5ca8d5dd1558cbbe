/**
 * The real app on the real database engine, for API tests: PGlite by default and, in the same
 * file, a PostgreSQL server when one was provided. Each environment is a fresh database with the
 * calendar, the catalogue and the demo centre, driven through `app.inject`.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connection.js';
import { buildApp } from '../../src/server/app.js';
import { createContext, prepareDatabase } from '../../src/server/bootstrap.js';
import { ManualClock } from '../../src/server/clock.js';
import type { AppContext } from '../../src/server/context.js';
import type { App } from '../../src/server/types.js';

export type DbTarget = 'pglite' | 'postgres';

export interface TestEnv {
  target: DbTarget;
  app: App;
  ctx: AppContext;
  clock: ManualClock;
  /** Signs a demo account in and returns its cookie header. */
  login(username: string): Promise<string>;
  /** JSON request through the app; `cookie` signs it. */
  call(method: string, url: string, options?: { cookie?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
}

/** A fresh database on the target: a new PGlite in memory, or a new database on the server. */
export async function openTestDatabase(target: DbTarget): Promise<{ database: Database; drop(): Promise<void> }> {
  if (target === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const serverUrl = inject('pgUrl');
  const name = `yimen_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    database,
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function createTestEnv(target: DbTarget, options: { start?: string } = {}): Promise<TestEnv & { close(): Promise<void> }> {
  const clock = new ManualClock(options.start ?? '2026-03-02T01:00:00Z');
  const { database, drop } = await openTestDatabase(target);
  const ctx = await createContext({
    database,
    clock,
    config: { demo: true, publicUrl: 'http://yimen.test', secureCookies: false, rateLimit: false, trustProxy: '127.0.0.1' },
  });
  await prepareDatabase(database, { demo: true, clock });
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const call: TestEnv['call'] = async (method, url, opts = {}) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...(opts.headers ?? {}) },
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
    });
    let body: unknown = res.body;
    try {
      body = res.body ? JSON.parse(res.body) : null;
    } catch {
      // not JSON (a spreadsheet, an event stream)
    }
    return { status: res.statusCode, body, headers: res.headers };
  };
  const cookies = new Map<string, string>();
  return {
    target,
    app,
    ctx,
    clock,
    call,
    async login(username) {
      // Sessions last 12 hours of the (manual) clock: sign in again on another day.
      const key = `${username}@${clock.now().toISOString().slice(0, 10)}`;
      const cached = cookies.get(key);
      if (cached) return cached;
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'yimen-demo' } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = String(res.headers['set-cookie']).split(';')[0]!;
      cookies.set(key, cookie);
      return cookie;
    },
    async close() {
      await app.close();
      await ctx.bus.close();
      await drop();
    },
  };
}

/**
 * Runs the same suite on PGlite and on the PostgreSQL server. The server run is skipped (and
 * says so) when no server was found and CI is not set.
 */
export function describeOnEachDb(name: string, suite: (env: () => TestEnv) => void, options: { start?: string } = {}): void {
  for (const target of ['pglite', 'postgres'] as const) {
    const available = target === 'pglite' || inject('pgUrl') !== '';
    (available ? describe : describe.skip)(`${name} [${target}]`, () => {
      let env: (TestEnv & { close(): Promise<void> }) | undefined;
      beforeAll(async () => {
        env = await createTestEnv(target, options);
      });
      afterAll(async () => {
        await env?.close();
      });
      suite(() => {
        if (!env) throw new Error('test environment not ready');
        return env;
      });
    });
  }
}
