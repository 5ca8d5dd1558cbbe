import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connection.js';
import { buildApp } from '../../src/server/app.js';
import { createContext } from '../../src/server/bootstrap.js';
import { ManualClock } from '../../src/server/clock.js';
import type { App } from '../../src/server/types.js';

/** The console's files as a running server serves them, also after the console is rebuilt. */
describe('serving the console', () => {
  let database: Database;
  let app: App;
  let webDist = '';

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(os.tmpdir(), 'yimen-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>一门</title>');
    writeFileSync(path.join(webDist, 'assets', 'index-old.js'), 'console.log("old")');
    database = await openDatabase({});
    const ctx = await createContext({
      database,
      clock: new ManualClock('2026-03-02T01:00:00Z'),
      config: {
        demo: true,
        publicUrl: 'http://yimen.test',
        secureCookies: false,
        rateLimit: false,
        webDist,
      },
    });
    app = await buildApp(ctx, { logger: false });
    await app.ready();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves index.html for a page, the built files, and files written after the start', async () => {
    const page = await app.inject({ method: 'GET', url: '/manager/indicators' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('一门');
    expect((await app.inject({ method: 'GET', url: '/assets/index-old.js' })).body).toContain(
      'old',
    );
    writeFileSync(path.join(webDist, 'assets', 'index-new.js'), 'console.log("new")');
    const rebuilt = await app.inject({ method: 'GET', url: '/assets/index-new.js?v=1' });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.headers['content-type']).toContain('javascript');
    expect(rebuilt.body).toContain('new');
  });

  it('answers a missing or malformed asset with 404, never with index.html', async () => {
    for (const url of [
      '/assets/gone.js',
      '/assets/..%2F..%2Fetc%2Fpasswd',
      '/assets/%E0%A4%A',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      // Fastify itself answers a malformed %-escape with 400; the rest are 404.
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.body, url).not.toContain('<title>');
    }
  });
});
