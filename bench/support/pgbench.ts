/**
 * The raw ceiling: how many single-row UPDATE transactions per second the same PostgreSQL server
 * commits, measured by pgbench on a tiny table of its own database. Issuing a ticket bumps one
 * counter row per line, so this is the rate no amount of application work could beat.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PgbenchResult {
  name: string;
  clients: number;
  transactions: number;
  tps: number;
  latencyMs: number;
}

export interface PgbenchCase {
  name: string;
  /** The pgbench script: one transaction. */
  script: string;
}

export const PGBENCH_CASES: PgbenchCase[] = [
  { name: 'UPDATE one hot row', script: 'UPDATE ceiling SET n = n + 1 WHERE id = 1;\n' },
  {
    name: 'UPDATE one of 7 rows (like 7 lines)',
    script: '\\set id random(1, 7)\nUPDATE ceiling SET n = n + 1 WHERE id = :id;\n',
  },
];

/** pgbench from the server's own bin folder, or null when that PostgreSQL has none. */
export function findPgbench(bin: string): string | null {
  const file = path.join(bin, 'pgbench');
  return existsSync(file) ? file : null;
}

async function createCeilingDatabase(serverUrl: string): Promise<URL> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('create database yimen_ceiling');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/yimen_ceiling';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query('create table ceiling (id int primary key, n bigint not null)');
  await client.query('insert into ceiling select g, 0 from generate_series(1, 7) g');
  await client.end();
  return url;
}

export async function runPgbench(options: {
  pgbench: string;
  serverUrl: string;
  clients: number;
  seconds: number;
}): Promise<PgbenchResult[]> {
  const url = await createCeilingDatabase(options.serverUrl);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yimen-pgbench-'));
  try {
    return PGBENCH_CASES.map((c) => {
      const scriptFile = path.join(dir, 'script.sql');
      writeFileSync(scriptFile, c.script);
      const args = [
        '-n',
        '-c',
        String(options.clients),
        '-j',
        '2',
        '-T',
        String(options.seconds),
        '-f',
        scriptFile,
      ];
      args.push('-h', url.hostname, '-p', url.port, '-U', url.username, url.pathname.slice(1));
      const run = spawnSync(options.pgbench, args, { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`pgbench failed (${run.status}): ${run.stderr}`);
      return { name: c.name, clients: options.clients, ...parsePgbench(run.stdout) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parsePgbench(out: string): { transactions: number; tps: number; latencyMs: number } {
  const number = (re: RegExp) => {
    const match = re.exec(out);
    if (!match?.[1]) throw new Error(`pgbench output not understood:\n${out}`);
    return Number(match[1]);
  };
  return {
    transactions: number(/number of transactions actually processed: (\d+)/),
    tps: number(/tps = ([\d.]+)/),
    latencyMs: number(/latency average = ([\d.]+) ms/),
  };
}
