import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestEnv } from './harness.js';

export const VALID_ID = '11010519491231002X';
export const APPLICANT = { idType: 'resident_id', idNumber: VALID_ID, name: '张三明', phone: '13812345678' } as const;

/** The demo centre's windows by number. */
export async function windowsByNumber(env: TestEnv): Promise<Map<number, { id: string; name: string; kind: string }>> {
  const res = await env.call('GET', '/api/v1/centres/demo/windows');
  return new Map(res.body.windows.map((w: { number: number; id: string; name: string; kind: string }) => [w.number, w]));
}

/** A catalogue item of the given kind (the first one, or one matching `code`). */
export async function findItem(env: TestEnv, kind: 'immediate' | 'committed', code?: string) {
  const res = await env.call('GET', '/api/v1/items');
  const item = res.body.items.find((i: { kind: string; code: string }) => i.kind === kind && (!code || i.code === code));
  if (!item) throw new Error(`no ${kind} item`);
  return item as { code: string; name: string; line: string; promisedDays: number; department: string; materials: { id: string; required: boolean }[] };
}

/** Takes a ticket on `line`, calls it at `window` as `clerk` and starts the service. */
export async function serveNewTicket(env: TestEnv, options: { line: string; windowId: string; clerk?: string }) {
  const cookie = await env.login(options.clerk ?? 'clerk');
  const ticket = await env.call('POST', '/api/v1/centres/demo/tickets', { body: { line: options.line } });
  expect(ticket.status).toBe(201);
  const called = await env.call('POST', `/api/v1/windows/${options.windowId}/call-next`, { cookie });
  expect(called.status).toBe(200);
  const started = await env.call('POST', `/api/v1/tickets/${called.body.ticket.id}/start`, { cookie });
  expect(started.status).toBe(200);
  return { ticketId: called.body.ticket.id as string, number: called.body.ticket.number as string, serviceId: started.body.serviceId as string, cookie };
}

/** Accepts `item` for the ticket in service, with every material received. */
export async function acceptCase(env: TestEnv, options: { ticketId: string; item: { code: string; materials: { id: string }[] }; cookie: string; applicant?: object }) {
  return env.call('POST', '/api/v1/intake/accept', {
    cookie: options.cookie,
    body: {
      requestId: randomUUID(),
      ticketId: options.ticketId,
      itemCode: options.item.code,
      applicant: options.applicant ?? APPLICANT,
      materialsReceived: options.item.materials.map((m) => m.id),
    },
  });
}
