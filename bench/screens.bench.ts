/**
 * The screens benchmark: how long a call takes to reach the hall's screens. With 500 server-sent
 * event streams open to the demo centre's hall events, one signed-in clerk issues a ticket and
 * calls it, starts and finishes it, again and again, the calls about 100 ms apart; for every
 * (screen, call) the time from just before the call-next request is sent to when that screen
 * receives the matching `call` event (by ticket number). On the embedded PGlite and on a
 * PostgreSQL server. Run with `npm run bench:screens` (flags after `--`: --screens 500,
 * --calls 40, --gap 100, --only pglite|postgres).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPostgres, type PostgresServer } from '../test/support/postgres-server.js';
import { takeSeats } from './support/clients.js';
import { field, HttpClient } from './support/http.js';
import { percentile } from './support/load.js';
import { loadAverage, machineLines } from './support/report.js';
import { openScreens, type Screen } from './support/screens.js';
import { startBenchServer } from './support/server-process.js';

const { values: flags } = parseArgs({
  options: {
    screens: { type: 'string', default: '500' },
    calls: { type: 'string', default: '40' },
    gap: { type: 'string', default: '100' },
    only: { type: 'string' },
  },
});
const screenCount = Number(flags.screens);
const callCount = Number(flags.calls);
const gapMs = Number(flags.gap);
/** How long after the last call a screen may still receive it before it counts as missed. */
const GRACE_MS = 10_000;
/** The whole run per database may not take longer than this. */
const DATABASE_TIMEOUT_MS = 180_000;

interface Call {
  ticket: string;
  sentAt: number;
}

interface ScreensResult {
  label: string;
  calls: number;
  screens: number;
  pairs: number;
  p50: number;
  p99: number;
  max: number;
  missed: number;
  screensMissing: number;
  /** Per call, in order: the median over the screens that received it. */
  callMedians: number[];
  streamErrors: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms} ms`)), ms);
    }),
  ]);
}

/** Issues, calls, starts and finishes `callCount` tickets at one window, `gapMs` apart. */
async function makeCalls(http: HttpClient, cookie: string, windowId: string): Promise<Call[]> {
  const calls: Call[] = [];
  const lines = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  for (let i = 0; i < callCount; i++) {
    const cycleStart = performance.now();
    const issued = await http.request('POST', '/centres/demo/tickets', {
      body: { line: lines[i % lines.length] },
    });
    if (issued.status !== 201) throw new Error(`issue: HTTP ${issued.status}`);
    const sentAt = performance.now();
    const call = await http.request('POST', `/windows/${windowId}/call-next`, { cookie });
    if (call.status !== 200) throw new Error(`call-next: HTTP ${call.status}`);
    const ticketId = String(field(call.body, 'ticket', 'id'));
    const ticket = String(field(call.body, 'ticket', 'number'));
    calls.push({ ticket, sentAt });
    for (const step of ['start', 'finish']) {
      const answer = await http.request('POST', `/tickets/${ticketId}/${step}`, { cookie });
      if (answer.status !== 200) throw new Error(`${step}: HTTP ${answer.status}`);
    }
    const wait = gapMs - (performance.now() - cycleStart);
    if (wait > 0) await sleep(wait);
  }
  return calls;
}

/** Waits until every screen has every call, or the grace period is over. */
async function settle(screens: Screen[], calls: Call[]): Promise<void> {
  const deadline = performance.now() + GRACE_MS;
  while (performance.now() < deadline) {
    if (screens.every((s) => calls.every((c) => s.calls.has(c.ticket)))) return;
    await sleep(50);
  }
}

function summarise(label: string, screens: Screen[], calls: Call[]): ScreensResult {
  const latencies: number[] = [];
  let missed = 0;
  let screensMissing = 0;
  for (const screen of screens) {
    let missing = false;
    for (const call of calls) {
      const at = screen.calls.get(call.ticket);
      if (at === undefined) {
        missed += 1;
        missing = true;
      } else latencies.push(at - call.sentAt);
    }
    if (missing) screensMissing += 1;
  }
  latencies.sort((a, b) => a - b);
  const callMedians = calls.map((call) =>
    percentile(
      screens
        .map((s) => s.calls.get(call.ticket))
        .filter((at): at is number => at !== undefined)
        .map((at) => at - call.sentAt)
        .sort((a, b) => a - b),
      0.5,
    ),
  );
  return {
    label,
    calls: calls.length,
    screens: screens.length,
    pairs: latencies.length,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? Number.NaN,
    missed,
    screensMissing,
    streamErrors: screens.filter((s) => s.error !== null).length,
    callMedians,
  };
}

async function benchDatabase(label: string, databaseUrl?: string): Promise<ScreensResult> {
  const server = await startBenchServer({ databaseUrl });
  let screens: Screen[] = [];
  try {
    console.log(`\n## ${label} (server ${server.serverVersion}, pid ${server.pid})\n`);
    const http = new HttpClient(server.baseUrl);
    const [seat] = await takeSeats(http, ['clerk']);
    const opened = performance.now();
    screens = await openScreens(server.baseUrl, 'demo', screenCount);
    console.log(
      `- ${screens.length} streams open in ${((performance.now() - opened) / 1000).toFixed(1)} s`,
    );
    await sleep(500);
    const calls = await makeCalls(http, seat!.cookie, seat!.windowId);
    await settle(screens, calls);
    const result = summarise(label, screens, calls);
    console.log(
      `- ${result.calls} calls × ${result.screens} screens: p50 ${ms(result.p50)} ms, ` +
        `p99 ${ms(result.p99)} ms, max ${ms(result.max)} ms; missed ${result.missed} ` +
        `(on ${result.screensMissing} screens); streams failed ${result.streamErrors}`,
    );
    console.log(
      `- median per call, in order (ms): ${result.callMedians.map((m) => ms(m)).join(' ')}`,
    );
    return result;
  } finally {
    for (const screen of screens) screen.close();
    await server.stop();
  }
}

