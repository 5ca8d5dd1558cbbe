/**
 * Pieces of the city dashboard benchmark: a city supervisor to sign in as, timing a request or a
 * query N times, and the check that the indicators the app answered over HTTP are exactly the
 * ones computed from the plain GROUP BY over the raw rows.
 */
import { sql } from 'drizzle-orm';
import { computeIndicators, type IndicatorValue } from '../../src/core/indicators/compute.js';
import { FIGURE_KEYS, type FigureSums } from '../../src/core/indicators/figures.js';
import { queryRows, type Db } from '../../src/db/connection.js';
import {
  plainSumFigures,
  plainWaitPercentile,
  snapshotFigures,
  sumFigures,
  type FigureScope,
} from '../../src/modules/indicators/figures.repository.js';
import { countOpenOverdue } from '../../src/modules/indicators/open-overdue.query.js';
import { WAIT_PERCENTILE } from '../../src/modules/indicators/indicators.service.js';
import { hashPassword } from '../../src/server/passwords.js';
import { percentile } from './load.js';

export const CITY_USER = { username: 'city-bench', password: 'city-bench-password' };

/** A city supervisor (role city, no centre) for the benchmark to sign in as. */
export async function createCitySupervisor(db: Db): Promise<void> {
  const hash = await hashPassword(CITY_USER.password);
  await db.execute(sql`insert into users (centre_id, username, name, role, password_hash)
    values (null, ${CITY_USER.username}, '市级管理（基准测试）', 'city', ${hash})`);
}

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

/** Runs `work` `runs` times one after another and keeps the latencies in milliseconds. */
export async function timed<T>(
  runs: number,
  work: () => Promise<T>,
): Promise<{ timing: Timing; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return {
    timing: { runs, p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), max: ms.at(-1)! },
    last: last!,
  };
}

export async function signIn(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: CITY_USER.username, password: CITY_USER.password }),
  });
  await res.text();
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('yimen_session='));
  if (res.status !== 200 || !cookie) throw new Error(`login: HTTP ${res.status}`);
  return cookie.split(';')[0]!;
}

export interface IndicatorAnswer {
  indicators: IndicatorValue[];
}

export async function getIndicators(
  baseUrl: string,
  cookie: string,
  query: string,
): Promise<IndicatorAnswer> {
  const res = await fetch(`${baseUrl}/api/v1/indicators?${query}`, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`GET /indicators?${query}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as IndicatorAnswer;
}

/** Differences between the fast sums and the plain sums, key by key (empty when identical). */
export function sumDifferences(fast: FigureSums, plain: FigureSums): string[] {
  return FIGURE_KEYS.filter((k) => fast[k] !== plain[k]).map(
    (k) => `${k}: fast ${fast[k]} ≠ plain ${plain[k]}`,
  );
}

/**
 * The indicators as the plain path gives them: the plain sums and the plain wait percentile, with
 * the same standing figures and open overdue cases (those have no fast twin).
 */
export async function plainIndicators(
  db: Db,
  scope: FigureScope,
  asOf: string,
): Promise<IndicatorValue[]> {
  const [sums, waitP90Minutes, snapshot, openOverdue] = [
    await plainSumFigures(db, scope),
    await plainWaitPercentile(db, scope, WAIT_PERCENTILE),
    await snapshotFigures(db, scope.centreIds, asOf),
    await countOpenOverdue(db, scope.centreIds, asOf),
  ];
  return computeIndicators({ sums, waitP90Minutes, snapshot: snapshot.figures, openOverdue }, {});
}

/** Indicators whose value, numerator or denominator differ between two answers. */
export function indicatorDifferences(http: IndicatorValue[], plain: IndicatorValue[]): string[] {
  const byCode = new Map(plain.map((i) => [i.code, i]));
  const out: string[] = [];
  for (const a of http) {
    const b = byCode.get(a.code);
    if (!b) out.push(`${a.code}: missing from the plain path`);
    else if (
      a.value !== b.value ||
      a.numerator !== b.numerator ||
      a.denominator !== b.denominator
    ) {
      out.push(
        `${a.code}: http ${a.numerator}/${a.denominator}=${a.value} ≠ plain ${b.numerator}/${b.denominator}=${b.value}`,
      );
    }
  }
  if (http.length !== plain.length)
    out.push(`${http.length} indicators over HTTP, ${plain.length} by the plain path`);
  return out;
}

export { sumFigures, plainSumFigures };

const TABLES = [
  'centres',
  'users',
  'windows',
  'applicants',
  'tickets',
  'services',
  'cases',
  'case_pauses',
  'notices',
  'ratings',
  'rating_followups',
  'rating_appeals',
  'appointments',
  'complaints',
  'centre_day_figures',
  'centre_day_waits',
];

/** The database's size and the exact row count of every table the history fills. */
export async function sizeAndCounts(
  db: Db,
): Promise<{ bytes: number; counts: Record<string, number> }> {
  const [size] = await queryRows<{ b: string }>(
    db,
    sql`select pg_database_size(current_database())::text as b`,
  );
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: string }>(
      db,
      sql.raw(`select count(*)::text as n from ${table}`),
    );
    counts[table] = Number(row!.n);
  }
  return { bytes: Number(size!.b), counts };
}

export const fmtMs = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export function timingRow(label: string, t: Timing): string {
  return `| ${label} | ${t.runs} | ${fmtMs(t.p50)} | ${fmtMs(t.p95)} | ${fmtMs(t.max)} |`;
}
