import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { describeInBrowser, launchBrowser, signIn, snap, type TestBrowser } from './support/browser.js';
import { findWindow, pickItem } from './support/catalogue.js';
import { APPLICANT, callAndServe, fillIntake, takeTicket } from './support/hall.js';
import { startServer, type TestServer } from './support/server.js';

describeInBrowser('an immediate item (即办件) in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes from the kiosk ticket to 当场办结 and a 非常满意 on the rating pad', async () => {
    onTestFailed(() => browser.reportFailure());
    const item = await pickItem(server, 'immediate');
    const window = await findWindow(server, 3);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());

    const ticketNumber = await takeTicket(page, server.baseUrl, item.line);
    await page.getByText('您前面还有 0 人等候').waitFor();
    await snap(page, 'kiosk-ticket');
    server.clock.advanceMinutes(4);

    await signIn(page, server.baseUrl, 'clerk', '/window');
    await callAndServe(page, window, ticketNumber);
    await fillIntake(page, APPLICANT, item);
    await page.getByTestId('expected-date').filter({ hasText: '即办件：受理后当场办结' }).waitFor();

    await page.getByRole('button', { name: '受理', exact: true }).click();
    const results = page.getByRole('list', { name: '本次服务办理结果' });
    const caseNumber = (await results.getByTestId('case-number').innerText()).trim();
    expect(caseNumber).not.toBe('');
    await results.getByText(item.name).waitFor();
    await snap(page, 'window-accepted');

    server.clock.advanceMinutes(6);
    await results.getByRole('button', { name: '当场办结' }).click();
    await results.getByText('已办结', { exact: true }).waitFor();
    await results.getByRole('button', { name: '当场办结' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '结束服务' }).click();
    await page.getByText('服务已结束，请邀请办事群众在评价器上评价').waitFor();
    await expect.poll(() => page.getByTestId('window-current-ticket').innerText(), { timeout: 10_000 }).toBe('—');

    const pad = await browser.context.newPage();
    await pad.goto(`${server.baseUrl}/pad/${window.id}`);
    await pad.getByText('请对本次服务进行评价').waitFor();
    await pad.getByText(`${window.name} · ${ticketNumber} 号`).waitFor();
    await pad.getByRole('button', { name: '非常满意', exact: true }).click();
    await pad.getByText('感谢您的评价！').waitFor();
    await snap(pad, 'pad-thanks');

    const manager = await server.login('manager');
    const today = await server.api('GET', '/dashboard/today', { cookie: manager });
    expect(today.status).toBe(200);
    expect(today.body).toMatchObject({ date: '2026-03-02', ticketsIssued: 1, accepted: 1, finishedOnSpot: 1, ratings: 1, badRatings: 0 });
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });
});
