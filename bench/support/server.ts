/**
 * The benchmark's server process: the real app with demo data, rate limits and logging off,
 * listening on a free loopback port. It runs apart from the load generator so that the two do
 * not share one event loop. PGlite gets a fresh data folder on disk (as `npm start` uses);
 * with BENCH_DATABASE_URL it uses that PostgreSQL database instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/connection.js';
import { buildApp } from '../../src/server/app.js';
import { createContext, prepareDatabase } from '../../src/server/bootstrap.js';
import { runningClockFrom } from '../../src/server/clock.js';
import { checkQueue } from './checks.js';
import type { BenchMessage, ServerMessage } from './protocol.js';

// A working Monday morning in Shanghai: every ticket of the run has the same business date.
const BENCH_START = new Date('2026-03-02T01:30:00Z');

function send(message: ServerMessage): void {
  if (!process.send)
    throw new Error('bench/support/server.ts runs as a child of the benchmark (IPC)');
  process.send(message);
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL || undefined;
  const dataDir = url ? undefined : mkdtempSync(path.join(os.tmpdir(), 'yimen-bench-pglite-'));
  const clock = runningClockFrom(BENCH_START);
  const ctx = await createContext({
    url,
    dataDir,
    clock,
    config: { demo: true, publicUrl: 'http://127.0.0.1', secureCookies: false, rateLimit: false },
  });
  await prepareDatabase(ctx.database, { demo: true, clock });
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await ctx.bus.close();
    await ctx.database.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('message', (message: BenchMessage) => {
    if (message.type === 'stop') void stop();
    if (message.type === 'check')
      void checkQueue(ctx.db).then((check) => send({ type: 'checked', check }));
    if (message.type === 'usage') {
      const { user, system } = process.cpuUsage();
      send({ type: 'usage', cpuMs: (user + system) / 1000 });
    }
  });
  // The benchmark went away without saying stop: do not linger.
  process.on('disconnect', () => void stop());

  const [version] = await queryRows<{ v: string }>(
    ctx.db,
    sql`select current_setting('server_version') as v`,
  );
  const { port } = app.server.address() as { port: number };
  send({ type: 'ready', port, database: ctx.database.kind, serverVersion: version?.v ?? '?' });
}

main().catch((err: unknown) => {
  send({
    type: 'failed',
    message: err instanceof Error ? (err.stack ?? err.message) : String(err),
  });
  process.exit(1);
});
