import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { users } from '../../src/db/schema.js';
import { createCentre } from '../../src/modules/centres/demo-centre.seed.js';
import { hashPassword } from '../../src/server/passwords.js';
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

/**
 * Another centre with one comprehensive window, a clerk `<code>-clerk` and a manager
 * `<code>-manager` (password yimen-demo), offering the whole catalogue. Returns the centre's id.
 */
export async function createOtherCentre(env: TestEnv, options: { code: string; name: string; districtCode?: string }) {
  const passwordHash = await hashPassword('yimen-demo');
  return env.ctx.db.transaction(async (tx) => {
    const centreId = await createCentre(tx, {
      centre: { code: options.code, name: options.name, districtCode: options.districtCode ?? '310104', districtName: '徐汇区', address: `${options.name}地址`, phone: '021-64000001' },
      lines: [{ letter: 'A', name: '综合', icon: 'appstore' }],
      windows: [{ number: 1, kind: 'comprehensive', lines: ['A'] }],
    });
    await tx.insert(users).values([
      { centreId, username: `${options.code}-clerk`, name: `${options.name.slice(0, 2)}受理员`, role: 'clerk', passwordHash, isAllRound: true },
      { centreId, username: `${options.code}-manager`, name: `${options.name.slice(0, 2)}主任`, role: 'manager', passwordHash },
    ]);
    return centreId;
  });
}

/**
 * A committed case of `itemCode` accepted today at window 1 by `clerk`, its ticket finished so the
 * window is free again. Returns the case as the intake answered it.
 */
export async function acceptCommittedCase(env: TestEnv, itemCode: string, options: { applicant?: object } = {}) {
  const windows = await windowsByNumber(env);
  const item = await findItem(env, 'committed', itemCode);
  const { ticketId, cookie } = await serveNewTicket(env, { line: item.line, windowId: windows.get(1)!.id, clerk: 'clerk' });
  const accepted = await acceptCase(env, { ticketId, item, cookie, applicant: options.applicant });
  expect(accepted.status).toBe(201);
  expect((await env.call('POST', `/api/v1/tickets/${ticketId}/finish`, { cookie })).status).toBe(200);
  return accepted.body.case as { id: string; number: string; deadline: string; promisedDays: number; department: string };
}
