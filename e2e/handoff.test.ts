import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { users } from '../src/db/schema.js';
import { createCentre } from '../src/modules/centres/demo-centre.seed.js';
import { hashPassword } from '../src/server/passwords.js';
import {
  describeInBrowser,
  launchBrowser,
  signIn,
  snap,
  whenStill,
  type TestBrowser,
} from './support/browser.js';
import { windowFor } from './support/cases.js';
import type { ItemSummary } from './support/catalogue.js';
import { APPLICANT, callAndServe, fillIntake } from './support/hall.js';
import { DEMO_PASSWORD, startServer, type TestServer } from './support/server.js';

const NORTH = '北区街道社区事务受理服务中心';

/**
 * A second centre, `north`, offering the whole catalogue, with one clerk `north-clerk`: created
 * the way the API tests create one (the centre seed's own function, in one transaction).
 */
async function createNorthCentre(server: TestServer): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await server.ctx.db.transaction(async (tx) => {
    const centreId = await createCentre(tx, {
      centre: {
        code: 'north',
        name: NORTH,
        districtCode: '310104',
        districtName: '徐汇区',
        address: '北区路1号',
        phone: '021-64000001',
      },
      lines: [{ letter: 'A', name: '综合', icon: 'appstore' }],
      windows: [{ number: 1, kind: 'comprehensive', lines: ['A'] }],
    });
    await tx.insert(users).values({
      centreId,
      username: 'north-clerk',
      name: '北区受理员',
      role: 'clerk',
      passwordHash,
      isAllRound: true,
    });
  });
}

/** A committed item that is not 全市通办, whose name no other item's name contains. */
async function pickLocalItem(server: TestServer): Promise<ItemSummary> {
  const { body } = await server.api('GET', '/items');
  const items = body.items as (ItemSummary & { cityWide: boolean })[];
  const item = items.find(
    (i) =>
      !i.cityWide &&
      i.kind === 'committed' &&
      i.materials.length > 0 &&
      !items.some((other) => other.code !== i.code && other.name.includes(i.name)),
  );
  if (!item) throw new Error('no committed item that is not city-wide fits the test');
  return item;
}

