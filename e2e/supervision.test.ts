import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { runDeadlineJob } from '../src/modules/deadlines/deadline-job.js';
import {
  describeInBrowser,
  launchBrowser,
  signIn,
  snap,
  whenStill,
  type TestBrowser,
} from './support/browser.js';
import { addWeekdays, pickItem, shownDate } from './support/catalogue.js';
import { acceptCase, type MadeCase } from './support/cases.js';
import { startServer, type TestServer } from './support/server.js';

/** How the console prints a rate: one decimal and a percent sign. */
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

describeInBrowser('supervision pages in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let immediate: MadeCase;
  let committed: MadeCase;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // Monday 2 March: one immediate item finished on the spot and one committed item accepted.
    const clerk = await server.login('clerk');
    immediate = await acceptCase(server, clerk, await pickItem(server, 'immediate'));
    committed = await acceptCase(server, clerk, await pickItem(server, 'committed'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the manager the on-spot rate the API computes, and the case behind it', async () => {
    onTestFailed(() => browser.reportFailure());
    const manager = await server.login('manager');
    const { status, body } = await server.api(
      'GET',
      '/indicators?scope=centre:demo&from=2026-03-01&to=2026-03-02',
      { cookie: manager },
    );
    expect(status).toBe(200);
    const onSpot = body.indicators.find((i: { code: string }) => i.code === 'on_spot_rate');
    // By hand: 1 finished on the spot of 2 accepted.
    expect(onSpot).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, met: false });

    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.baseUrl, 'manager', '/manager/indicators');
    const value = page.getByTestId('indicator-value-on_spot_rate');
    await expect.poll(() => value.innerText()).toBe(percent(onSpot.value));
    expect(await page.getByTestId('report-period').innerText()).toContain(
      '2026年3月1日 至 2026年3月2日',
    );
    await page.getByText('指标趋势').waitFor();
    await snap(page, 'manager-indicators');

    await value.click();
    const drill = page.getByRole('dialog').filter({ hasText: '指标穿透 · 当场办结率' });
    await whenStill(drill);
    await drill.getByTestId('drill-summary').filter({ hasText: '共 1 条记录' }).waitFor();
    await drill.getByRole('button', { name: immediate.number }).click();
    const caseDrawer = page.getByRole('dialog').filter({ hasText: `办件 ${immediate.number}` });
    await whenStill(caseDrawer);
    await caseDrawer.getByRole('row').filter({ hasText: '受理编号' }).getByText('已办结').waitFor();
    // The manager reads the case; the officer's buttons are not there.
    expect(await caseDrawer.getByRole('button', { name: '准予' }).count()).toBe(0);
    await snap(page, 'manager-drill-case');
    await page.close();

    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });

  it('lets the manager approve an extension an officer asked for', async () => {
    onTestFailed(() => browser.reportFailure());
    const officer = await server.login('officer');
    const asked = await server.api('POST', `/cases/${committed.id}/extensions`, {
      cookie: officer,
      body: { days: 5, reason: '需现场核查申请人居住情况' },
    });
    expect(asked.status).toBe(201);
    await runDeadlineJob(server.ctx); // writes today's digest, as the server's job does

    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.baseUrl, 'manager', '/manager/deadlines');
    await page.getByText('时限日报 · 2026年3月2日').waitFor();
    const row = page
      .getByRole('row')
      .filter({ hasText: committed.number })
      .filter({ hasText: '需现场核查' });
    await row.getByRole('button', { name: '批准' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '批准延期' });
    await whenStill(dialog);
    await dialog.getByRole('button', { name: '确认批准' }).click();
    await dialog.getByText('请填写审批意见').waitFor(); // the reason is required
    await dialog.getByLabel('审批意见').fill('情况属实，同意延长5个工作日');
    await dialog.getByRole('button', { name: '确认批准' }).click();
    // Five more working days from the case's deadline (no holiday before Qingming).
    const moved = addWeekdays(committed.deadline!, 5);
    await page.getByText(`新的办结期限为${shownDate(moved)}`).waitFor();
    await page.getByText('暂无待审批的延期申请').waitFor();
    await snap(page, 'manager-extension-approved');
    await page.close();

    const manager = await server.login('manager');
    const detail = await server.api('GET', `/cases/${committed.id}`, { cookie: manager });
    expect(detail.body.case).toMatchObject({ deadline: moved, extensionDays: 5 });
    expect(detail.body.extensions).toMatchObject([{ status: 'approved', days: 5 }]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });

  it("answers an online complaint on the manager's page, and the complainant reads the answer", async () => {
    onTestFailed(() => browser.reportFailure());
    const resident = await (await browser.newContext()).newPage();
    await resident.goto(`${server.baseUrl}/complaint?centre=demo`);
    await resident.getByRole('button', { name: '提交投诉' }).click();
    await resident.getByText('请选择投诉类别').waitFor(); // nothing is sent before the form is complete
    await resident.getByLabel('投诉类别').click();
    await resident.locator('.ant-select-item-option').filter({ hasText: '排队等候' }).click();
    await resident.getByLabel('投诉人姓名').fill('钱秀兰');
    await resident.getByLabel('联系电话').fill('13600001111');
    await resident.getByLabel('投诉内容').fill('周一上午排队超过一小时');
    await resident.getByRole('button', { name: '提交投诉' }).click();
    const submitted = resident.getByTestId('complaint-submitted');
    await submitted.waitFor();
    const number = /TS\d{10}/.exec(await submitted.innerText())![0];

    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.baseUrl, 'manager', '/manager/complaints');
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByText('钱*兰').waitFor(); // masked in the list
    await row.getByRole('button', { name: number }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `投诉 ${number}` });
    await whenStill(drawer);
    await drawer.getByText('13600001111').waitFor(); // in full in the detail, to call back
    await drawer.getByRole('button', { name: '答复', exact: true }).click();
    const answer = page.getByRole('dialog').filter({ hasText: '答复投诉人' });
    await whenStill(answer);
    await answer.getByLabel('答复内容').fill('已在高峰时段增开两个综合窗口');
    await answer.getByRole('button', { name: '保存答复' }).click();
    await drawer
      .getByRole('row')
      .filter({ hasText: '答复' })
      .getByText(/已在高峰时段增开两个综合窗口（2026年3月2日/)
      .waitFor();
    await page.close();

    await resident.getByRole('button', { name: '查询答复' }).click();
    const found = resident.getByTestId('complaint-lookup');
    await found.getByText('已在高峰时段增开两个综合窗口').waitFor();
    await found.getByText('满意', { exact: true }).click();
    await found.getByRole('button', { name: '提交评价' }).click();
    await found
      .getByRole('row')
      .filter({ hasText: '您的评价' })
      .getByText('满意', { exact: true })
      .waitFor();
    await snap(resident, 'complaint-answered');
    await resident.close();

    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });

  it('shows the district office the league table with the demo centre', async () => {
    onTestFailed(() => browser.reportFailure());
    const page = await (await browser.newContext()).newPage();
    await signIn(page, server.baseUrl, 'district');
    await page.waitForURL(/\/supervision$/);
    const centre = page
      .getByTestId('league-centre')
      .filter({ hasText: '示范街道社区事务受理服务中心' });
    await centre.waitFor();
    const row = page.getByRole('row').filter({ has: centre });
    await row.getByText(percent(0.5)).first().waitFor();
    await page.getByText('徐汇区合计（1个中心）').waitFor();
    await snap(page, 'district-league');

    await centre.click();
    const drawer = page
      .getByRole('dialog')
      .filter({ hasText: '示范街道社区事务受理服务中心 · 徐汇区' });
    await whenStill(drawer);
    await expect
      .poll(() => drawer.getByTestId('indicator-value-on_spot_rate').innerText())
      .toBe(percent(0.5));
    await page.close();

    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });
});
