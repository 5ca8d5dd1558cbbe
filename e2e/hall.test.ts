import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { describeInBrowser, launchBrowser, signIn, type TestBrowser } from './support/browser.js';
import { callFromWindowPage } from './support/hall.js';
import { findWindow } from './support/catalogue.js';
import { startServer, type TestServer } from './support/server.js';

/** Replaces speech with a record of what would have been read, before the page's scripts run. */
async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { __spoken: spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.text);
    };
  });
}

/** How many times `text` was sent to speech on `page`. */
function timesSpoken(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (t) => (window as unknown as { __spoken: string[] }).__spoken.filter((s) => s === t).length,
    text,
  );
}

describeInBrowser('the hall board and a window screen in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('show a call at once, read it aloud twice, and pick up again after the server restarts', async () => {
    onTestFailed(() => browser.snapAll('hall-failed').then(() => undefined));
    const window = await findWindow(server, 3);
    const clerk = await server.login('clerk');
    const issue = async () => {
      const res = await server.api('POST', '/centres/demo/tickets', { body: { line: 'A' } });
      expect(res.status).toBe(201);
      return res.body.number as string;
    };
    const callNext = async () => {
      const res = await server.api('POST', `/windows/${window.id}/call-next`, { cookie: clerk });
      expect(res.status).toBe(200);
      return res.body.ticket as { id: string; number: string };
    };

    const board = await browser.context.newPage();
    await recordSpeech(board);
    await board.goto(`${server.baseUrl}/hall?centre=demo`);
    await board.getByRole('button', { name: '开启语音播报' }).click();
    await board.getByTestId('hall-voice-on').waitFor();
    await board.getByText('今日尚未叫号').waitFor();
    await board.getByTestId('hall-offline').waitFor({ state: 'detached' });

    const screen = await browser.context.newPage();
    await recordSpeech(screen);
    await screen.goto(`${server.baseUrl}/screen/${window.id}`);
    await screen.getByTestId('screen-window-name').filter({ hasText: '3号窗口' }).waitFor();
    await screen.getByTestId('hall-offline').waitFor({ state: 'detached' });

    const first = await issue();
    await issue();
    await board.getByTestId('hall-line-A').filter({ hasText: '2 人' }).waitFor();

    // The clerk calls on the window page: both screens show the number without being reloaded.
    const clerkPage = await browser.context.newPage();
    await signIn(clerkPage, server.baseUrl, 'clerk', '/window');
    const calledAt = Date.now();
    await callFromWindowPage(clerkPage, window, first);
    const current = await server.api('GET', `/windows/${window.id}/current`, { cookie: clerk });
    const ticket = current.body.ticket as { id: string; number: string };
    expect(ticket.number).toBe(first);
    const announcement = `请${first}号到3号窗口办理`;
    await board.getByTestId('hall-calling').filter({ hasText: announcement }).waitFor();
    const boardMs = Date.now() - calledAt;
    await screen.getByTestId('screen-ticket').filter({ hasText: first }).waitFor();
    const screenMs = Date.now() - calledAt;
    await board
      .getByTestId('hall-window-3')
      .getByTestId('hall-window-ticket')
      .filter({ hasText: first })
      .waitFor();
    await screen
      .getByTestId('screen-instruction')
      .filter({ hasText: `请 ${first} 号到本窗口办理` })
      .waitFor();
    await board.getByTestId('hall-line-A').filter({ hasText: '1 人' }).waitFor();
    await expect.poll(() => timesSpoken(board, announcement)).toBe(2);
    await expect.poll(() => timesSpoken(screen, announcement)).toBe(1);
    console.log(`[hall e2e] call → board ${boardMs} ms, call → window screen ${screenMs} ms`);

    // Public screens: the clerk's name only masked, no resident data at all.
    await screen.getByText('工作人员：王*燕').waitFor();
    expect(await board.locator('body').innerText()).not.toContain('王晓燕');
    expect(await screen.locator('body').innerText()).not.toContain('王晓燕');

    // The server restarts on the same port: the screens notice, wait, reconnect and resync.
    await clerkPage.close();
    await server.api('POST', `/tickets/${ticket.id}/start`, { cookie: clerk });
    expect((await server.api('POST', `/tickets/${ticket.id}/finish`, { cookie: clerk })).status).toBe(200);
    await server.stop();
    await board.getByTestId('hall-offline').waitFor();
    await screen.getByTestId('hall-offline').waitFor();
    await server.start();
    // Called at once: the screens are usually still waiting to reconnect, so this call reaches
    // them as a missed call replayed from their Last-Event-ID.
    const wasOffline = await board.getByTestId('hall-offline').isVisible();
    const second = await callNext();
    const secondAnnouncement = `请${second.number}号到3号窗口办理`;
    await board.getByTestId('hall-calling').filter({ hasText: secondAnnouncement }).waitFor();
    await board.getByTestId('hall-offline').waitFor({ state: 'detached' });
    await screen.getByTestId('screen-ticket').filter({ hasText: second.number }).waitFor();
    await board.getByTestId('hall-line-A').filter({ hasText: '0 人' }).waitFor();
    await board.getByTestId('hall-recent-calls').filter({ hasText: first }).waitFor();
    await expect.poll(() => timesSpoken(board, secondAnnouncement)).toBe(2);
    await expect.poll(() => timesSpoken(screen, secondAnnouncement)).toBe(1);
    console.log(
      `[hall e2e] second call made while the board was ${wasOffline ? 'still reconnecting (replayed)' : 'connected (live)'}`,
    );

    await board.screenshot({ path: '/tmp/yimen-hall.png', animations: 'disabled' });
    await screen.screenshot({ path: '/tmp/yimen-window-screen.png', animations: 'disabled' });
    expect(browser.pageErrors).toEqual([]);
  });
});
