/**
 * The city dashboard benchmark: a city's year of history on a throw-away PostgreSQL server, then
 * the indicators a city supervisor reads, over HTTP from the real app: the city for one month and
 * for the whole year, and the largest district, each N times. The same figures by the plain
 * GROUP BY over the raw rows are timed too, and must be identical (the run fails if not).
 * Run with `npm run bench:city` (flags after `--`: --centres 220, --months 12, --cases 180,
 * --runs 20, --plain-runs 3, --triggers to load with the triggers on, --keep to leave the server
 * and the app running for a look in the console until Ctrl-C).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/connection.js';
import {
  foreignKeyViolations,
  historyConsistency,
} from '../src/modules/simulation/city-history.check.js';
import { generateCityHistory, type CityHistory } from '../src/modules/simulation/city-history.js';
import { buildApp } from '../src/server/app.js';
import { createContext, prepareDatabase } from '../src/server/bootstrap.js';
import { runningClockFrom } from '../src/server/clock.js';
import { addDays, shanghaiMidnight } from '../src/core/dates.js';
import { startPostgres } from '../test/support/postgres-server.js';
import * as city from './support/city.js';
import { loadAverage, machineLines } from './support/report.js';

const { values: flags } = parseArgs({
  options: {
    centres: { type: 'string', default: '220' },
    districts: { type: 'string', default: '16' },
    months: { type: 'string', default: '12' },
    from: { type: 'string', default: '2025-03-01' },
    cases: { type: 'string', default: '180' },
    seed: { type: 'string', default: '2026' },
    runs: { type: 'string', default: '20' },
    'plain-runs': { type: 'string', default: '3' },
    triggers: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(flags.runs);
const plainRuns = Number(flags['plain-runs']);
const failures: string[] = [];
const seconds = (ms: number) => (ms / 1000).toFixed(1);

// Reloadable settings for a bulk load on the throw-away server (fsync is already off there).
const SERVER_SETTINGS = {
  max_wal_size: '4GB',
  checkpoint_timeout: '30min',
  maintenance_work_mem: '1GB',
  work_mem: '256MB',
};

async function createDatabase(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const [name, value] of Object.entries(SERVER_SETTINGS))
    await admin.query(`alter system set ${name} = '${value}'`);
  await admin.query('select pg_reload_conf()');
  const name = `yimen_city_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function printLoad(history: CityHistory, loadMs: number): void {
  const r = history.rows;
  const dayRows =
    r.tickets +
    r.services +
    r.cases +
    r.notices +
    r.ratings +
    r.followups +
    r.appointments +
    r.complaints;
  console.log(
    [
      `- generated ${r.centres} centres in ${new Set(history.plans.map((p) => p.districtCode)).size} districts, ` +
        `${history.businessDays} business days ${history.from} … ${history.to}`,
      `- rows: ${Object.entries(r)
        .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
        .join(', ')}`,
      `- load ${seconds(history.loadSeconds * 1000)} s: ${Math.round(dayRows / history.loadSeconds).toLocaleString('en')} rows/s ` +
        `(${Math.round(r.cases / history.loadSeconds).toLocaleString('en')} cases/s), triggers ${history.triggersSkipped ? 'skipped (session_replication_role = replica)' : 'on'}`,
      `- day figures rebuilt in ${seconds(history.figureSeconds * 1000)} s; transaction committed after ${seconds(loadMs)} s`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  console.log(['# Yimen city dashboard benchmark', '', ...machineLines()].join('\n'));
  const postgres = await startPostgres();
  if (!postgres)
    throw new Error(
      'No PostgreSQL installed (/usr/lib/postgresql/*/bin): the benchmark needs a server.',
    );
  process.once('SIGINT', () => {
    postgres.stop();
    process.exit(130);
  });
  try {
    console.log(
      `- ${postgres.version}, throw-away cluster (fsync off), ${Object.entries(SERVER_SETTINGS)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
    const url = await createDatabase(postgres.url);
    const database = await openDatabase({ url });
    // The calendar is loaded for the years around the clock's; the history ends before it.
    await prepareDatabase(database, {
      demo: false,
      clock: runningClockFrom(shanghaiMidnight(flags.from!)),
    });

    const loadStarted = performance.now();
    let lastPrint = 0;
    const history = await database.db.transaction((tx) =>
      generateCityHistory(tx, {
        centres: Number(flags.centres),
        districts: Number(flags.districts),
        from: flags.from!,
        months: Number(flags.months),
        casesPerCentreDay: Number(flags.cases),
        seed: Number(flags.seed),
        skipTriggers: !flags.triggers,
        onProgress: (p) => {
          if (p.seconds - lastPrint < 30 && p.days < p.totalDays) return;
          lastPrint = p.seconds;
          console.log(
            `  … day ${p.days}/${p.totalDays}, ${p.rows.toLocaleString('en')} rows, ${p.seconds.toFixed(0)} s`,
          );
        },
      }),
    );
    printLoad(history, performance.now() - loadStarted);

    const checked = performance.now();
    const broken = await foreignKeyViolations(database.db);
    const consistency = await historyConsistency(database.db, history.centreIds);
    console.log(
      `- every foreign key checked by anti-join in ${seconds(performance.now() - checked)} s: ${broken.length === 0 ? 'all hold' : JSON.stringify(broken)}`,
    );
    console.log(`- consistency: ${JSON.stringify(consistency)}`);
    if (broken.length > 0) failures.push(`foreign keys broken: ${JSON.stringify(broken)}`);
    for (const [name, n] of Object.entries(consistency))
      if (n !== 0) failures.push(`${name}: ${n}`);

    const vacuumed = performance.now();
    await database.db.execute(sql`vacuum analyze`);
    console.log(`- vacuum analyze in ${seconds(performance.now() - vacuumed)} s`);
    const { bytes, counts } = await city.sizeAndCounts(database.db);
    console.log(
      `- database size ${(bytes / 2 ** 30).toFixed(2)} GiB; rows: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
        .join(', ')}`,
    );
    if (counts.cases !== history.rows.cases)
      failures.push(`cases: ${counts.cases} rows, ${history.rows.cases} generated`);

    await city.createCitySupervisor(database.db);
    await database.close();
    // The app's clock: 09:00 the morning after the history's last business day.
    await measure(
      url,
      runningClockFrom(new Date(shanghaiMidnight(addDays(history.to, 1)).getTime() + 9 * 3600_000)),
      history,
    );
  } finally {
    // With --keep a successful run never gets here: the app waits for Ctrl-C, which stops the server.
    postgres.stop();
  }
}

async function measure(
  url: string,
  clock: ReturnType<typeof runningClockFrom>,
  history: CityHistory,
): Promise<void> {
  const ctx = await createContext({
    url,
    clock,
    config: { demo: false, publicUrl: 'http://127.0.0.1', secureCookies: false, rateLimit: false },
  });
  const app = await buildApp(ctx, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const cookie = await city.signIn(baseUrl);
  const lastMonth = history.to.slice(0, 7);
  const largest = [...new Set(history.plans.map((p) => p.districtCode))]
    .map((code) => ({ code, n: history.plans.filter((p) => p.districtCode === code).length }))
    .sort((a, b) => b.n - a.n)[0]!;
  const idsOf = (code: string) =>
    history.plans.flatMap((p, i) => (p.districtCode === code ? [history.centreIds[i]!] : []));
  const scopes = [
    { label: `city, month ${lastMonth}`, scope: 'city', from: `${lastMonth}-01`, centreIds: null },
    {
      label: `city, year ${history.from} … ${history.to}`,
      scope: 'city',
      from: history.from,
      centreIds: null,
    },
    {
      label: `district ${largest.code} (${largest.n} centres), month`,
      scope: `district:${largest.code}`,
      from: `${lastMonth}-01`,
      centreIds: idsOf(largest.code),
    },
    {
      label: `district ${largest.code} (${largest.n} centres), year`,
      scope: `district:${largest.code}`,
      from: history.from,
      centreIds: idsOf(largest.code),
    },
  ];
  const rows: string[] = [
    '| request | runs | p50 ms | p95 ms | max ms |',
    '|---|---:|---:|---:|---:|',
  ];
  const ratios: string[] = [];
  for (const s of scopes) {
    const figureScope = { centreIds: s.centreIds, from: s.from, to: history.to };
    const query = `scope=${encodeURIComponent(s.scope)}&from=${s.from}&to=${history.to}`;
    const http = await city.timed(runs, () => city.getIndicators(baseUrl, cookie, query));
    const fast = await city.timed(runs, () => city.sumFigures(ctx.db, figureScope));
    const plain = await city.timed(plainRuns, () => city.plainSumFigures(ctx.db, figureScope));
    rows.push(
      city.timingRow(`GET /indicators ${s.label}`, http.timing),
      city.timingRow(`  sumFigures (fast path) ${s.label}`, fast.timing),
      city.timingRow(`  plainSumFigures (GROUP BY over raw rows) ${s.label}`, plain.timing),
    );
    ratios.push(
      `- ${s.label}: plain / fast ${(plain.timing.p50 / fast.timing.p50).toFixed(0)}×, plain / HTTP ${(plain.timing.p50 / http.timing.p50).toFixed(1)}×`,
    );
    const sumDiff = city.sumDifferences(fast.last, plain.last);
    const indicatorDiff = city.indicatorDifferences(
      http.last.indicators,
      await city.plainIndicators(ctx.db, figureScope, history.to),
    );
    if (sumDiff.length + indicatorDiff.length > 0)
      failures.push(`${s.label}: ${[...sumDiff, ...indicatorDiff].join('; ')}`);
    else
      ratios.push(
        `  identical: all ${Object.keys(fast.last).length} sums and ${http.last.indicators.length} indicators`,
      );
    if (s.scope === 'city' && http.timing.p95 > 1000)
      console.log(
        `  NOTE: ${s.label} p95 ${city.fmtMs(http.timing.p95)} ms is over the 1 s target`,
      );
  }
  console.log(['', ...rows, '', ...ratios, '', loadAverage('after the run')].join('\n'));
  console.log(
    failures.length === 0
      ? '\nCHECK: fast and plain figures identical, foreign keys hold.'
      : `\nCHECK FAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`,
  );
  if (flags.keep && failures.length === 0) {
    console.log(
      `\n--keep: app ${baseUrl} (sign in as ${city.CITY_USER.username} / ${city.CITY_USER.password}), database ${url}; Ctrl-C stops both`,
    );
    await new Promise<never>(() => {});
  }
  await app.close();
  await ctx.bus.close();
  await ctx.database.close();
}

main()
  .catch((err: unknown) => {
    failures.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
    console.error(err);
  })
  .finally(() => {
    process.exitCode = failures.length === 0 ? 0 : 1;
  });
