import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { describeInBrowser, launchBrowser, snap, type TestBrowser } from './support/browser.js';
import { findWindow, pickItem } from './support/catalogue.js';
import { APPLICANT } from './support/hall.js';
import { startServer, type TestServer } from './support/server.js';

/** Types on the kiosk's keypad, key by key, as a resident taps it. */
async function tapKeys(page: Page, keys: string): Promise<void> {
  const keypad = page.locator('.kiosk-keypad-keys');
  for (const key of keys) await keypad.getByRole('button', { name: key, exact: true }).click();
}

/** The ticket on the kiosk's screen: its number and id (the QR code's position page). */
async function shownTicket(page: Page): Promise<{ number: string; id: string }> {
  await page.getByText('取号成功').waitFor();
  const number = (await page.getByTestId('kiosk-ticket-number').innerText()).trim();
  const id = await page.getByRole('region', { name: '排队号' }).getAttribute('data-ticket-id');
  return { number, id: id ?? '' };
}

describeInBrowser('the kiosk and the booking portal in the browser', () => {
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

  describe('the kiosk', () => {
    it('prints a ticket with the wait estimate and a QR code for the live position page', async () => {
      onTestFailed(() => browser.reportFailure());
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.baseUrl}/kiosk`);
      await page.getByRole('button', { name: /A 类 · 等候/ }).click();
      await page.getByRole('heading', { name: '输入身份证号（70周岁以上自动优先）' }).waitFor();
      await page.getByRole('button', { name: '跳过，直接取号' }).click();

      const ticket = await shownTicket(page);
      expect(ticket.number).toMatch(/^A\d{3}$/);
      expect(ticket.id).toMatch(/^[0-9a-f-]{36}$/);
      await page
        .getByTestId('kiosk-waiting-ahead')
        .filter({ hasText: '您前面还有 0 人等候' })
        .waitFor();
      await expect
        .poll(() => page.getByTestId('kiosk-estimate').innerText())
        .toMatch(/^预计等候：(约\d+分钟|即将叫号|暂无法估算)$/);
      const qr = page.getByTestId('kiosk-ticket-qr');
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(await page.locator('figure.kiosk-ticket-qr').getAttribute('data-position-url')).toBe(
        `${server.baseUrl}/position/${ticket.id}`,
      );
      await snap(page, 'kiosk-ticket-qr');

      const phone = await (await browser.newContext()).newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.baseUrl}/position/${ticket.id}`);
      await expect.poll(() => phone.getByTestId('position-number').innerText()).toBe(ticket.number);
      await phone.getByTestId('position-ahead').filter({ hasText: '您前面还有 0 人' }).waitFor();

      // Called at window 3: the phone says where to go, without a reload.
      const window3 = await findWindow(server, 3);
      const clerk = await server.login('clerk');
      const called = await server.api('POST', `/windows/${window3.id}/call-next`, {
        cookie: clerk,
      });
      expect(called.body.ticket.number).toBe(ticket.number);
      await phone
        .getByTestId('position-call')
        .filter({ hasText: `请到${window3.name}办理` })
        .waitFor({ timeout: 12_000 });
      await snap(phone, 'position-called');
      expect(browser.pageErrors).toEqual([]);
      expect(browser.apiFailures).toEqual([]);
    });

    it('puts a resident of 70 or older, by the ID number typed, in the priority lane', async () => {
      onTestFailed(() => browser.reportFailure());
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.baseUrl}/kiosk`);
      await page.getByRole('button', { name: /B 类 · 等候/ }).click();
      await tapKeys(page, APPLICANT.idNumber);
      await expect
        .poll(() => page.getByTestId('kiosk-keypad-display').innerText())
        .toBe('110105 19491231 002X');
      await page.getByRole('button', { name: '确认取号' }).click();

      const ticket = await shownTicket(page);
      expect(ticket.number).toMatch(/^B\d{3}$/);
      await page
        .getByTestId('kiosk-ticket-priority')
        .filter({ hasText: '绿色通道 · 70周岁以上老年人' })
        .waitFor();

      const manager = await server.login('manager');
      const uses = await server.api('GET', '/tickets/priority-uses', { cookie: manager });
      expect(uses.body.uses).toContainEqual(
        expect.objectContaining({ ticket: ticket.number, reason: 'elderly', source: 'id_age' }),
      );
      expect(browser.pageErrors).toEqual([]);
      expect(browser.apiFailures).toEqual([]);
    });
  });

  it('books for the next working day through /book, and the booking checks in at the kiosk on the day', async () => {
    onTestFailed(() => browser.reportFailure());
    const item = await pickItem(server, 'immediate');
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.baseUrl}/book?centre=demo`);
    await page.getByText('示范街道社区事务受理服务中心', { exact: false }).waitFor();

    await page.getByLabel('1. 办理事项').click();
    await page.getByLabel('1. 办理事项').fill(item.name);
    await page.locator('.ant-select-item-option').filter({ hasText: item.name }).first().click();
    // Monday 2 March: the first day open is Tuesday 3 March.
    await page.locator('label').filter({ hasText: '3月3日 周二' }).click();
    await page.locator('label').filter({ hasText: '09:00–10:00（余8个）' }).click();
    await page.getByLabel('证件号码', { exact: true }).fill(APPLICANT.idNumber);
    await page.getByLabel('姓名').fill(APPLICANT.name);
    await page.getByLabel('手机号码').fill(APPLICANT.phone);
    await snap(page, 'book-form');
    await page.getByRole('button', { name: '提交预约' }).click();

    const codeShown = page.getByTestId('booking-code');
    await codeShown.waitFor();
    const code = (await codeShown.innerText()).trim();
    expect(code).toMatch(/^\d{8}$/);
    await page.getByText('请于预约时段到中心自助机签到').waitFor();
    await snap(page, 'book-done');

    // The booked day, 09:10 in Shanghai: inside the 09:00–10:00 band.
    server.clock.set('2026-03-03T01:10:00Z');
    const kiosk = await page.context().newPage();
    await kiosk.goto(`${server.baseUrl}/kiosk`);
    await kiosk.getByRole('button', { name: /^预约签到/ }).click();
    await tapKeys(kiosk, code);
    await kiosk.getByRole('button', { name: '签到取号' }).click();

    const ticket = await shownTicket(kiosk);
    expect(ticket.number).toMatch(new RegExp(`^${item.line}\\d{3}$`));
    await kiosk
      .getByTestId('kiosk-ticket-appointment')
      .filter({ hasText: `预约签到 · 09:00-10:00 · ${item.name}` })
      .waitFor();
    await kiosk.getByTestId('kiosk-ticket-qr').waitFor();
    await snap(kiosk, 'kiosk-check-in-ticket');

    const manager = await server.login('manager');
    const day = await server.api('GET', '/appointments?date=2026-03-03', { cookie: manager });
    expect(day.body.appointments).toContainEqual(
      expect.objectContaining({ code, status: 'checked_in', band: '09:00-10:00' }),
    );
    expect(browser.pageErrors).toEqual([]);
    expect(browser.apiFailures).toEqual([]);
  });
});
