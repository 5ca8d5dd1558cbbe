import { expect, it } from 'vitest';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import { windowsByNumber } from '../support/factories.js';

const take = (env: TestEnv, body: object) => env.call('POST', '/api/v1/centres/demo/tickets', { body });

/** Calls at `windowId`, serves at once and finishes, returning the number called. */
async function callAndFinish(env: TestEnv, windowId: string, cookie: string): Promise<string | null> {
  const called = await env.call('POST', `/api/v1/windows/${windowId}/call-next`, { cookie });
  if (called.status === 204) return null;
  const id = called.body.ticket.id;
  await env.call('POST', `/api/v1/tickets/${id}/start`, { cookie });
  await env.call('POST', `/api/v1/tickets/${id}/finish`, { cookie });
  return called.body.ticket.number;
}

describeOnEachDb('the calling policy', (env) => {
  it('marks the priority lane from a stated reason or from an ID number showing 70+, and records each use', async () => {
    const military = await take(env(), { line: 'A', priority: 'military' });
    expect(military.body).toMatchObject({ number: 'A001', priority: 'military' });
    const elderly = await take(env(), { line: 'A', idNumber: '11010519491231002X' });
    expect(elderly.body.priority).toBe('elderly');
    const young = await take(env(), { line: 'A', idNumber: '110101200002292304' });
    expect(young.body.priority).toBeNull();
    expect((await take(env(), { line: 'A', idNumber: '110105194912310021' })).body.error.code).toBe('identity.checksum');
    expect((await take(env(), { line: 'A', priority: 'vip' })).status).toBe(400);
    expect((await take(env(), { line: 'A', name: '张三' })).status).toBe(400);
    const manager = await env().login('manager');
    const uses = await env().call('GET', '/api/v1/tickets/priority-uses', { cookie: manager });
    expect(uses.body.uses.map((u: any) => [u.ticket, u.reason, u.source])).toEqual([
      ['A001', 'military', 'asked'],
      ['A002', 'elderly', 'id_age'],
    ]);
  });

  it('calls priority first but gives every third call to the longest wait', async () => {
    env().clock.set('2026-03-03T01:00:00Z');
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    await take(env(), { line: 'B' }); // B001, ordinary, longest waiting
    await take(env(), { line: 'B' }); // B002
    for (let i = 0; i < 3; i++) await take(env(), { line: 'B', priority: 'disabled' }); // B003–B005
    const order: (string | null)[] = [];
    for (let i = 0; i < 5; i++) order.push(await callAndFinish(env(), windows.get(1)!.id, cookie));
    expect(order).toEqual(['B003', 'B004', 'B001', 'B005', 'B002']);
  });

  it('estimates the wait from the queue, the windows staffed and recent service times', async () => {
    env().clock.set('2026-03-04T01:00:00Z');
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    // One 6-minute service today, at the only staffed window.
    await take(env(), { line: 'C' });
    const called = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie });
    await env().call('POST', `/api/v1/tickets/${called.body.ticket.id}/start`, { cookie });
    env().clock.advanceMinutes(6);
    await env().call('POST', `/api/v1/tickets/${called.body.ticket.id}/finish`, { cookie });
    const first = await take(env(), { line: 'C' });
    expect(first.body).toMatchObject({ waitingAhead: 0, estimatedWaitMinutes: 0 });
    const second = await take(env(), { line: 'C' });
    // One ahead, one window, 6 minutes a service: (1 + 1 − 1) × 6 / 1.
    expect(second.body).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 6 });
  });

  it('reinstates a no-show a few places back, not to the front', async () => {
    env().clock.set('2026-03-05T01:00:00Z');
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    const missed = await take(env(), { line: 'D' });
    for (let i = 0; i < 5; i++) {
      env().clock.advanceMinutes(1);
      await take(env(), { line: 'D' }); // D002–D006
    }
    const called = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie });
    expect(called.body.ticket.number).toBe('D001');
    await env().call('POST', `/api/v1/tickets/${missed.body.id}/recall`, { cookie });
    await env().call('POST', `/api/v1/tickets/${missed.body.id}/recall`, { cookie });
    await env().call('POST', `/api/v1/tickets/${missed.body.id}/no-show`, { cookie });
    const queue = await env().call('GET', `/api/v1/windows/${windows.get(1)!.id}/queue`, { cookie });
    expect(queue.body.tickets.map((t: any) => t.number)).toEqual(['D001']);
    const back = await env().call('POST', `/api/v1/tickets/${missed.body.id}/reinstate`, { cookie });
    expect(back.body.ticket).toMatchObject({ status: 'waiting', calls: 0 });
    const order: (string | null)[] = [];
    for (let i = 0; i < 6; i++) order.push(await callAndFinish(env(), windows.get(1)!.id, cookie));
    expect(order).toEqual(['D002', 'D003', 'D004', 'D001', 'D005', 'D006']);
    expect((await env().call('POST', `/api/v1/tickets/${missed.body.id}/reinstate`, { cookie })).body.error.code).toBe('ticket.invalid_state');
  });

  it('refuses to reinstate after the configured minutes', async () => {
    env().clock.set('2026-03-06T01:00:00Z');
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    const missed = await take(env(), { line: 'D' });
    await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie });
    await env().call('POST', `/api/v1/tickets/${missed.body.id}/recall`, { cookie });
    await env().call('POST', `/api/v1/tickets/${missed.body.id}/recall`, { cookie });
    await env().call('POST', `/api/v1/tickets/${missed.body.id}/no-show`, { cookie });
    env().clock.advanceMinutes(31);
    const late = await env().call('POST', `/api/v1/tickets/${missed.body.id}/reinstate`, { cookie });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'ticket.reinstate_expired' } } });
  });

  it('transfers a ticket to one window keeping its place, and holds one while the resident fetches a document', async () => {
    env().clock.set('2026-03-09T01:00:00Z');
    const windows = await windowsByNumber(env());
    const clerk = await env().login('clerk');
    const clerk2 = await env().login('clerk2');
    const first = await take(env(), { line: 'F' });
    await take(env(), { line: 'F' });
    const called = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie: clerk });
    await env().call('POST', `/api/v1/tickets/${first.body.id}/start`, { cookie: clerk });
    const moved = await env().call('POST', `/api/v1/tickets/${called.body.ticket.id}/transfer`, { cookie: clerk, body: { windowId: windows.get(2)!.id } });
    expect(moved.body.ticket).toMatchObject({ status: 'waiting', number: 'F001' });
    // Window 1 cannot call it back; window 2 gets it first, ahead of F002, with its old issue time.
    expect(await callAndFinish(env(), windows.get(1)!.id, clerk)).toBe('F002');
    const at2 = await env().call('POST', `/api/v1/windows/${windows.get(2)!.id}/call-next`, { cookie: clerk2 });
    expect(at2.body.ticket).toMatchObject({ number: 'F001', issuedAt: first.body.issuedAt });
    await env().call('POST', `/api/v1/tickets/${first.body.id}/start`, { cookie: clerk2 });
    const held = await env().call('POST', `/api/v1/tickets/${first.body.id}/hold`, { cookie: clerk2 });
    expect(held.body.ticket.status).toBe('held');
    await take(env(), { line: 'F' }); // F003 arrives meanwhile
    expect(await callAndFinish(env(), windows.get(2)!.id, clerk2)).toBe('F003');
    await env().call('POST', `/api/v1/tickets/${first.body.id}/resume`, { cookie: clerk2 });
    expect(await callAndFinish(env(), windows.get(2)!.id, clerk2)).toBe('F001');
    const events = await env().ctx.db.execute(
      // every state change of the ticket is an event
      (await import('drizzle-orm')).sql`select kind from ticket_events where ticket_id = ${first.body.id} order by id`,
    );
    expect((events as unknown as { rows: { kind: string }[] }).rows.map((r) => r.kind)).toEqual([
      'issued', 'called', 'started', 'transferred', 'called', 'started', 'held', 'resumed', 'called', 'started', 'finished',
    ]);
  });
});
