import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { expect, it } from 'vitest';
import { users } from '../../src/db/schema.js';
import { createCentre } from '../../src/modules/centres/demo-centre.seed.js';
import { buildApp } from '../../src/server/app.js';
import { loggerOptions } from '../../src/server/logging.js';
import { hashPassword } from '../../src/server/passwords.js';
import { describeOnEachDb } from '../support/harness.js';
import { acceptCase, APPLICANT, findItem, serveNewTicket, VALID_ID, windowsByNumber } from '../support/factories.js';

describeOnEachDb('safety', (env) => {
  let demoCaseId = '';
  let otherCookie = '';

  it('keeps a user of another centre out of this centre\'s data', async () => {
    const { db } = env().ctx;
    await db.transaction(async (tx) => {
      const centreId = await createCentre(tx, {
        centre: { code: 'other', name: '另一街道社区事务受理服务中心', districtCode: '310105', districtName: '长宁区', address: '', phone: '' },
        lines: [{ letter: 'A', name: '综合', icon: 'appstore' }],
        windows: [{ number: 1, kind: 'comprehensive', lines: ['A'] }],
      });
      await tx.insert(users).values([
        { centreId, username: 'other-clerk', name: '钱多多', role: 'clerk', passwordHash: await hashPassword('yimen-demo') },
        { centreId, username: 'other-manager', name: '孙主任', role: 'manager', passwordHash: await hashPassword('yimen-demo') },
      ]);
    });
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'committed');
    const { ticketId, cookie } = await serveNewTicket(env(), { line: item.line, windowId: windows.get(6)!.id, clerk: 'clerk6' });
    demoCaseId = (await acceptCase(env(), { ticketId, item, cookie })).body.case.id;

    otherCookie = await env().login('other-clerk');
    const manager = await env().login('other-manager');
    expect((await env().call('GET', `/api/v1/cases/${demoCaseId}`, { cookie: manager })).status).toBe(404);
    expect((await env().call('GET', '/api/v1/cases?scope=all&status=all', { cookie: manager })).body.cases).toEqual([]);
    expect((await env().call('POST', `/api/v1/windows/${windows.get(7)!.id}/call-next`, { cookie: otherCookie })).status).toBe(404);
    expect((await env().call('GET', `/api/v1/windows/${windows.get(6)!.id}/current`, { cookie: otherCookie })).status).toBe(404);
    expect((await env().call('POST', `/api/v1/tickets/${ticketId}/finish`, { cookie: otherCookie })).status).toBe(404);
    expect((await env().call('POST', `/api/v1/cases/${demoCaseId}/collect`, { cookie: otherCookie, body: {} })).status).toBe(404);
    const today = await env().call('GET', '/api/v1/dashboard/today', { cookie: manager });
    expect(today.body).toMatchObject({ ticketsIssued: 0, accepted: 0 });
  });

  it('masks ID numbers and phone numbers in lists and for roles that do not need them', async () => {
    const admin = await env().login('admin');
    const detail = await env().call('GET', `/api/v1/cases/${demoCaseId}`, { cookie: admin });
    expect(detail.body.case.applicant).toMatchObject({ idNumber: '110***********002X', phone: '138****5678' });
    const manager = await env().login('manager');
    const list = await env().call('GET', '/api/v1/cases?scope=all&status=all', { cookie: manager });
    expect(JSON.stringify(list.body)).not.toContain(VALID_ID);
    expect(JSON.stringify(list.body)).not.toContain(APPLICANT.phone);
  });

  it('never writes an ID number, a phone number or a password to the log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp(env().ctx, { logger: { ...(loggerOptions('debug') as object), stream } as never });
    await app.ready();
    const inject = (method: 'GET' | 'POST', url: string, body?: object, cookie?: string) =>
      app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(body ? { payload: body } : {}) });
    const login = await inject('POST', '/api/v1/auth/login', { username: 'clerk', password: 'yimen-demo' });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    await inject('POST', '/api/v1/identity/validate', { type: 'resident_id', number: VALID_ID });
    await inject('POST', '/api/v1/intake/accept', {
      requestId: randomUUID(),
      ticketId: randomUUID(),
      itemCode: 'X',
      applicant: { ...APPLICANT, idNumber: '110105194912310021' },
      materialsReceived: [],
    }, cookie);
    await inject('POST', '/api/v1/progress', { caseNumber: 'DEMO202603020001', idTail: '002X' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"path":"/api/v1/intake/accept"');
    for (const secret of [VALID_ID, '110105194912310021', APPLICANT.phone, 'yimen-demo', cookie.split('=')[1]!]) {
      expect(log).not.toContain(secret);
    }
  });

  it('answers unknown routes, missing sessions and oversized bodies with 4xx codes', async () => {
    expect(await env().call('GET', '/api/v1/nothing-here')).toMatchObject({ status: 404, body: { error: { code: 'route.not_found' } } });
    expect(await env().call('GET', '/api/v1/auth/me')).toMatchObject({ status: 401, body: { error: { code: 'auth.required' } } });
    expect(await env().call('GET', '/api/v1/cases', { cookie: 'yimen_session=forged' })).toMatchObject({ status: 401 });
    const wrong = await env().call('POST', '/api/v1/auth/login', { body: { username: 'clerk', password: 'wrong' } });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'auth.invalid_credentials', message: '用户名或密码不正确' } } });
    const huge = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A', pad: 'x'.repeat(2_000_000) } });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'request.too_large' } } });
    const text = await env().app.inject({ method: 'POST', url: '/api/v1/centres/demo/tickets', headers: { 'content-type': 'text/plain' }, payload: 'line=A' });
    expect(text.statusCode).toBe(400);
    expect(JSON.parse(text.body).error.code).toBe('request.invalid');
    const manager = await env().login('manager');
    const badQuery = await env().call('GET', '/api/v1/cases?status=everything', { cookie: manager });
    expect(badQuery).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
  });

  it('refuses text the database cannot store (U+0000) with 400, in a body and in a URL', async () => {
    const nul = await env().app.inject({
      method: 'POST',
      url: '/api/v1/public/centres/demo/complaints',
      headers: { 'content-type': 'application/json' },
      payload: '{"category":"其他","complainantName":"张三","complainantPhone":"13812345678","content":"排队\\u0000太久"}',
    });
    expect(nul.statusCode).toBe(400);
    expect(JSON.parse(nul.body).error.code).toBe('request.nul_character');
    const inUrl = await env().call('GET', '/api/v1/public/complaints/TS2026%00?code=abc');
    expect(inUrl.status).toBeGreaterThanOrEqual(400);
    expect(inUrl.status).toBeLessThan(500);
  });

  it('treats a POST with no body at all like an empty body on routes whose body is optional', async () => {
    const manager = await env().login('manager');
    const res = await env().app.inject({
      method: 'POST',
      url: '/api/v1/extensions/00000000-0000-4000-8000-000000000000/approve',
      headers: { cookie: manager },
    });
    expect(res.statusCode).toBe(404);
  });

  it('does not let a forged X-Forwarded-For dodge the login rate limit', async () => {
    const { buildApp } = await import('../../src/server/app.js');
    const app = await buildApp({ ...env().ctx, config: { ...env().ctx.config, rateLimit: true, trustProxy: false } }, { logger: false });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': `10.9.${i}.1` },
        payload: { username: 'manager', password: 'wrong' },
      });
      statuses.push(res.statusCode);
    }
    await app.close();
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('signs out: the session no longer works', async () => {
    const cookie = await env().login('officer-hrss');
    expect((await env().call('GET', '/api/v1/auth/me', { cookie })).body.user).toMatchObject({ username: 'officer-hrss', role: 'officer', centreCode: 'demo' });
    expect((await env().call('POST', '/api/v1/auth/logout', { cookie })).status).toBe(204);
    expect((await env().call('GET', '/api/v1/auth/me', { cookie })).status).toBe(401);
  });
});
