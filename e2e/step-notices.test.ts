import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  signIn,
  snap,
  type TestBrowser,
} from './support/browser.js';
import { addWeekdays, pickItem, shownDate } from './support/catalogue.js';
import { acceptCase } from './support/cases.js';
import { startServer, type TestServer } from './support/server.js';

describeInBrowser('printing the notices of pauses and extensions', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('prints the special-procedure notice and both extension notices with their figures', async () => {
    onTestFailed(() => browser.reportFailure());
    const clerk = await server.login('clerk');
    const item = await pickItem(server, 'committed');
    const [paused, extended, refused] = [
      await acceptCase(server, clerk, item),
      await acceptCase(server, clerk, item),
      await acceptCase(server, clerk, item),
    ];
    const officer = await server.login('officer');
    const manager = await server.login('manager');
    const call = async (cookie: string, path: string, body: unknown) => {
      const res = await server.api('POST', path, { cookie, body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
      return res.body;
    };

    const pause = await call(officer, `/cases/${paused.id}/pauses`, {
      kind: 'testing',
      reason: '房屋安全需委托专业机构检测',
      expectedDays: 5,
    });
    const asked = await call(officer, `/cases/${extended.id}/extensions`, {
      days: 3,
      reason: '需现场核查申请人居住情况',
    });
    const approved = await call(manager, `/extensions/${asked.extension.id}/approve`, {});
    const askedAgain = await call(officer, `/cases/${refused.id}/extensions`, {
      days: 4,
      reason: '材料较多',
    });
    const denied = await call(manager, `/extensions/${askedAgain.extension.id}/refuse`, {
      reason: '材料已齐，可在原期限内办结',
    });

    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.baseUrl, 'officer');

    await page.goto(`${server.baseUrl}/print/notice/${pause.notice.id}`);
    await page.getByTestId('notice-title').filter({ hasText: '特别程序' }).waitFor();
    expect(await page.getByTestId('notice-pause-step').innerText()).toBe('检测、检验');
    expect(await page.getByTestId('notice-reason').innerText()).toBe('房屋安全需委托专业机构检测');
    expect(await page.getByTestId('notice-expected-days').innerText()).toBe('5个工作日');
    // Paused Monday 2 March; five working days: Monday 9 March.
    await page.getByRole('row', { name: `预计完成日期 ${shownDate('2026-03-09')}` }).waitFor();
    await page.getByText('第四十五条').first().waitFor();
    await snap(page, 'notice-pause');

    // Three more working days after the case's deadline (no holiday before Qingming).
    const moved = addWeekdays(extended.deadline!, 3);
    expect(approved.case.deadline).toBe(moved);
    await page.goto(`${server.baseUrl}/print/notice/${approved.notice.id}`);
    await page.getByTestId('notice-title').filter({ hasText: '延长办理期限告知书' }).waitFor();
    expect(await page.getByTestId('notice-extension-days').innerText()).toBe('3个工作日');
    expect(await page.getByTestId('notice-reason').innerText()).toBe('需现场核查申请人居住情况');
    expect(await page.getByTestId('notice-new-deadline').innerText()).toBe(shownDate(moved));
    await snap(page, 'notice-extension');

    await page.goto(`${server.baseUrl}/print/notice/${denied.notice.id}`);
    await page.getByTestId('notice-title').filter({ hasText: '延长办理期限告知书' }).waitFor();
    await page.getByText('延长办理期限的申请未获批准').waitFor();
    expect(await page.getByTestId('notice-extension-days').count()).toBe(0);
    expect(await page.getByTestId('notice-reason').innerText()).toBe('材料已齐，可在原期限内办结');
    expect(await page.getByTestId('notice-new-deadline').innerText()).toBe(
      shownDate(refused.deadline!),
    );
    await page.close();

    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });
});