async function createDatabase(postgres: PostgresServer): Promise<string> {
  const name = `yimen_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgres.url);
  url.pathname = `/${name}`;
  return url.toString();
}

async function benchPostgres(): Promise<ScreensResult | null> {
  const postgres = await startPostgres();
  if (!postgres) {
    console.log('\n## PostgreSQL\n\nNo PostgreSQL installed (/usr/lib/postgresql/*/bin): skipped.');
    return null;
  }
  process.once('SIGINT', () => {
    postgres.stop();
    process.exit(130);
  });
  try {
    console.log(`\nPostgreSQL: ${postgres.version}, throw-away cluster`);
    return await withTimeout(
      benchDatabase('PostgreSQL', await createDatabase(postgres)),
      DATABASE_TIMEOUT_MS,
      'PostgreSQL',
    );
  } finally {
    postgres.stop();
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));

async function main(): Promise<void> {
  console.log(['# Yimen call-to-screen benchmark', '', ...machineLines()].join('\n'));
  console.log(`- ${screenCount} screens, ${callCount} calls about ${gapMs} ms apart`);
  const results: ScreensResult[] = [];
  if (flags.only !== 'postgres')
    results.push(
      await withTimeout(
        benchDatabase('PGlite (data folder on disk)'),
        DATABASE_TIMEOUT_MS,
        'PGlite',
      ),
    );
  if (flags.only !== 'pglite') {
    const result = await benchPostgres();
    if (result) results.push(result);
  }
  console.log(
    [
      '',
      '| database | calls | screens | p50 ms | p99 ms | max ms | missed |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...results.map(
        (r) =>
          `| ${r.label} | ${r.calls} | ${r.screens} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.missed} |`,
      ),
    ].join('\n'),
  );
  console.log(`\n${loadAverage('after the run')}`);
  const ok = results.every((r) => r.missed === 0 && r.streamErrors === 0);
  process.exitCode = ok ? 0 : 1;
}

await main();
