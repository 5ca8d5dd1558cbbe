import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { describeInBrowser, launchBrowser, signIn, snap, whenStill, type TestBrowser } from './support/browser.js';
import { addWeekdays, findWindow, pickItem, shownDate } from './support/catalogue.js';
import { APPLICANT, callAndServe, fillIntake, takeTicket } from './support/hall.js';
import { startServer, type TestServer } from './support/server.js';

describeInBrowser('a committed item (承诺件) in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is accepted at a window, supplemented and approved in the back office, and collected', async () => {
    onTestFailed(() => browser.reportFailure());
    const item = await pickItem(server, 'committed');
    const window = await findWindow(server, 5);
    // Accepted on Monday 2 March: the acceptance day is day 0, no holiday before Qingming.
    const deadline = addWeekdays('2026-03-02', item.promisedDays);

    // 前台一口受理
    const clerk = browser.context.pages()[0] ?? (await browser.context.newPage());
    const ticketNumber = await takeTicket(clerk, server.baseUrl, item.line);
    await signIn(clerk, server.baseUrl, 'clerk', '/window');
    await callAndServe(clerk, window, ticketNumber);
    await fillIntake(clerk, APPLICANT, item);
    await clerk.getByTestId('expected-date').filter({ hasText: `今日受理，预计办结日期：${shownDate(deadline)}` }).waitFor();

    await clerk.getByRole('button', { name: '受理', exact: true }).click();
    const results = clerk.getByRole('list', { name: '本次服务办理结果' });
    const caseNumber = (await results.getByTestId('case-number').innerText()).trim();
    expect(caseNumber).not.toBe('');
    await results.getByText(`承诺办结日期：${shownDate(deadline)}`).waitFor();

    const [receipt] = await Promise.all([
      browser.context.waitForEvent('page'),
      results.getByRole('link', { name: '打印受理回执' }).click(),
    ]);
    await receipt.getByTestId('notice-title').filter({ hasText: '受理回执' }).waitFor();
    expect(await receipt.getByTestId('notice-case-number').innerText()).toBe(caseNumber);
    await receipt.getByRole('row', { name: `预计办结日期 ${shownDate(deadline)}` }).waitFor();
    const qr = receipt.getByRole('img', { name: '办理进度查询二维码' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await snap(receipt, 'receipt');
    await receipt.close();

    await clerk.getByRole('button', { name: '结束服务' }).click();
    await expect.poll(() => clerk.getByTestId('window-current-ticket').innerText(), { timeout: 10_000 }).toBe('—');
    await clerk.close(); // the window page polls; it would outlive the clerk's session tomorrow

    // 后台分类办理
    const officer = await (await browser.newContext()).newPage();
    // The drawer opens outside the card, so rows found in the card are the table's.
    const openCases = officer.locator('.ant-card').filter({ hasText: '后台办理 · 在办件' });
    const row = openCases.getByRole('row').filter({ hasText: caseNumber });
    const drawer = officer.getByRole('dialog').filter({ hasText: `办件 ${caseNumber}` });
    const openCase = async () => {
      await signIn(officer, server.baseUrl, 'officer');
      await row.getByRole('button', { name: caseNumber }).click();
      await whenStill(drawer);
    };
    await openCase();
    await row.getByText('办理中').waitFor();
    const status = drawer.getByRole('row').filter({ hasText: '受理编号' });
    await status.getByText('办理中').waitFor();
    await drawer.getByRole('row', { name: `办结期限 ${shownDate(deadline)}` }).waitFor();

    await drawer.getByRole('button', { name: '要求补正' }).click();
    const supplement = officer.getByRole('dialog').filter({ hasText: '要求补正材料' });
    await whenStill(supplement);
    const missing = item.materials[0]!.name;
    await supplement.getByLabel('需补正的材料').fill(missing);
    await supplement.getByLabel('需补正的材料').press('Enter');
    await supplement.getByText(missing).waitFor(); // the chosen material's tag
    await supplement.getByLabel('补正说明').fill('复印件不清晰，请提供清晰复印件');
    await supplement.getByRole('button', { name: '出具补正通知并暂停计时' }).click();
    await status.getByText('补正中（暂停计时）').waitFor();
    await row.getByText('补正中（暂停计时）').waitFor();
    await drawer.getByText('补正材料通知书').waitFor();
    await supplement.waitFor({ state: 'hidden' });
    await snap(officer, 'back-office-paused');

    // The resident brings the material the next working day (one working day paused); the
    // officer's session of yesterday has ended, so they sign in again.
    server.clock.set('2026-03-03T01:30:00Z');
    const resumedDeadline = addWeekdays('2026-03-02', item.promisedDays + 1);
    await openCase();
    await status.getByText('补正中（暂停计时）').waitFor();
    await drawer.getByRole('button', { name: '补正材料已收到' }).click();
    await status.getByText('办理中').waitFor();
    await drawer.getByRole('row', { name: `办结期限 ${shownDate(resumedDeadline)}` }).waitFor();
    await drawer.getByRole('row').filter({ hasText: '已暂停工作日' }).getByText('1', { exact: true }).waitFor();

    await drawer.getByRole('button', { name: '准予' }).click();
    const approval = officer.getByRole('dialog').filter({ hasText: '准予办理' });
    await whenStill(approval);
    await approval.getByRole('button', { name: '确认准予' }).click();
    await status.getByText('已出结果，待领取').waitFor();
    await drawer.getByText('办理结果通知书').waitFor();
    await drawer.getByRole('button', { name: '关闭' }).click();
    await row.waitFor({ state: 'detached' }); // decided: no longer an open case

    // 回复窗口
    const reply = await (await browser.newContext()).newPage();
    await signIn(reply, server.baseUrl, 'reply', '/reply');
    const readyRow = reply.getByRole('row').filter({ hasText: caseNumber });
    await readyRow.getByText('准予').waitFor();
    await snap(reply, 'reply-ready');
    await readyRow.getByRole('button', { name: '确认领取' }).click();
    const collection = reply.getByRole('dialog').filter({ hasText: caseNumber });
    await whenStill(collection);
    await collection.getByRole('button', { name: '确认领取' }).click();
    await reply.getByText(`${caseNumber} 已领取`).waitFor();
    await readyRow.waitFor({ state: 'detached' });
    await reply.getByText('暂无待领取的结果').waitFor();

    // 办件进度查询, as the resident opens it
    const resident = await (await browser.newContext()).newPage();
    await resident.goto(`${server.baseUrl}/progress`);
    await resident.getByLabel('受理编号').fill(caseNumber);
    await resident.getByLabel('证件号码后4位').fill(APPLICANT.idNumber.slice(-4));
    await resident.getByRole('button', { name: '查询' }).click();
    await resident.getByTestId('progress-status').filter({ hasText: '已领取' }).waitFor();
    await resident.getByTestId('progress-result').getByText('准予').waitFor();
    await snap(resident, 'progress-collected');

    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });
});
