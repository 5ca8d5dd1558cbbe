/**
 * The queue benchmark: ticket issue and call-next over real HTTP against the real server, on the
 * embedded PGlite and on a PostgreSQL server, then the same server's raw single-row UPDATE rate
 * from pgbench. Every scenario runs for a fixed time; at the end the database is checked for
 * numbers given twice and tickets called twice. Run with `npm run bench` (flags after `--`:
 * --seconds 10, --kiosks 50, --only pglite|postgres).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  findPostgresBin,
  startPostgres,
  type PostgresServer,
} from '../test/support/postgres-server.js';
import { checkFailures } from './support/checks.js';
import { Tally, takeSeats } from './support/clients.js';
import { HttpClient } from './support/http.js';
import { findPgbench, runPgbench } from './support/pgbench.js';
import {
  checkLines,
  loadAverage,
  machineLines,
  pgbenchTable,
  sampleLines,
  scenarioTable,
} from './support/report.js';
import {
  callNextScenario,
  issueScenario,
  mixedScenario,
  type ScenarioOptions,
  type ScenarioResult,
} from './support/scenarios.js';
import { startBenchServer, type BenchServer } from './support/server-process.js';

const CLERKS = ['clerk', 'clerk2', 'clerk3', 'clerk4', 'clerk5', 'clerk6', 'clerk7', 'clerk8'];
const MIXED_KIOSKS = 8;
const WARM_UP_SECONDS = 2;
// What test/support/postgres-server.ts turns off: the server is fast but not crash-safe.
const THROWAWAY_SETTINGS = 'fsync, synchronous_commit and full_page_writes off';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    kiosks: { type: 'string', default: '50' },
    only: { type: 'string' },
  },
});
const seconds = Number(flags.seconds);
const kiosks = Number(flags.kiosks);

/** Runs a scenario and adds how busy the app server process was meanwhile. */
async function withServerCpu(
  server: BenchServer,
  scenario: () => Promise<ScenarioResult>,
): Promise<ScenarioResult> {
  const before = await server.cpuMs();
  const result = await scenario();
  return { ...result, serverCores: ((await server.cpuMs()) - before) / (result.seconds * 1000) };
}

/** Runs every scenario on one fresh database; returns whether its checks held. */
async function benchDatabase(label: string, databaseUrl?: string): Promise<boolean> {
  const server = await startBenchServer({ databaseUrl });
  try {
    console.log(`\n## ${label} (server ${server.serverVersion}, pid ${server.pid})\n`);
    const http = new HttpClient(server.baseUrl);
    const tally = new Tally();
    const seats = await takeSeats(http, CLERKS);
    const base: ScenarioOptions = { http, tally, seats, seconds, kiosks };

    // Warm-up (not reported): the first requests compile schemas and fill the JIT.
    const warm = [
      await issueScenario({ ...base, seconds: WARM_UP_SECONDS, kiosks: 10 }),
      await callNextScenario({ ...base, seconds: WARM_UP_SECONDS / 2 }),
    ];
    const results = [
      await withServerCpu(server, () => issueScenario(base)),
      await withServerCpu(server, () => issueScenario({ ...base, kiosks: MIXED_KIOSKS })),
      await withServerCpu(server, () => callNextScenario(base)),
      await withServerCpu(server, () => mixedScenario({ ...base, kiosks: MIXED_KIOSKS })),
    ];
    console.log(scenarioTable(results).join('\n'));
    const samples = sampleLines([...warm, ...results]);
    if (samples.length > 0) console.log(['', ...samples].join('\n'));

    const check = await server.check();
    const failures = checkFailures(check);
    const repeatedNumbers = Tally.repeats(tally.issued);
    const repeatedCalls = Tally.repeats(tally.called);
    if (repeatedNumbers > 0) failures.push(`${repeatedNumbers} numbers issued twice to kiosks`);
    if (repeatedCalls > 0) failures.push(`${repeatedCalls} tickets handed to two clerks`);
    console.log(
      [
        '',
        '### Checks',
        '',
        ...checkLines(check, { repeatedNumbers, repeatedCalls, queueEmpty: tally.queueEmpty }),
      ].join('\n'),
    );
    console.log(
      failures.length === 0 ? '- result: OK' : `- result: FAILED — ${failures.join('; ')}`,
    );
    return failures.length === 0;
  } finally {
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

/** pgbench's single-row UPDATE rate on the same server, or a line saying why there is none. */
async function printCeiling(postgres: PostgresServer): Promise<void> {
  console.log('\n## Ceiling: pgbench on the same server\n');
  const pgbench = findPgbench(findPostgresBin()!);
  if (!pgbench) {
    console.log('pgbench is not installed next to this PostgreSQL: ceiling not measured.');
    return;
  }
  const results = await runPgbench({ pgbench, serverUrl: postgres.url, clients: 8, seconds });
  console.log(pgbenchTable(results, seconds).join('\n'));
}

async function benchPostgres(): Promise<boolean> {
  const postgres = await startPostgres();
  if (!postgres) {
    console.log('\n## PostgreSQL\n\nNo PostgreSQL installed (/usr/lib/postgresql/*/bin): skipped.');
    return true;
  }
  process.once('SIGINT', () => {
    postgres.stop();
    process.exit(130);
  });
  try {
    console.log(`\nPostgreSQL: ${postgres.version}, throw-away cluster (${THROWAWAY_SETTINGS})`);
    const ok = await benchDatabase('PostgreSQL', await createDatabase(postgres));
    await printCeiling(postgres);
    return ok;
  } finally {
    postgres.stop();
  }
}

async function main(): Promise<void> {
  console.log(['# Yimen queue benchmark', '', ...machineLines()].join('\n'));
  let ok = true;
  if (flags.only !== 'postgres') ok = (await benchDatabase('PGlite (data folder on disk)')) && ok;
  if (flags.only !== 'pglite') ok = (await benchPostgres()) && ok;
  console.log(`\n${loadAverage('after the run')}`);
  process.exitCode = ok ? 0 : 1;
}

await main();
