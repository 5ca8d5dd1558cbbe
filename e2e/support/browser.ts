/**
 * Debian's Chromium driven by playwright-core, for browser tests. The path comes from the test
 * run's global setup (`inject('chromium')`); without it the browser suites are skipped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { DEMO_PASSWORD } from './server.js';

/** The flags every run uses: headless, no sandbox (containers), nothing that talks to Google. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A hall screen: Chinese, Shanghai time, a desktop monitor. */
const CONTEXT_OPTIONS: BrowserContextOptions = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1366, height: 900 },
};

/** `describe`, or `describe.skip` when the test run found no Chromium (global-setup says why). */
export function describeInBrowser(name: string, suite: () => void): void {
  (inject('chromium') ? describe : describe.skip)(name, suite);
}

export interface TestBrowser {
  /** The first browser profile (a fresh user data folder). */
  context: BrowserContext;
  /** Another, separate session in the same browser: its own cookies and storage. */
  newContext(): Promise<BrowserContext>;
  /** Uncaught errors thrown by any page's scripts so far. */
  pageErrors: string[];
  /** API calls the pages made that failed (4xx/5xx), besides the sign-in check of a new page. */
  apiFailures: string[];
  /** Screenshots of every open page (for a failed test): /tmp/yimen-e2e-<name>-<n>.png. */
  snapAll(name: string): Promise<string[]>;
  /** For onTestFailed: screenshots of every page, and the failed calls and page errors seen. */
  reportFailure(): Promise<void>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'yimen-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromium'),
    args: CHROMIUM_ARGS,
    ...CONTEXT_OPTIONS,
  });
  const pageErrors: string[] = [];
  const apiFailures: string[] = [];
  const contexts: BrowserContext[] = [];
  const watch = (c: BrowserContext) => {
    c.on('weberror', (e) => pageErrors.push(String(e.error())));
    c.on('response', (r) => {
      const url = new URL(r.url());
      if (r.status() < 400 || (r.status() === 401 && url.pathname === '/api/v1/auth/me')) return;
      apiFailures.push(`${r.status()} ${r.request().method()} ${url.pathname}`);
    });
    c.setDefaultTimeout(10_000);
    contexts.push(c);
    return c;
  };
  watch(context);
  const browser = context.browser() as Browser;
  const snapAll = (name: string) => Promise.all(contexts.flatMap((c) => c.pages()).map((p, i) => snap(p, `${name}-${i + 1}`)));
  return {
    context,
    pageErrors,
    apiFailures,
    async newContext() {
      return watch(await browser.newContext(CONTEXT_OPTIONS));
    },
    snapAll,
    async reportFailure() {
      const shots = await snapAll('failed');
      console.error(
        [`[browser] screenshots: ${shots.join(' ')}`, ...apiFailures.map((f) => `[browser] failed call: ${f}`), ...pageErrors.map((e) => `[browser] page error: ${e}`)].join('\n'),
      );
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs a demo account in on the login page, as staff do; `next` is the page asked for. */
export async function signIn(page: Page, baseUrl: string, username: string, next?: string): Promise<void> {
  await page.goto(`${baseUrl}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Saves a screenshot as /tmp/yimen-e2e-<name>.png and returns the path. */
export async function snap(page: Page, name: string): Promise<string> {
  const file = path.join('/tmp', `yimen-e2e-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/**
 * Waits until nothing inside `locator` is animating: a dialog or drawer that has finished
 * opening, as a person waits before clicking in it. (A click during antd's zoom-in can land
 * where a button was a frame ago, and on a busy machine that is often.)
 */
export async function whenStill(locator: Locator): Promise<void> {
  await locator.waitFor();
  const running = () =>
    locator.evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length);
  await expect.poll(running, { timeout: 10_000 }).toBe(0);
}
