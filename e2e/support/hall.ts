/**
 * The steps of the hall a resident and a front clerk go through, as they click them: a ticket
 * at the kiosk, the call at a window, and the acceptance form filled for one item.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ItemSummary, ServiceWindow } from './catalogue.js';

export interface Applicant {
  idNumber: string;
  name: string;
  phone: string;
}

/** A resident ID with a valid check digit: born 31 Dec 1949, female. */
export const APPLICANT: Applicant = { idNumber: '11010519491231002X', name: '王秀英', phone: '13812345678' };

/** Taps the line's tile on the kiosk and returns the ticket number the screen shows. */
export async function takeTicket(page: Page, baseUrl: string, line: string): Promise<string> {
  await page.goto(`${baseUrl}/kiosk`);
  await page.getByRole('button', { name: new RegExp(`${line} 类 · 等候`) }).click();
  // A kiosk that asks for an ID number first (70 or older are served first): the resident skips it.
  const issued = page.getByText('取号成功');
  const skip = page.getByRole('button', { name: '跳过，直接取号' });
  await issued.or(skip).first().waitFor();
  if (await skip.isVisible()) await skip.click();
  await issued.waitFor();
  const number = (await page.getByTestId('kiosk-ticket-number').innerText()).trim();
  expect(number).toMatch(new RegExp(`^${line}\\d{3}$`));
  return number;
}

/** On /window, signed in as a clerk: sits at the window and calls the next ticket (叫号). */
export async function callFromWindowPage(page: Page, window: ServiceWindow, ticketNumber: string): Promise<void> {
  await page.getByText('选择窗口').waitFor();
  await page.getByLabel('受理窗口').click();
  await page.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${window.number}号窗口（综合窗口`) }).click();
  await page.getByRole('button', { name: '进入窗口' }).click();
  await page.getByText(window.name, { exact: true }).waitFor(); // the window card's title
  await page.getByText(`受理业务：${window.lines.join('、')}类`).waitFor();

  await page.getByRole('button', { name: '叫号', exact: true }).click();
  const current = page.getByTestId('window-current-ticket');
  await expect.poll(() => current.innerText(), { timeout: 10_000 }).toBe(ticketNumber);
}

/** On /window, signed in as a clerk: sits at the window, calls the next ticket and starts serving. */
export async function callAndServe(page: Page, window: ServiceWindow, ticketNumber: string): Promise<void> {
  await callFromWindowPage(page, window, ticketNumber);
  await page.getByRole('button', { name: '开始办理' }).click();
  await page.getByText(`受理 · ${ticketNumber}`).waitFor();
}

/** Fills the applicant, waits for the ID check, picks the item and ticks every material. */
export async function fillIntake(page: Page, applicant: Applicant, item: ItemSummary): Promise<void> {
  await page.getByLabel('证件号码').fill(applicant.idNumber);
  await page.getByLabel('姓名').fill(applicant.name);
  await page.getByLabel('联系电话').fill(applicant.phone);
  await page.getByTestId('id-check').filter({ hasText: '出生日期 1949年12月31日 · 性别 女' }).waitFor();

  await page.getByLabel('办理事项').click();
  await page.getByLabel('办理事项').fill(item.name);
  await page.locator('.ant-select-item-option').filter({ hasText: item.name }).click();
  await page.getByRole('heading', { name: '办理条件' }).waitFor();

  const materials = page.getByRole('list', { name: '申请材料' }).getByRole('checkbox');
  await expect.poll(() => materials.count(), { timeout: 10_000 }).toBe(item.materials.length);
  for (const box of await materials.all()) await box.check();
  await page.getByText('尚缺必需材料').waitFor({ state: 'detached' });
}
