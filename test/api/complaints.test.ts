import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { centres, users } from '../../src/db/schema.js';
import { setSetting } from '../../src/modules/settings/settings.service.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import {
  acceptCase,
  createOtherCentre,
  findItem,
  serveNewTicket,
  windowsByNumber,
} from '../support/factories.js';

async function userId(env: TestEnv, username: string): Promise<string> {
  const [row] = await env.ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  return row!.id;
}

const DESK = {
  channel: 'desk',
  category: 'attitude',
  complainantName: '李四光',
  complainantPhone: '13900001111',
  content: '窗口工作人员态度生硬，解释不清',
} as const;

const ONLINE = {
  category: 'efficiency',
  complainantName: '欧阳明华',
  complainantPhone: '13611112222',
  content: '网上预约后到现场仍等候一个多小时',
} as const;

/** Complaints received on Monday 2 March 2026, answered over the following days. */
describeOnEachDb('complaints', (env) => {
  let deskId = '';
  let deskNumber = '';
  let deskCode = '';
  let online = { number: '', lookupCode: '' };

  it('records a desk complaint about a staff member: numbered, due in five working days, masked in lists', async () => {
    const clerk = await env().login('clerk');
    const staffId = await userId(env(), 'clerk2');
    const res = await env().call('POST', '/api/v1/complaints', {
      cookie: clerk,
      body: { ...DESK, staffId },
    });
    expect(res.status).toBe(201);
    deskId = res.body.complaint.id;
    deskNumber = res.body.complaint.number;
    deskCode = res.body.lookupCode;
    expect(res.body.lookupCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    // Monday 2 March + 5 working days = Monday 9 March.
    expect(res.body.complaint).toMatchObject({
      number: 'TS2026000001',
      channel: 'desk',
      category: 'attitude',
      categoryLabel: '服务态度',
      status: 'open',
      receivedOn: '2026-03-02',
      receivedByName: '王晓燕',
      answerDue: '2026-03-09',
      staffName: '李建国',
      complainant: { name: '李*光', phone: '139****1111' },
      events: [expect.objectContaining({ kind: 'received', actorName: '王晓燕' })],
    });
    const manager = await env().login('manager');
    const list = await env().call('GET', '/api/v1/complaints', { cookie: manager });
    expect(list.body.complaints).toEqual([
      expect.objectContaining({
        id: deskId,
        complainant: { name: '李*光', phone: '139****1111' },
        isOverdue: false,
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(DESK.complainantPhone);
    expect(JSON.stringify(list.body)).not.toContain(DESK.complainantName);
  });

  it('links a phone complaint to a case of the centre and refuses what it cannot check', async () => {
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'committed');
    const served = await serveNewTicket(env(), {
      line: item.line,
      windowId: windows.get(3)!.id,
      clerk: 'clerk3',
    });
    const caseNumber = (
      await acceptCase(env(), { ticketId: served.ticketId, item, cookie: served.cookie })
    ).body.case.number;
    const manager = await env().login('manager');
    const phone = await env().call('POST', '/api/v1/complaints', {
      cookie: manager,
      body: { ...DESK, channel: 'phone', category: 'policy', caseNumber },
    });
    expect(phone.body.complaint).toMatchObject({
      number: 'TS2026000002',
      channel: 'phone',
      caseNumber,
      categoryLabel: '政策解释',
    });

    const bad = async (body: object, cookie = manager) =>
      env().call('POST', '/api/v1/complaints', { cookie, body });
    expect((await bad({ ...DESK, category: 'weather' })).status).toBe(400);
    expect((await bad({ ...DESK, channel: 'online' })).status).toBe(400);
    expect((await bad({ ...DESK, complainantPhone: '12345' })).status).toBe(400);
    expect((await bad({ ...DESK, content: '' })).status).toBe(400);
    expect(await bad({ ...DESK, staffId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      status: 400,
      body: { error: { code: 'staff.unknown' } },
    });
    expect(await bad({ ...DESK, caseNumber: 'SL2026999999' })).toMatchObject({
      status: 400,
      body: { error: { code: 'complaint.unknown_case' } },
    });
    expect((await bad(DESK, await env().login('officer'))).status).toBe(403);
    expect((await env().call('POST', '/api/v1/complaints', { body: DESK })).status).toBe(401);
    // Nothing half-written: the next number is still 3.
    const next = await bad(DESK);
    expect(next.body.complaint.number).toBe('TS2026000003');
  });

  it('takes an online complaint without sign-in and shows the answer only with its lookup code', async () => {
    const res = await env().call('POST', '/api/v1/public/centres/demo/complaints', {
      body: ONLINE,
    });
    expect(res.status).toBe(201);
    online = res.body.complaint;
    expect(res.body.complaint).toMatchObject({
      number: 'TS2026000004',
      receivedOn: '2026-03-02',
      answerDue: '2026-03-09',
    });
    expect(
      (await env().call('POST', '/api/v1/public/centres/nowhere/complaints', { body: ONLINE }))
        .status,
    ).toBe(404);
    expect(
      (
        await env().call('POST', '/api/v1/public/centres/demo/complaints', {
          body: { ...ONLINE, staffId: deskId },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await env().call('POST', '/api/v1/public/centres/demo/complaints', {
          body: { ...ONLINE, content: '差' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await env().call('POST', '/api/v1/public/centres/demo/complaints', {
          body: { ...ONLINE, complainantName: '<script>' },
        })
      ).status,
    ).toBe(400);

    const wrong = await env().call(
      'GET',
      `/api/v1/public/complaints/${online.number}?code=ABCDEFGH`,
    );
    expect(wrong).toMatchObject({ status: 404, body: { error: { code: 'complaint.not_found' } } });
    const otherNumber = await env().call(
      'GET',
      `/api/v1/public/complaints/${deskNumber}?code=${online.lookupCode}`,
    );
    expect(otherNumber.status).toBe(404);
    expect(
      (await env().call('GET', `/api/v1/public/complaints/12345?code=${online.lookupCode}`)).status,
    ).toBe(400);
    const page = await env().call(
      'GET',
      `/api/v1/public/complaints/${online.number.toLowerCase()}?code=${online.lookupCode.toLowerCase()}`,
    );
    expect(page.body.complaint).toMatchObject({
      number: online.number,
      channelLabel: '网上',
      categoryLabel: '办事效率',
      status: 'open',
      answer: null,
      canGiveSatisfaction: false,
    });
    expect(JSON.stringify(page.body)).not.toContain(ONLINE.complainantPhone);
    expect(JSON.stringify(page.body)).not.toContain('5678');
    expect(JSON.stringify(page.body)).not.toContain(ONLINE.complainantName);
  });

  it('classifies, assigns, answers with the working days taken, records satisfaction and closes', async () => {
    const manager = await env().login('manager');
    const url = `/api/v1/complaints/${deskId}`;
    expect(
      await env().call('POST', `${url}/satisfaction`, {
        cookie: manager,
        body: { satisfaction: 'satisfied' },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'complaint.not_answered' } } });
    expect(await env().call('POST', `${url}/close`, { cookie: manager })).toMatchObject({
      status: 409,
      body: { error: { code: 'complaint.not_answered' } },
    });
    expect(
      (
        await env().call('POST', `${url}/classify`, {
          cookie: manager,
          body: { category: 'weather' },
        })
      ).status,
    ).toBe(400);
    const classified = await env().call('POST', `${url}/classify`, {
      cookie: manager,
      body: { category: 'discipline' },
    });
    expect(classified.body.complaint).toMatchObject({
      category: 'discipline',
      categoryLabel: '工作纪律',
      status: 'open',
    });
    expect(
      await env().call('POST', `${url}/assign`, {
        cookie: manager,
        body: { userId: '00000000-0000-4000-8000-000000000000' },
      }),
    ).toMatchObject({ status: 400, body: { error: { code: 'staff.unknown' } } });
    const assigned = await env().call('POST', `${url}/assign`, {
      cookie: manager,
      body: { userId: await userId(env(), 'clerk3') },
    });
    expect(assigned.body.complaint).toMatchObject({ status: 'assigned', assigneeName: '陈静' });
    const clerk = await env().login('clerk');
    expect(
      (await env().call('POST', `${url}/answer`, { cookie: clerk, body: { answer: '已处理' } }))
        .status,
    ).toBe(403);

    env().clock.set('2026-03-06T06:00:00Z'); // Friday: Tue, Wed, Thu, Fri = 4 working days
    const friday = await env().login('manager');
    expect(
      (await env().call('POST', `${url}/answer`, { cookie: friday, body: { answer: '' } })).status,
    ).toBe(400);
    const answered = await env().call('POST', `${url}/answer`, {
      cookie: friday,
      body: { answer: '已约谈当事工作人员并致歉' },
    });
    expect(answered.body.complaint).toMatchObject({
      status: 'answered',
      answerDays: 4,
      answeredOn: '2026-03-06',
      answeredByName: '胡永明',
      wasAnsweredLate: false,
    });
    expect(
      await env().call('POST', `${url}/answer`, { cookie: friday, body: { answer: '再答复' } }),
    ).toMatchObject({ status: 409, body: { error: { code: 'complaint.already_answered' } } });
    expect(
      (
        await env().call('POST', `${url}/satisfaction`, {
          cookie: friday,
          body: { satisfaction: 'happy' },
        })
      ).status,
    ).toBe(400);
    const rated = await env().call('POST', `${url}/satisfaction`, {
      cookie: friday,
      body: { satisfaction: 'basically_satisfied' },
    });
    expect(rated.body.complaint.satisfaction).toBe('basically_satisfied');
    const closed = await env().call('POST', `${url}/close`, { cookie: friday });
    expect(closed.body.complaint).toMatchObject({
      status: 'closed',
      closedAt: '2026-03-06T06:00:00.000Z',
    });
    expect(
      await env().call('POST', `${url}/assign`, {
        cookie: friday,
        body: { userId: await userId(env(), 'clerk3') },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'complaint.closed' } } });

    const detail = await env().call('GET', url, { cookie: friday });
    expect(detail.body.complaint.complainant).toEqual({
      name: DESK.complainantName,
      phone: DESK.complainantPhone,
    });
    expect(detail.body.complaint.events.map((e: any) => [e.kind, e.actorName])).toEqual([
      ['received', '王晓燕'],
      ['classify', '胡永明'],
      ['assign', '胡永明'],
      ['answer', '胡永明'],
      ['satisfaction', '胡永明'],
      ['close', '胡永明'],
    ]);
    expect(detail.body.complaint.events[1].data).toEqual({ from: 'attitude', to: 'discipline' });
    expect(detail.body.complaint.events[3].data).toEqual({ answerDays: 4 });
    const page = await env().call(
      'GET',
      `/api/v1/public/complaints/${deskNumber}?code=${deskCode}`,
    );
    expect(page.body.complaint).toMatchObject({
      status: 'closed',
      answer: '已约谈当事工作人员并致歉',
      canGiveSatisfaction: false,
    });
  });

  it('lists what is overdue and lets the complainant rate a late answer on the public page', async () => {
    env().clock.set('2026-03-10T02:00:00Z'); // Tuesday: the complaints of 2 March were due on Monday 9
    const manager = await env().login('manager');
    const overdue = await env().call('GET', '/api/v1/complaints?overdue=true', { cookie: manager });
    expect(overdue.body.complaints.map((c: any) => c.number).sort()).toEqual([
      'TS2026000002',
      'TS2026000003',
      'TS2026000004',
    ]);
    expect(overdue.body.complaints.every((c: any) => c.isOverdue)).toBe(true);
    const closed = await env().call('GET', '/api/v1/complaints?status=closed', { cookie: manager });
    expect(closed.body.complaints.map((c: any) => c.number)).toEqual([deskNumber]);
    expect(
      (await env().call('GET', '/api/v1/complaints?overdue=yes', { cookie: manager })).status,
    ).toBe(400);

    const list = await env().call('GET', '/api/v1/complaints?status=open', { cookie: manager });
    const onlineId = list.body.complaints.find((c: any) => c.number === online.number).id;
    const early = await env().call(
      'POST',
      `/api/v1/public/complaints/${online.number}/satisfaction`,
      { body: { code: online.lookupCode, satisfaction: 'satisfied' } },
    );
    expect(early).toMatchObject({
      status: 409,
      body: { error: { code: 'complaint.not_answered' } },
    });
    // Answered on Tuesday 10 March: Tue 3 … Fri 6, Mon 9, Tue 10 = 6 working days, one day late.
    const answered = await env().call('POST', `/api/v1/complaints/${onlineId}/answer`, {
      cookie: manager,
      body: { answer: '已优化预约时段安排' },
    });
    expect(answered.body.complaint).toMatchObject({
      answerDays: 6,
      wasAnsweredLate: true,
      isOverdue: false,
    });
    const wrongCode = await env().call(
      'POST',
      `/api/v1/public/complaints/${online.number}/satisfaction`,
      { body: { code: deskCode, satisfaction: 'satisfied' } },
    );
    expect(wrongCode.status).toBe(404);
    const given = await env().call(
      'POST',
      `/api/v1/public/complaints/${online.number}/satisfaction`,
      { body: { code: online.lookupCode, satisfaction: 'unsatisfied' } },
    );
    expect(given.body.complaint).toMatchObject({
      status: 'answered',
      answer: '已优化预约时段安排',
      satisfaction: 'unsatisfied',
      canGiveSatisfaction: true,
    });
    expect(JSON.stringify(given.body)).not.toContain(ONLINE.complainantPhone);
    const detail = await env().call('GET', `/api/v1/complaints/${onlineId}`, { cookie: manager });
    expect(detail.body.complaint.events.at(-1)).toMatchObject({
      kind: 'satisfaction',
      actorName: null,
      data: { satisfaction: 'unsatisfied', by: 'complainant' },
    });
    expect(detail.body.complaint.events[0]).toMatchObject({
      kind: 'received',
      actorName: null,
      data: { channel: 'online' },
    });
  });

  it("numbers each centre's complaints on its own and keeps other centres out", async () => {
    const otherId = await createOtherCentre(env(), {
      code: 'cp-other',
      name: '湖南路街道社区事务受理服务中心',
    });
    await setSetting(env().ctx.db, otherId, 'complaintAnswerDays', 3);
    const theirs = await env().call('POST', '/api/v1/public/centres/cp-other/complaints', {
      body: ONLINE,
    });
    // Its own counter, and its own limit: Tuesday 10 March + 3 working days = Friday 13.
    expect(theirs.body.complaint).toMatchObject({
      number: 'TS2026000001',
      answerDue: '2026-03-13',
    });
    const mine = await env().call('GET', `/api/v1/public/complaints/TS2026000001?code=${deskCode}`);
    expect(mine.body.complaint.answer).toBe('已约谈当事工作人员并致歉');
    const other = await env().call(
      'GET',
      `/api/v1/public/complaints/TS2026000001?code=${theirs.body.complaint.lookupCode}`,
    );
    expect(other.body.complaint).toMatchObject({ status: 'open', answer: null });

    const otherManager = await env().login('cp-other-manager');
    const list = await env().call('GET', '/api/v1/complaints', { cookie: otherManager });
    expect(list.body.complaints.map((c: any) => c.number)).toEqual(['TS2026000001']);
    expect(
      (await env().call('GET', `/api/v1/complaints/${deskId}`, { cookie: otherManager })).status,
    ).toBe(404);
    expect(
      (
        await env().call('POST', `/api/v1/complaints/${deskId}/classify`, {
          cookie: otherManager,
          body: { category: 'other' },
        })
      ).status,
    ).toBe(404);
    const [centre] = await env().ctx.db.select().from(centres).where(eq(centres.code, 'cp-other'));
    expect(centre!.id).toBe(otherId);
  });

  it('gives complaints received at the same moment distinct numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        env().call('POST', '/api/v1/public/centres/demo/complaints', { body: ONLINE }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(results.map((r) => r.body.complaint.number).sort()).toEqual([
      'TS2026000005',
      'TS2026000006',
      'TS2026000007',
      'TS2026000008',
      'TS2026000009',
    ]);
  });

  it('records one complaint for a double click at the desk, and the last code shown opens it', async () => {
    const clerk = await env().login('clerk');
    const body = { ...DESK, requestId: randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 3 }, () =>
        env().call('POST', '/api/v1/complaints', { cookie: clerk, body }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const numbers = new Set(results.map((r) => r.body.complaint.number));
    expect(numbers.size).toBe(1);
    const again = await env().call('POST', '/api/v1/complaints', { cookie: clerk, body });
    expect(again.body.complaint.number).toBe([...numbers][0]);
    const lookup = (code: string) =>
      env().call('GET', `/api/v1/public/complaints/${again.body.complaint.number}?code=${code}`);
    expect((await lookup(again.body.lookupCode)).status).toBe(200);
    expect((await lookup(results[0]!.body.lookupCode)).status).toBe(404);
    const bad = await env().call('POST', '/api/v1/complaints', {
      cookie: clerk,
      body: { ...DESK, requestId: 'x' },
    });
    expect(bad.status).toBe(400);
  });
});