describeInBrowser('a hand-off between centres (收受分离) in the browser', () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await createNorthCentre(server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is received and forwarded at the demo centre, then arrives and is accepted at the other', async () => {
    onTestFailed(() => browser.reportFailure());
    const item = await pickLocalItem(server);
    const window = await windowFor(server, item.line);
    const ticket = await server.api('POST', '/centres/demo/tickets', { body: { line: item.line } });
    expect(ticket.status).toBe(201);

    // 收件 at the demo centre's window
    const clerk = browser.context.pages()[0] ?? (await browser.context.newPage());
    await signIn(clerk, server.baseUrl, 'clerk', '/window');
    await callAndServe(clerk, window, ticket.body.number);
    await fillIntake(clerk, APPLICANT, item);
    await clerk.getByRole('button', { name: '收件转送' }).click();
    const dialog = clerk.getByRole('dialog').filter({ hasText: '收件转送' });
    await whenStill(dialog);
    await dialog.getByRole('button', { name: '确认收件并转送' }).click();
    await dialog.getByText('请选择受理中心').waitFor(); // nothing is sent without a centre
    await dialog.getByLabel('受理中心').click();
    // The centre's own name is not offered: a hand-off goes to another centre.
    const options = clerk.locator('.ant-select-item-option');
    await options.filter({ hasText: NORTH }).waitFor();
    expect(await options.filter({ hasText: '示范街道' }).count()).toBe(0);
    await options.filter({ hasText: NORTH }).click();
    await dialog.getByLabel('备注').fill('申请人户籍在北区');
    await dialog.getByRole('button', { name: '确认收件并转送' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const results = clerk.getByRole('list', { name: '本次服务办理结果' });
    const number = (await results.getByTestId('handoff-number').innerText()).trim();
    expect(number).toBe('ZS2026000001');
    // Received Monday 2 March; 2 working days to forward (the default): Wednesday 4 March.
    await results.getByText(`转送至${NORTH}，转送期限 2026年3月4日`).waitFor();
    await snap(clerk, 'handoff-window');

    const [notice] = await Promise.all([
      browser.context.waitForEvent('page'),
      results.getByRole('link', { name: '打印收件转送告知书' }).click(),
    ]);
    await notice.getByTestId('notice-title').filter({ hasText: '收件转送告知书' }).waitFor();
    expect(await notice.getByTestId('notice-handoff-number').innerText()).toBe(number);
    expect(await notice.getByTestId('notice-to-centre').innerText()).toBe(NORTH);
    expect(await notice.getByTestId('notice-forward-due').innerText()).toBe('2026年3月4日前');
    // Every material was ticked: each is listed as received, one row apiece.
    const received = notice.getByTestId('notice-received').locator('tbody tr');
    expect(await received.count()).toBe(item.materials.length);
    await notice.getByText(item.materials[0]!.name).first().waitFor();
    await snap(notice, 'handoff-notice');
    await notice.close();

    await clerk.getByRole('button', { name: '结束服务' }).click();
    await expect
      .poll(() => clerk.getByTestId('window-current-ticket').innerText(), { timeout: 10_000 })
      .toBe('—');

    // 转送, from the hand-off list
    await clerk.getByRole('link', { name: '收件转送' }).click();
    const outgoing = clerk.getByRole('row').filter({ hasText: number });
    await outgoing.getByText('已收件，待转送').waitFor();
    await outgoing.getByText(NORTH).waitFor();
    await outgoing.getByText('王秀英').waitFor();
    await outgoing.getByText('110***********002X').waitFor(); // masked in the list
    await outgoing.getByRole('button', { name: '转送' }).click();
    await outgoing.getByText('已转送，待接收').waitFor();
    expect(await outgoing.getByTestId('handoff-late').count()).toBe(0);

    // 接收 and 受理 at the other centre, the next working day
    server.clock.set('2026-03-03T01:30:00Z');
    const north = await (await browser.newContext()).newPage();
    await signIn(north, server.baseUrl, 'north-clerk', '/handoffs');
    await north.getByRole('tab', { name: /转入（本中心受理）/ }).click();
    const incoming = north.getByRole('row').filter({ hasText: number });
    await incoming.getByText('示范街道社区事务受理服务中心').waitFor();
    await incoming.getByRole('button', { name: '接收' }).click();
    await incoming.getByText('材料已送达，待受理').waitFor();
    await incoming.getByRole('button', { name: '受理', exact: true }).click();
    const acceptance = north.getByRole('dialog').filter({ hasText: `受理转送件 ${number}` });
    await whenStill(acceptance);
    await acceptance.getByText(APPLICANT.idNumber).waitFor(); // in full, to check the papers
    const boxes = acceptance.getByRole('list', { name: '申请材料' }).getByRole('checkbox');
    await expect.poll(() => boxes.count()).toBe(item.materials.length);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    await acceptance.getByRole('button', { name: '确认受理' }).click();
    const caseNumber = (await acceptance.getByTestId('case-number').innerText()).trim();
    // The north centre's first case of Tuesday 3 March: its own number and its own day 0.
    expect(caseNumber).toBe('NORTH202603030001');
    await snap(north, 'handoff-accepted');
    await acceptance.getByRole('button', { name: '完成' }).click();
    await incoming.getByText('已受理').waitFor();
    expect(await incoming.getByTestId('handoff-case-number').innerText()).toBe(caseNumber);
    await north.close();

    // The demo centre's list shows it accepted, with the case number.
    await signIn(clerk, server.baseUrl, 'clerk', '/handoffs');
    await outgoing.getByText('已受理').waitFor();
    expect(await outgoing.getByTestId('handoff-case-number').innerText()).toBe(caseNumber);
    await snap(clerk, 'handoffs-outgoing');
    await clerk.close();

    // The resident follows it on the public progress page with the notice's number.
    const resident = await (await browser.newContext()).newPage();
    await resident.goto(`${server.baseUrl}/progress`);
    await resident.getByText('转送件（收件转送告知书）').click();
    await resident.getByLabel('转送件编号').fill(number);
    await resident.getByLabel('证件号码后4位').fill(APPLICANT.idNumber.slice(-4));
    await resident.getByRole('button', { name: '查询' }).click();
    await resident.getByTestId('progress-status').filter({ hasText: '已受理' }).waitFor();
    expect(await resident.getByTestId('progress-case-number').innerText()).toBe(
      `${caseNumber}（办理中）`,
    );
    await resident.close();

    const demoClerk = await server.login('clerk');
    const list = await server.api('GET', '/handoffs?direction=outgoing', { cookie: demoClerk });
    expect(list.body.handoffs).toMatchObject([
      { number, status: 'accepted', isLate: false, case: { number: caseNumber } },
    ]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });
});
