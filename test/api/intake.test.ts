import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../src/db/connection.js';
import { describeOnEachDb } from '../support/harness.js';
import { APPLICANT, acceptCase, findItem, serveNewTicket, windowsByNumber } from '../support/factories.js';

describeOnEachDb('acceptance at the window', (env) => {
  it('shows the guide with the expected completion date before accepting', async () => {
    const item = await findItem(env(), 'committed');
    const guide = await env().call('GET', `/api/v1/items/${item.code}`);
    const expected = await env().call('GET', `/api/v1/calendar/deadline?from=2026-03-02&days=${item.promisedDays}`);
    expect(guide.body.item).toMatchObject({ code: item.code, acceptedOn: '2026-03-02', expectedDate: expected.body.deadline });
    expect(guide.body.item.conditions.length).toBeGreaterThan(0);
    expect(guide.body.item.fee).toBeTruthy();
    const missing = await env().call('GET', '/api/v1/items/NOPE-999');
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'item.not_found' } } });
  });

  it('accepts a committed item with deadline = acceptance date + promised working days', async () => {
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'committed');
    const { ticketId, cookie } = await serveNewTicket(env(), { line: item.line, windowId: windows.get(2)!.id });
    const res = await acceptCase(env(), { ticketId, item, cookie });
    expect(res.status).toBe(201);
    const expected = await env().call('GET', `/api/v1/calendar/deadline?from=2026-03-02&days=${item.promisedDays}`);
    expect(res.body.case).toMatchObject({ status: 'in_progress', kind: 'committed', acceptedOn: '2026-03-02', deadline: expected.body.deadline, department: item.department });
    expect(res.body.case.number).toMatch(/^DEMO20260302\d{4}$/);
    expect(res.body.notice).toMatchObject({ kind: 'acceptance', content: { caseNumber: res.body.case.number, expectedDate: expected.body.deadline } });
    expect(res.body.notice.progressUrl).toBe(`http://yimen.test/progress?case=${res.body.case.number}`);
    const events = await env().call('GET', `/api/v1/cases/${res.body.case.id}`, { cookie });
    expect(events.body.events).toEqual([expect.objectContaining({ kind: 'accepted', toStatus: 'in_progress', actorName: '王晓燕' })]);
    // A committed item is not finished at the window.
    const finish = await env().call('POST', `/api/v1/cases/${res.body.case.id}/finish`, { cookie });
    expect(finish).toMatchObject({ status: 409, body: { error: { code: 'case.wrong_kind' } } });
    await env().call('POST', `/api/v1/tickets/${ticketId}/finish`, { cookie });
  });

  it('gives a one-time notice listing every missing required material, and accepts nothing', async () => {
    const windows = await windowsByNumber(env());
    const item = (await env().call('GET', '/api/v1/items')).body.items.find((i: any) => i.materials.filter((m: any) => m.required).length >= 2);
    const { ticketId, cookie } = await serveNewTicket(env(), { line: item.line, windowId: windows.get(2)!.id });
    const required = item.materials.filter((m: any) => m.required);
    const body = { requestId: randomUUID(), ticketId, itemCode: item.code, applicant: APPLICANT, materialsReceived: [required[0].id] };
    const refused = await env().call('POST', '/api/v1/intake/accept', { cookie, body });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'intake.materials_incomplete' } } });
    expect(refused.body.error.details.missing).toEqual(required.slice(1).map((m: any) => m.id));
    const notice = await env().call('POST', '/api/v1/intake/one-time-notice', { cookie, body });
    expect(notice.status).toBe(201);
    expect(notice.body.notice.kind).toBe('one_time');
    expect(notice.body.notice.content.missing.map((m: any) => m.name)).toEqual(required.slice(1).map((m: any) => m.name));
    const complete = await env().call('POST', '/api/v1/intake/one-time-notice', {
      cookie,
      body: { ...body, requestId: randomUUID(), materialsReceived: required.map((m: any) => m.id) },
    });
    expect(complete).toMatchObject({ status: 409, body: { error: { code: 'intake.nothing_missing' } } });
    const [row] = await queryRows<{ n: number }>(env().ctx.db, sql`select count(*)::int as n from cases where ticket_id = ${ticketId}`);
    expect(row!.n).toBe(0);
  });

  it('refuses with a written reason', async () => {
    const windows = await windowsByNumber(env());
    const state = await env().call('GET', `/api/v1/windows/${windows.get(2)!.id}/current`, { cookie: await env().login('clerk') });
    const item = await findItem(env(), 'immediate');
    const cookie = await env().login('clerk');
    const noReason = await env().call('POST', '/api/v1/intake/refuse', { cookie, body: { requestId: randomUUID(), ticketId: state.body.ticket.id, itemCode: item.code, applicant: APPLICANT, reason: '' } });
    expect(noReason).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
    const res = await env().call('POST', '/api/v1/intake/refuse', {
      cookie,
      body: { requestId: randomUUID(), ticketId: state.body.ticket.id, itemCode: item.code, applicant: APPLICANT, reason: '户籍不在本市，不属于本事项受理范围' },
    });
    expect(res.status).toBe(201);
    expect(res.body.notice).toMatchObject({ kind: 'refusal', content: { title: '不予受理通知书', reason: '户籍不在本市，不属于本事项受理范围', applicantName: '张三明' } });
    const printed = await env().call('GET', `/api/v1/notices/${res.body.notice.id}`, { cookie });
    expect(printed.body.centre.name).toBe('示范街道社区事务受理服务中心');
  });

  it('refuses an invalid ID number, a bad phone and unknown fields of the wrong shape before writing anything', async () => {
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    const state = await env().call('GET', `/api/v1/windows/${windows.get(2)!.id}/current`, { cookie });
    const item = await findItem(env(), 'immediate');
    const base = { requestId: randomUUID(), ticketId: state.body.ticket.id, itemCode: item.code, materialsReceived: item.materials.map((m) => m.id) };
    const badId = await env().call('POST', '/api/v1/intake/accept', { cookie, body: { ...base, applicant: { ...APPLICANT, idNumber: '110105194912310021' } } });
    expect(badId).toMatchObject({ status: 400, body: { error: { code: 'identity.checksum' } } });
    const badPhone = await env().call('POST', '/api/v1/intake/accept', { cookie, body: { ...base, applicant: { ...APPLICANT, phone: '12345' } } });
    expect(badPhone).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
    expect(badPhone.body.error.message).toContain('联系电话');
    const badType = await env().call('POST', '/api/v1/intake/accept', { cookie, body: { ...base, applicant: { ...APPLICANT, idType: 'driver' } } });
    expect(badType.status).toBe(400);
    const [row] = await queryRows<{ n: number }>(env().ctx.db, sql`select count(*)::int as n from cases where request_id = ${base.requestId}`);
    expect(row!.n).toBe(0);
  });

  it('creates one case when "accept" is clicked twice at once', async () => {
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    const state = await env().call('GET', `/api/v1/windows/${windows.get(2)!.id}/current`, { cookie });
    const item = await findItem(env(), 'immediate');
    const body = { requestId: randomUUID(), ticketId: state.body.ticket.id, itemCode: item.code, applicant: APPLICANT, materialsReceived: item.materials.map((m) => m.id) };
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => env().call('POST', '/api/v1/intake/accept', { cookie, body })));
    expect([a!.status, b!.status, c!.status]).toEqual([201, 201, 201]);
    expect(new Set([a!.body.case.id, b!.body.case.id, c!.body.case.id]).size).toBe(1);
    expect(new Set([a!.body.notice.id, b!.body.notice.id, c!.body.notice.id]).size).toBe(1);
    const [row] = await queryRows<{ n: number }>(env().ctx.db, sql`select count(*)::int as n from cases where request_id = ${body.requestId}`);
    expect(row!.n).toBe(1);
    const [events] = await queryRows<{ n: number }>(env().ctx.db, sql`select count(*)::int as n from case_events where case_id = ${a!.body.case.id}`);
    expect(events!.n).toBe(1);
  });

  it('accepts only for a ticket in service at the clerk\'s own window', async () => {
    const item = await findItem(env(), 'immediate');
    const waiting = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: item.line } });
    const cookie = await env().login('clerk');
    const res = await env().call('POST', '/api/v1/intake/accept', {
      cookie,
      body: { requestId: randomUUID(), ticketId: waiting.body.id, itemCode: item.code, applicant: APPLICANT, materialsReceived: item.materials.map((m) => m.id) },
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'intake.not_serving' } } });
  });
});
