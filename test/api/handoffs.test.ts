import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../src/db/connection.js';
import { setSetting } from '../../src/modules/settings/settings.service.js';
import { describeOnEachDb } from '../support/harness.js';
import {
  APPLICANT,
  VALID_ID,
  findItem,
  serveNewTicket,
  windowsByNumber,
} from '../support/factories.js';
import {
  HANDOFF_ITEM,
  HANDOFF_MATERIALS,
  createHandoffCentres,
  handoffBody,
  nineOn,
} from '../support/handoffs.js';

const expectError = (res: { status: number; body: any }, status: number, code: string) =>
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });

describeOnEachDb('hand-off between centres (收受分离): receiving', (env) => {
  let centreIds: { north: string; third: string };
  let handoffId = '';
  const count = async (table: 'handoffs' | 'handoff_events') =>
    (
      await queryRows<{ n: number }>(
        env().ctx.db,
        sql`select count(*)::int as n from ${sql.raw(table)}`,
      )
    )[0]!.n;

  beforeAll(async () => {
    centreIds = await createHandoffCentres(env());
  });

  it('records a hand-off with its number, its forwarding limit and a notice to the applicant', async () => {
    const item = await findItem(env(), 'committed', HANDOFF_ITEM);
    expect(item).toMatchObject({ promisedDays: 20 });
    const windows = await windowsByNumber(env());
    const { ticketId, cookie } = await serveNewTicket(env(), {
      line: item.line,
      windowId: windows.get(2)!.id,
    });
    const request = handoffBody({ ticketId });
    const res = await env().call('POST', '/api/v1/handoffs', { cookie, body: request });
    expect(res.status).toBe(201);
    // Received Monday 2026-03-02; 2 working days to forward: Wednesday 03-04.
    expect(res.body.handoff).toMatchObject({
      number: 'ZS2026000001',
      direction: 'outgoing',
      status: 'received',
      fromCentre: { code: 'demo' },
      toCentre: { code: 'north', name: '北区街道社区事务受理服务中心' },
      itemCode: HANDOFF_ITEM,
      applicant: { idNumber: VALID_ID, phone: APPLICANT.phone, name: '张三明' },
      materialsReceived: HANDOFF_MATERIALS,
      receivedOn: '2026-03-02',
      forwardDue: '2026-03-04',
      forwardedAt: null,
      isLate: false,
      case: null,
    });
    expect(res.body.events).toEqual([
      expect.objectContaining({
        kind: 'received',
        centre: { code: 'demo', name: '示范街道社区事务受理服务中心' },
        actorName: '王晓燕',
      }),
    ]);
    expect(res.body.notice).toMatchObject({
      kind: 'handoff',
      content: {
        title: '收件转送告知书',
        handoffNumber: 'ZS2026000001',
        applicantName: '张三明',
        toCentre: {
          name: '北区街道社区事务受理服务中心',
          address: '北区街道社区事务受理服务中心地址',
          phone: '021-64000001',
        },
        forwardDue: '2026-03-04',
        note: '申请人户籍在北区',
      },
    });
    expect(res.body.notice.content.received).toEqual([
      { name: '共同生活家庭成员户口簿及居民身份证', form: '原件', copies: 1 },
      { name: '婚姻状况证明', form: '复印件', copies: 1 },
      { name: '现住房租赁合同或产权证明', form: '复印件', copies: 1 },
      { name: '家庭成员收入及财产情况申报表', form: '原件', copies: 1 },
      { name: '家庭经济状况核对授权书', form: '原件', copies: 1 },
    ]);
    handoffId = res.body.handoff.id;

    // The same request again (a double click) answers with the same hand-off and notice.
    const again = await env().call('POST', '/api/v1/handoffs', { cookie, body: request });
    expect(again.status).toBe(201);
    expect([again.body.handoff.id, again.body.notice.id]).toEqual([handoffId, res.body.notice.id]);
    expect(await count('handoffs')).toBe(1);
    const printed = await env().call('GET', `/api/v1/notices/${res.body.notice.id}`, { cookie });
    expect(printed.body.centre.name).toBe('示范街道社区事务受理服务中心');
    await env().call('POST', `/api/v1/tickets/${ticketId}/finish`, { cookie });
  });

  it('records one hand-off when the same request arrives three times at once', async () => {
    const cookie = await env().login('clerk');
    const request = handoffBody({ note: '' });
    const replies = await Promise.all(
      [1, 2, 3].map(() => env().call('POST', '/api/v1/handoffs', { cookie, body: request })),
    );
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(replies.map((r) => r.body.handoff.id)).size).toBe(1);
    expect(replies[0]!.body.handoff.number).toBe('ZS2026000002');
    expect(replies[0]!.body.notice.content.note).toBeUndefined();
    expect(await count('handoffs')).toBe(2);
  });

  it('checks identity, item, materials and the target centre before writing anything', async () => {
    const cookie = await env().login('clerk');
    const post = (overrides: Record<string, unknown>) =>
      env().call('POST', '/api/v1/handoffs', { cookie, body: handoffBody(overrides) });
    const items = (await env().call('GET', '/api/v1/items')).body.items;
    const cityWide = items.find((i: { cityWide: boolean }) => i.cityWide);
    const eventsBefore = await count('handoff_events');

    const badId = { ...APPLICANT, idNumber: '110105194912310021' };
    expectError(await post({ applicant: badId }), 400, 'identity.checksum');
    expectError(
      await post({ itemCode: cityWide.code, materialsReceived: [] }),
      409,
      'handoff.city_wide',
    );
    const incomplete = await post({ materialsReceived: ['m1', 'm2', 'm3', 'm4'] });
    expectError(incomplete, 409, 'handoff.materials_incomplete');
    expect(incomplete.body.error.details).toEqual({ missing: ['m5'] });
    const unknown = await post({ materialsReceived: [...HANDOFF_MATERIALS, 'm9'] });
    expectError(unknown, 400, 'handoff.unknown_material');
    expect(unknown.body.error.details).toEqual({ unknown: ['m9'] });
    expectError(await post({ itemCode: 'NOPE-1' }), 404, 'item.not_found');
    expectError(await post({ toCentreCode: 'nowhere' }), 404, 'centre.not_found');
    expectError(await post({ toCentreCode: 'demo' }), 400, 'handoff.same_centre');
    const { db } = env().ctx;
    await db.execute(
      sql`delete from centre_items where centre_id = ${centreIds.third} and item_code = ${HANDOFF_ITEM}`,
    );
    expectError(await post({ toCentreCode: 'third' }), 409, 'handoff.item_not_offered');
    await db.execute(
      sql`insert into centre_items (centre_id, item_code) values (${centreIds.third}, ${HANDOFF_ITEM})`,
    );
    expectError(await post({ requestId: 'not-a-uuid' }), 400, 'request.invalid');
    expectError(await post({ ticketId: randomUUID() }), 404, 'ticket.not_found');
    const officer = await env().login('officer');
    const byOfficer = await env().call('POST', '/api/v1/handoffs', {
      cookie: officer,
      body: handoffBody(),
    });
    expectError(byOfficer, 403, 'auth.forbidden');

    // Nothing half-written: no hand-off, no event, and the number sequence did not move.
    expect(await count('handoffs')).toBe(2);
    expect(await count('handoff_events')).toBe(eventsBefore);
    const [counter] = await queryRows<{ last_seq: number }>(
      db,
      sql`select last_seq from record_counters where kind = 'handoff' and year = 2026`,
    );
    expect(counter).toEqual({ last_seq: 2 });
  });

  it('shows outgoing hand-offs to the receiving centre, incoming ones to the other, and nothing to a third', async () => {
    const list = async (user: string, query = '') =>
      env().call('GET', `/api/v1/handoffs${query}`, { cookie: await env().login(user) });
    const numbers = (res: { body: { handoffs: { number: string }[] } }) =>
      res.body.handoffs.map((h) => h.number);

    expect(numbers(await list('clerk', '?direction=outgoing'))).toEqual([
      'ZS2026000002',
      'ZS2026000001',
    ]);
    expect(numbers(await list('clerk', '?direction=incoming'))).toEqual([]);
    expect(numbers(await list('clerk', '?status=forwarded'))).toEqual([]);
    expect(numbers(await list('clerk', '?status=received'))).toHaveLength(2);
    const incoming = await list('north-clerk', '?direction=incoming');
    expect(numbers(incoming)).toEqual(['ZS2026000002', 'ZS2026000001']);
    expect(incoming.body.handoffs[0]).toMatchObject({
      direction: 'incoming',
      fromCentre: { code: 'demo' },
    });
    expect(numbers(await list('north-manager'))).toHaveLength(2);
    expect(numbers(await list('third-clerk'))).toEqual([]);
    expectError(await list('clerk', '?direction=sideways'), 400, 'request.invalid');

    const third = await env().login('third-clerk');
    expectError(
      await env().call('GET', `/api/v1/handoffs/${handoffId}`, { cookie: third }),
      404,
      'handoff.not_found',
    );
    for (const action of ['forward', 'arrive']) {
      const res = await env().call('POST', `/api/v1/handoffs/${handoffId}/${action}`, {
        cookie: third,
      });
      expectError(res, 404, 'handoff.not_found');
    }
    const unknown = await env().call('GET', `/api/v1/handoffs/${randomUUID()}`, {
      cookie: await env().login('clerk'),
    });
    expectError(unknown, 404, 'handoff.not_found');
  });

  it('masks ID and phone numbers in lists and for roles that do not need them', async () => {
    const admin = await env().login('admin');
    const masked = await env().call('GET', `/api/v1/handoffs/${handoffId}`, { cookie: admin });
    expect(masked.body.handoff.applicant).toEqual({
      idType: 'resident_id',
      idNumber: '110***********002X',
      name: '张三明',
      phone: '138****5678',
    });
    expect(JSON.stringify(masked.body)).not.toContain(VALID_ID);
    const manager = await env().login('north-manager');
    const full = await env().call('GET', `/api/v1/handoffs/${handoffId}`, { cookie: manager });
    expect(full.body.handoff.applicant).toMatchObject({
      idNumber: VALID_ID,
      phone: APPLICANT.phone,
    });
    const list = await env().call('GET', '/api/v1/handoffs', {
      cookie: await env().login('north-clerk'),
    });
    expect(list.body.handoffs[0].applicant).toMatchObject({ idNumber: '110***********002X' });
    expect(JSON.stringify(list.body)).not.toContain(APPLICANT.phone);
    const officer = await env().login('officer');
    expectError(
      await env().call('GET', '/api/v1/handoffs', { cookie: officer }),
      403,
      'auth.forbidden',
    );
    expectError(await env().call('GET', '/api/v1/handoffs'), 401, 'auth.required');
  });

  it("takes the forwarding limit from the receiving centre's setting", async () => {
    env().clock.set(nineOn('2026-03-05'));
    const [demo] = await queryRows<{ id: string }>(
      env().ctx.db,
      sql`select id from centres where code = 'demo'`,
    );
    await setSetting(env().ctx.db, demo!.id, 'handoffForwardDays', 3);
    // Thursday 03-05 + 3 working days: Friday 03-06, Monday 03-09, Tuesday 03-10.
    const res = await env().call('POST', '/api/v1/handoffs', {
      cookie: await env().login('clerk'),
      body: handoffBody(),
    });
    expect(res.body.handoff).toMatchObject({ receivedOn: '2026-03-05', forwardDue: '2026-03-10' });
    await env().ctx.db.execute(
      sql`delete from settings where centre_id = ${demo!.id} and key = 'handoffForwardDays'`,
    );
  });

  it('documents the routes, and the hand-off id on acceptance, in the OpenAPI document', async () => {
    const doc = (await env().call('GET', '/api/docs/json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/handoffs',
        '/api/v1/handoffs/{handoffId}',
        '/api/v1/handoffs/{handoffId}/forward',
        '/api/v1/handoffs/{handoffId}/arrive',
        '/api/v1/handoffs/{handoffId}/return',
        '/api/v1/progress/handoff',
      ]),
    );
    const accept =
      doc.paths['/api/v1/intake/accept'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(accept.properties)).toEqual(
      expect.arrayContaining(['ticketId', 'handoffId']),
    );
    expect(accept.required).not.toContain('ticketId');
  });

  it('shows a hand-off on the public progress page by its number and the ID tail', async () => {
    const res = await env().call('POST', '/api/v1/progress/handoff', {
      body: { handoffNumber: 'zs2026000001', idTail: '002x' },
    });
    expect(res.body).toEqual({
      handoff: {
        handoffNumber: 'ZS2026000001',
        itemName: '廉租住房申请',
        status: 'received',
        statusLabel: '已收件，待转送',
        receivedOn: '2026-03-02',
        forwardDue: '2026-03-04',
        fromCentreName: '示范街道社区事务受理服务中心',
        toCentreName: '北区街道社区事务受理服务中心',
        caseNumber: null,
        caseStatusLabel: null,
        returnReason: null,
      },
    });
    const post = (body: object) => env().call('POST', '/api/v1/progress/handoff', { body });
    expectError(
      await post({ handoffNumber: 'ZS2026000001', idTail: '0014' }),
      404,
      'progress.not_found',
    );
    expectError(
      await post({ handoffNumber: 'ZS2026000099', idTail: '002X' }),
      404,
      'progress.not_found',
    );
    expectError(
      await post({ handoffNumber: 'DEMO202603020001', idTail: '002X' }),
      400,
      'request.invalid',
    );
  });

  it("never shows an applicant another centre's hand-off that shares its number and ID tail", async () => {
    // North numbers its own hand-offs from ZS2026000001 too: its first is another applicant's,
    // its second one of the same applicant (tail 002X) as the demo centre's ZS2026000002.
    const cookie = await env().login('north-clerk');
    const receive = (applicant: object) =>
      env().call('POST', '/api/v1/handoffs', {
        cookie,
        body: handoffBody({ toCentreCode: 'demo', applicant }),
      });
    const other = { ...APPLICANT, idNumber: '440524188001010014', name: '李四' };
    expect((await receive(other)).body.handoff.number).toBe('ZS2026000001');
    expect((await receive(APPLICANT)).body.handoff.number).toBe('ZS2026000002');
    const post = (body: object) => env().call('POST', '/api/v1/progress/handoff', { body });

    const unique = await post({ handoffNumber: 'ZS2026000001', idTail: '0014' });
    expect(unique.body.handoff).toMatchObject({
      fromCentreName: '北区街道社区事务受理服务中心',
      toCentreName: '示范街道社区事务受理服务中心',
    });
    // Two hand-offs answer ZS2026000002 + 002X: neither applicant is shown the other's.
    expectError(
      await post({ handoffNumber: 'ZS2026000002', idTail: '002X' }),
      404,
      'progress.not_found',
    );
  });
});
