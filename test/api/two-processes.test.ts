/**
 * Two Yimen processes on one PostgreSQL server behave as one hall: calls made at the same time on
 * both never take the same ticket, and a call made on one process reaches a live screen connected
 * to the other (LISTEN/NOTIFY).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../src/cli/config.js';

const serverUrl = inject('pgUrl');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(base: string, child: ChildProcess, log: string[]): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`process exited: ${log.join('')}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy: ${log.join('')}`);
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'yimen-demo' }) });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const post = (url: string, cookie?: string, body?: object) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: body ? JSON.stringify(body) : undefined });

(serverUrl ? describe : describe.skip)('two processes, one hall [postgres]', () => {
  const name = `yimen_p_${randomBytes(5).toString('hex')}`;
  const children: ChildProcess[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // Both start at once: migrations and the demo seed are serialised by advisory locks.
    await Promise.all(
      [0, 1].map(async () => {
        const port = await freePort();
        const log: string[] = [];
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start', '--demo'], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', YIMEN_CONSOLE: 'off', YIMEN_LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout!.on('data', (d) => log.push(String(d)));
        child.stderr!.on('data', (d) => log.push(String(d)));
        children.push(child);
        const base = `http://127.0.0.1:${port}`;
        bases.push(base);
        await waitHealthy(base, child, log);
      }),
    );
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('never gives one ticket to two windows, whichever process each clerk uses', async () => {
    const [a, b] = bases as [string, string];
    const windows = (await (await fetch(`${a}/api/v1/centres/demo/windows`)).json()).windows.filter((w: any) => w.kind === 'comprehensive');
    for (let i = 0; i < 24; i++) expect((await post(`${i % 2 ? a : b}/api/v1/centres/demo/tickets`, undefined, { line: 'A' })).status).toBe(201);
    const clerks = ['clerk', 'clerk2', 'clerk3', 'clerk4', 'clerk5', 'clerk6'];
    const called: string[] = [];
    await Promise.all(
      clerks.map(async (clerk, i) => {
        const base = i % 2 ? a : b;
        const cookie = await login(base, clerk);
        for (;;) {
          const res = await post(`${base}/api/v1/windows/${windows[i].id}/call-next`, cookie);
          if (res.status === 204) return;
          expect(res.status).toBe(200);
          const { ticket } = await res.json();
          called.push(ticket.number);
          expect((await post(`${base}/api/v1/tickets/${ticket.id}/start`, cookie)).status).toBe(200);
          expect((await post(`${base}/api/v1/tickets/${ticket.id}/finish`, cookie)).status).toBe(200);
        }
      }),
    );
    expect(called).toHaveLength(24);
    expect(new Set(called).size).toBe(24);
  });

  it('sends a call made on one process to a live screen connected to the other', async () => {
    const [a, b] = bases as [string, string];
    const manager = await login(b, 'manager');
    const stream = await fetch(`${b}/api/v1/live`, { headers: { cookie: manager } });
    const reader = stream.body!.getReader();
    const ticket = await (await post(`${a}/api/v1/centres/demo/tickets`, undefined, { line: 'G' })).json();
    const windows = (await (await fetch(`${a}/api/v1/centres/demo/windows`)).json()).windows;
    const cookie = await login(a, 'clerk7');
    const call = await post(`${a}/api/v1/windows/${windows[6].id}/call-next`, cookie);
    expect(call.status).toBe(200);
    let text = '';
    while (!text.includes(`"ticket":"${ticket.number}"`) || !text.includes('event: call')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toContain('event: call');
    expect(text).toContain(`"ticket":"${ticket.number}"`);
    expect(text).toContain('"window":"7号窗口"');
  });
});
