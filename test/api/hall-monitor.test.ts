import { expect, it } from 'vitest';
import { describeOnEachDb } from '../support/harness.js';
import { windowsByNumber } from '../support/factories.js';

describeOnEachDb('the hall monitor and the live position', (env) => {
  it('shows each window\'s clerk, ticket and serving time, waiting per line, and alerts on long waits', async () => {
    const windows = await windowsByNumber(env());
    const clerk = await env().login('clerk');
    const first = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A' } });
    await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A' } });
    await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie: clerk });
    await env().call('POST', `/api/v1/tickets/${first.body.id}/start`, { cookie: clerk });
    env().clock.advanceMinutes(35);
    const manager = await env().login('manager');
    const monitor = await env().call('GET', '/api/v1/hall-monitor', { cookie: manager });
    expect(monitor.body.windows[0]).toMatchObject({ name: '1号窗口', clerkName: '王晓燕', ticket: 'A001', ticketStatus: 'serving', servingMinutes: 35 });
    expect(monitor.body.lines.find((l: any) => l.letter === 'A')).toEqual({ letter: 'A', name: '社会救助与养老', waiting: 1, longestWaitMinutes: 35, alert: true });
    expect(monitor.body.alerts).toEqual(['A类（社会救助与养老）最长已等候35分钟']);
    expect((await env().call('GET', '/api/v1/hall-monitor', { cookie: clerk })).status).toBe(403);
  });

  it('closes and opens a window for the day; a closed window cannot call', async () => {
    const windows = await windowsByNumber(env());
    const manager = await env().login('manager');
    const busy = await env().call('PUT', `/api/v1/windows/${windows.get(1)!.id}/open`, { cookie: manager, body: { isOpen: false } });
    expect(busy).toMatchObject({ status: 409, body: { error: { code: 'window.busy' } } });
    expect((await env().call('PUT', `/api/v1/windows/${windows.get(5)!.id}/open`, { cookie: manager, body: { isOpen: false } })).status).toBe(204);
    const clerk5 = await env().login('clerk5');
    const closed = await env().call('POST', `/api/v1/windows/${windows.get(5)!.id}/call-next`, { cookie: clerk5 });
    expect(closed).toMatchObject({ status: 409, body: { error: { code: 'window.closed' } } });
    await env().call('PUT', `/api/v1/windows/${windows.get(5)!.id}/open`, { cookie: manager, body: { isOpen: true } });
    expect((await env().call('POST', `/api/v1/windows/${windows.get(5)!.id}/call-next`, { cookie: clerk5 })).status).toBe(200);
  });

  it('tells a resident how many are ahead and, once called, which window', async () => {
    env().clock.set('2026-03-03T01:00:00Z');
    const a = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'B' } });
    const b = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'B' } });
    const waiting = await env().call('GET', `/api/v1/tickets/${b.body.id}/position`);
    expect(waiting.body).toMatchObject({ number: 'B002', status: 'waiting', statusLabel: '等候中', ahead: 1, window: null, centreCode: 'demo' });
    const windows = await windowsByNumber(env());
    const clerk = await env().login('clerk3');
    await env().call('POST', `/api/v1/windows/${windows.get(3)!.id}/call-next`, { cookie: clerk });
    const called = await env().call('GET', `/api/v1/tickets/${a.body.id}/position`);
    expect(called.body).toMatchObject({ status: 'called', window: '3号窗口', ahead: 0 });
    expect((await env().call('GET', `/api/v1/tickets/${b.body.id}/position`)).body.ahead).toBe(0);
    expect((await env().call('GET', '/api/v1/tickets/00000000-0000-4000-8000-000000000000/position')).status).toBe(404);
  });

  it('frees a seat left from an earlier day', async () => {
    env().clock.set('2026-03-04T01:00:00Z');
    const windows = await windowsByNumber(env());
    const manager = await env().login('manager');
    const monitor = await env().call('GET', '/api/v1/hall-monitor', { cookie: manager });
    // clerk3 sat at window 3 on 3 March; nobody has sat there today.
    expect(monitor.body.windows.find((w: any) => w.number === 3)).toMatchObject({ clerkName: null, idleMinutes: null });
    await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'B' } });
    const other = await env().login('clerk4');
    const taken = await env().call('POST', `/api/v1/windows/${windows.get(3)!.id}/call-next`, { cookie: other });
    expect(taken.status).toBe(200);
  });
});
