/**
 * Once per test run: a PostgreSQL server for the suites that run on a server (an existing one
 * from YIMEN_TEST_DATABASE_URL, else a throw-away one), and whether Chromium is there. Without
 * them those suites are skipped with a clear line, unless CI=true, where they are required.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    chromium: string;
  }
}

export default async function setup(project: TestProject) {
  const ci = process.env.CI === 'true';
  let url = process.env.YIMEN_TEST_DATABASE_URL ?? '';
  let stop: (() => void) | undefined;
  if (!url) {
    const server = await startPostgres();
    if (server) {
      url = server.url;
      stop = server.stop;
      console.log(`[yimen tests] PostgreSQL server for server suites: ${server.version}`);
    }
  }
  if (!url) {
    if (ci) throw new Error('CI=true: a PostgreSQL server is required (install the Debian package postgresql).');
    console.warn('[yimen tests] No PostgreSQL server found: suites that need one are SKIPPED (set YIMEN_TEST_DATABASE_URL or install postgresql).');
  }
  const chromium = process.env.YIMEN_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '';
  if (!chromium) {
    if (ci) throw new Error('CI=true: Chromium is required for browser tests (install the Debian package chromium).');
    console.warn('[yimen tests] Chromium not found: browser tests are SKIPPED (install the Debian package chromium).');
  }
  project.provide('pgUrl', url);
  project.provide('chromium', chromium);
  return () => stop?.();
}
