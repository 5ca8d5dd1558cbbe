import { expect, it } from 'vitest';
import { describeOnEachDb } from '../support/harness.js';
import { windowsByNumber } from '../support/factories.js';

describeOnEachDb('the queue', (env) => {
  it('numbers tickets per line and per business day, restarting each Shanghai day', async () => {
    const a1 = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A' } });
    const a2 = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A' } });
    const b1 = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'B' } });
    expect([a1.body.number, a2.body.number, b1.body.number]).toEqual(['A001', 'A002', 'B001']);
    expect(a1.status).toBe(201);
    expect(a2.body).toMatchObject({ line: 'A', lineName: '社会救助与养老', waitingAhead: 1, businessDate: '2026-03-02' });
    // 23:59 UTC is already 07:59 the next morning in Shanghai: a new business day, a new sequence.
    env().clock.set('2026-03-02T23:59:00Z');
    const next = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A' } });
    expect(next.body).toMatchObject({ number: 'A001', businessDate: '2026-03-03' });
  });

  it('never gives the same number twice when many tickets are taken at once', async () => {
    env().clock.set('2026-03-04T01:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 40 }, () => env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'C' } })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = results.map((r) => r.body.number).sort();
    expect(new Set(numbers).size).toBe(40);
    expect(numbers[0]).toBe('C001');
    expect(numbers[39]).toBe('C040');
  });

  it('refuses an unknown line and a malformed body with a 4xx code', async () => {
    const unknown = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'Z' } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'ticket.unknown_line' } } });
    const bad = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'a1' } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
    const broken = await env().app.inject({ method: 'POST', url: '/api/v1/centres/demo/tickets', headers: { 'content-type': 'application/json' }, payload: '{"line":' });
    expect(broken.statusCode).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('request.malformed_json');
    const nowhere = await env().call('POST', '/api/v1/centres/nowhere/tickets', { body: { line: 'A' } });
    expect(nowhere).toMatchObject({ status: 404, body: { error: { code: 'centre.not_found' } } });
  });

  it('calls the longest-waiting ticket the window serves, and 204 when nobody waits', async () => {
    env().clock.set('2026-03-05T01:00:00Z');
    const windows = await windowsByNumber(env());
    const clerk = await env().login('clerk');
    const empty = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie: clerk });
    expect(empty.status).toBe(204);
    await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'R' } });
    const d1 = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'D' } });
    // A comprehensive window does not serve the collection line R.
    const called = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie: clerk });
    expect(called.body.ticket).toMatchObject({ id: d1.body.id, number: 'D001', status: 'called', calls: 1 });
    const state = await env().call('GET', `/api/v1/windows/${windows.get(1)!.id}/current`, { cookie: clerk });
    expect(state.body).toMatchObject({ window: { clerk: { name: '王晓燕' } }, ticket: { number: 'D001' } });
  });

  it('keeps a window for the clerk seated there and refuses a second call while one is pending', async () => {
    const windows = await windowsByNumber(env());
    const other = await env().login('clerk2');
    const taken = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie: other });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: 'window.taken' } } });
    const clerk = await env().login('clerk');
    const pending = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie: clerk });
    expect(pending).toMatchObject({ status: 409, body: { error: { code: 'window.ticket_pending' } } });
  });

  it('marks a no-show only after three unanswered calls', async () => {
    const windows = await windowsByNumber(env());
    const clerk = await env().login('clerk');
    const state = await env().call('GET', `/api/v1/windows/${windows.get(1)!.id}/current`, { cookie: clerk });
    const id = state.body.ticket.id;
    const early = await env().call('POST', `/api/v1/tickets/${id}/no-show`, { cookie: clerk });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'ticket.too_few_calls' } } });
    await env().call('POST', `/api/v1/tickets/${id}/recall`, { cookie: clerk });
    const third = await env().call('POST', `/api/v1/tickets/${id}/recall`, { cookie: clerk });
    expect(third.body.ticket.calls).toBe(3);
    const noShow = await env().call('POST', `/api/v1/tickets/${id}/no-show`, { cookie: clerk });
    expect(noShow.body.ticket.status).toBe('no_show');
    const again = await env().call('POST', `/api/v1/tickets/${id}/recall`, { cookie: clerk });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'ticket.invalid_state' } } });
    const left = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/leave`, { cookie: clerk });
    expect(left.status).toBe(204);
  });

  it('never gives one ticket to two windows calling at the same instant', async () => {
    env().clock.set('2026-03-06T01:00:00Z');
    const windows = await windowsByNumber(env());
    for (let i = 0; i < 5; i++) await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'E' } });
    const clerks = ['clerk3', 'clerk4', 'clerk5', 'clerk6', 'clerk7', 'clerk8'];
    const cookies = await Promise.all(clerks.map((c) => env().login(c)));
    const calls = await Promise.all(
      cookies.map((cookie, i) => env().call('POST', `/api/v1/windows/${windows.get(i + 3)!.id}/call-next`, { cookie })),
    );
    // clerk3–clerk6 may serve line E; clerk7 and clerk8 are certified for other lines only.
    const served = calls.filter((c) => c.status === 200).map((c) => c.body.ticket.number);
    expect(served.sort()).toEqual(['E001', 'E002', 'E003', 'E004']);
    expect(calls.slice(4).map((c) => c.status)).toEqual([204, 204]);
  });

  it('requires a signed-in clerk for window actions', async () => {
    const windows = await windowsByNumber(env());
    const anonymous = await env().call('POST', `/api/v1/windows/${windows.get(2)!.id}/call-next`);
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'auth.required' } } });
    const officer = await env().login('officer');
    const wrongRole = await env().call('POST', `/api/v1/windows/${windows.get(2)!.id}/call-next`, { cookie: officer });
    expect(wrongRole).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
    const clerk = await env().login('clerk2');
    const badId = await env().call('POST', '/api/v1/windows/not-a-uuid/call-next', { cookie: clerk });
    expect(badId).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
  });
});
