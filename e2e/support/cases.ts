/**
 * Cases made over HTTP the way the window page makes them (a ticket called, served and accepted
 * at a window), for browser tests that start where the hall's work has already been done.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ItemSummary, ServiceWindow } from './catalogue.js';
import { APPLICANT } from './hall.js';
import type { TestServer } from './server.js';

export interface MadeCase {
  id: string;
  number: string;
  deadline: string | null;
}

/** A comprehensive window of the demo centre that serves the line. */
export async function windowFor(server: TestServer, line: string): Promise<ServiceWindow> {
  const { body } = await server.api('GET', '/centres/demo/windows');
  const found = (body.windows as ServiceWindow[]).find(
    (w) => w.kind === 'comprehensive' && w.lines.includes(line),
  );
  if (!found) throw new Error(`no comprehensive window of the demo centre serves line ${line}`);
  return found;
}

/**
 * A ticket for the item's line is called to a window that serves it, served, and the item
 * accepted with every material; an immediate item is then finished on the spot. The ticket's
 * service ends and the clerk leaves the window.
 */
export async function acceptCase(
  server: TestServer,
  clerk: string,
  item: ItemSummary,
): Promise<MadeCase> {
  const window = await windowFor(server, item.line);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await server.api(method, path, { cookie: clerk, body });
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body;
  };
  const ticket = await call('POST', '/centres/demo/tickets', { line: item.line });
  const called = await call('POST', `/windows/${window.id}/call-next`);
  expect(called.ticket.id).toBe(ticket.id);
  await call('POST', `/tickets/${ticket.id}/start`);
  const accepted = await call('POST', '/intake/accept', {
    requestId: randomUUID(),
    ticketId: ticket.id,
    itemCode: item.code,
    applicant: { idType: 'resident_id', ...APPLICANT },
    materialsReceived: item.materials.map((m) => m.id),
  });
  if (item.kind === 'immediate') await call('POST', `/cases/${accepted.case.id}/finish`);
  await call('POST', `/tickets/${ticket.id}/finish`);
  await call('POST', `/windows/${window.id}/leave`);
  return { id: accepted.case.id, number: accepted.case.number, deadline: accepted.case.deadline };
}
