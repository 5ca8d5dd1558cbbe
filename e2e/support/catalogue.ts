/**
 * What a browser test needs to know before it starts clicking: which catalogue item to apply
 * for and which window to sit at, asked of the running server the way the console asks.
 */
import type { TestServer } from './server.js';

export interface ItemSummary {
  code: string;
  name: string;
  line: string;
  kind: 'immediate' | 'committed';
  promisedDays: number;
  materials: { id: string; name: string; required: boolean }[];
}

export interface ServiceWindow {
  id: string;
  number: number;
  name: string;
  kind: string;
  lines: string[];
}

/**
 * An item of the given kind that a clerk can find by typing its name: no other item's name
 * contains it. Committed items promise at most `maxDays` working days, so a deadline counted
 * from early March stays clear of the Qingming holiday and can be checked by counting weekdays.
 */
export async function pickItem(server: TestServer, kind: ItemSummary['kind'], maxDays = 15): Promise<ItemSummary> {
  const { status, body } = await server.api('GET', '/items');
  if (status !== 200) throw new Error(`GET /items: ${status}`);
  const items = body.items as ItemSummary[];
  const item = items.find(
    (i) =>
      i.kind === kind &&
      i.materials.length > 0 &&
      (kind === 'immediate' || (i.promisedDays > 0 && i.promisedDays <= maxDays)) &&
      !items.some((other) => other.code !== i.code && other.name.includes(i.name)),
  );
  if (!item) throw new Error(`no ${kind} item in the catalogue fits the test`);
  return item;
}

export async function findWindow(server: TestServer, number: number): Promise<ServiceWindow> {
  const { body } = await server.api('GET', '/centres/demo/windows');
  const found = (body.windows as ServiceWindow[]).find((w) => w.number === number);
  if (!found) throw new Error(`the demo centre has no window ${number}`);
  return found;
}

/** The date `days` weekdays after `from` (day 0), for a span without public holidays. */
export function addWeekdays(from: string, days: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const dow = date.getUTCDay();
    if (dow !== 0 && dow !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** A business date as the console prints it: 2026年3月9日. */
export function shownDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
