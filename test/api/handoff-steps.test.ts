import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../src/db/connection.js';
import { describeOnEachDb } from '../support/harness.js';
import { APPLICANT } from '../support/factories.js';
import {
  HANDOFF_ITEM,
  HANDOFF_MATERIALS,
  createHandoffCentres,
  nineOn,
  receiveHandoff,
} from '../support/handoffs.js';

const expectError = (res: { status: number; body: any }, status: number, code: string) =>
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });

describeOnEachDb('hand-off between centres (收受分离): forwarding and acceptance', (env) => {
  let centreIds: { north: string; third: string };
  /** Received on Monday 2026-03-02, due to be forwarded by Wednesday 03-04. */
  let accepted = '';
  let returned = '';
  let lying = '';
  let raced = '';
  const step = async (user: string, id: string, action: string, body?: object) =>
    env().call('POST', `/api/v1/handoffs/${id}/${action}`, {
      cookie: await env().login(user),
      ...(body ? { body } : {}),
    });
  const accept = async (user: string, handoffId: string, overrides: Record<string, unknown> = {}) =>
    env().call('POST', '/api/v1/intake/accept', {
      cookie: await env().login(user),
      body: {
        requestId: randomUUID(),
        handoffId,
        itemCode: HANDOFF_ITEM,
        applicant: APPLICANT,
        materialsReceived: HANDOFF_MATERIALS,
        ...overrides,
      },
    });

  beforeAll(async () => {
    centreIds = await createHandoffCentres(env());
    accepted = await receiveHandoff(env());
    returned = await receiveHandoff(env());
    lying = await receiveHandoff(env());
    raced = await receiveHandoff(env());
  });

  it('lets each centre take only its own steps, in order', async () => {
    expectError(await step('north-clerk', accepted, 'arrive'), 409, 'handoff.invalid_transition');
    expectError(await step('north-clerk', accepted, 'forward'), 409, 'handoff.not_your_step');
    expectError(
      await step('clerk', accepted, 'return', { reason: '不属本中心' }),
      409,
      'handoff.not_your_step',
    );
    expectError(await step('third-clerk', accepted, 'forward'), 404, 'handoff.not_found');
    expectError(await step('officer', accepted, 'forward'), 403, 'auth.forbidden');

    env().clock.set(nineOn('2026-03-03'));
    const forwarded = await step('clerk', accepted, 'forward');
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.handoff).toMatchObject({
      status: 'forwarded',
      forwardedAt: '2026-03-03T01:00:00.000Z',
      isLate: false,
    });
    expectError(await step('clerk', accepted, 'forward'), 409, 'handoff.invalid_transition');
    expectError(await step('clerk', accepted, 'arrive'), 409, 'handoff.not_your_step');
    for (const id of [returned, raced])
      expect((await step('clerk', id, 'forward')).status).toBe(200);
  });

  it('flags a hand-off not forwarded by the end of its due day as late', async () => {
    env().clock.set(nineOn('2026-03-04'));
    const onDueDay = await env().call('GET', `/api/v1/handoffs/${lying}`, {
      cookie: await env().login('clerk'),
    });
    expect(onDueDay.body.handoff).toMatchObject({ forwardDue: '2026-03-04', isLate: false });
    env().clock.set(nineOn('2026-03-05'));
    const list = await env().call('GET', '/api/v1/handoffs', {
      cookie: await env().login('north-clerk'),
    });
    const late = Object.fromEntries(
      list.body.handoffs.map((h: { id: string; isLate: boolean }) => [h.id, h.isLate]),
    );
    expect(late).toEqual({ [accepted]: false, [returned]: false, [lying]: true, [raced]: false });
  });

  it("is accepted at the accepting centre, the promised limit counted from that centre's acceptance day", async () => {
    env().clock.set(nineOn('2026-03-05'));
    expectError(await accept('north-clerk', accepted), 409, 'handoff.invalid_transition');
    const arrived = await step('north-clerk', accepted, 'arrive');
    expect(arrived.body.handoff).toMatchObject({
      status: 'arrived',
      arrivedAt: '2026-03-05T01:00:00.000Z',
    });

    expectError(await accept('clerk', accepted), 409, 'handoff.not_your_step');
    expectError(await accept('third-clerk', accepted), 404, 'handoff.not_found');
    expectError(
      await accept('north-clerk', accepted, { itemCode: 'ZF-004' }),
      409,
      'handoff.item_mismatch',
    );
    const otherApplicant = { ...APPLICANT, idNumber: '440524188001010014' };
    const wrongPerson = await accept('north-clerk', accepted, { applicant: otherApplicant });
    expectError(wrongPerson, 409, 'handoff.applicant_mismatch');
    expectError(
      await accept('north-clerk', accepted, { handoffId: undefined }),
      400,
      'request.invalid',
    );
    const short = await accept('north-clerk', accepted, { materialsReceived: ['m1'] });
    expectError(short, 409, 'intake.materials_incomplete');

    const requestId = randomUUID();
    const res = await accept('north-clerk', accepted, { requestId });
    expect(res.status).toBe(201);
    // Accepted Thursday 2026-03-05 + 20 working days (no holiday in March) = Thursday 04-02;
    // counted from the receipt on 03-02 it would have ended on 03-30.
    expect(res.body.case).toMatchObject({
      number: 'NORTH202603050001',
      status: 'in_progress',
      acceptedOn: '2026-03-05',
      deadline: '2026-04-02',
    });
    expect(res.body.notice).toMatchObject({
      kind: 'acceptance',
      content: { caseNumber: 'NORTH202603050001', expectedDate: '2026-04-02' },
    });
    expect((await accept('north-clerk', accepted, { requestId })).body.case.id).toBe(
      res.body.case.id,
    );
    expectError(await accept('north-clerk', accepted), 409, 'handoff.invalid_transition');
    const stored = await queryRows(
      env().ctx.db,
      sql`select centre_id, ticket_id, number from cases where handoff_id = ${accepted}`,
    );
    expect(stored).toEqual([
      { centre_id: centreIds.north, ticket_id: null, number: 'NORTH202603050001' },
    ]);

    for (const user of ['north-clerk', 'clerk']) {
      const detail = await env().call('GET', `/api/v1/handoffs/${accepted}`, {
        cookie: await env().login(user),
      });
      expect(detail.body.handoff).toMatchObject({
        status: 'accepted',
        closedAt: '2026-03-05T01:00:00.000Z',
        case: { number: 'NORTH202603050001', status: 'in_progress', statusLabel: '办理中' },
      });
      const trail = detail.body.events.map(
        (e: { kind: string; centre: { code: string }; actorName: string }) =>
          [e.kind, e.centre.code, e.actorName].join(' '),
      );
      expect(trail).toEqual([
        'received demo 王晓燕',
        'forwarded demo 王晓燕',
        'arrived north 北区受理员',
        'accepted north 北区受理员',
      ]);
    }
    // The receiving centre follows the hand-off, not the other centre's case.
    const caseAtDemo = await env().call('GET', `/api/v1/cases/${res.body.case.id}`, {
      cookie: await env().login('clerk'),
    });
    expectError(caseAtDemo, 404, 'case.not_found');
    const progress = await env().call('POST', '/api/v1/progress/handoff', {
      body: { handoffNumber: 'ZS2026000001', idTail: '002X' },
    });
    expect(progress.body.handoff).toMatchObject({
      status: 'accepted',
      caseNumber: 'NORTH202603050001',
      caseStatusLabel: '办理中',
    });
  });

  it('is returned by the accepting centre with its reason, and then stays closed', async () => {
    expectError(
      await step('north-clerk', returned, 'return', { reason: ' ' }),
      400,
      'request.invalid',
    );
    // Without a reason the clerk is told what to fill in, not the validator's type words.
    const bare = await step('north-clerk', returned, 'return', {});
    expectError(bare, 400, 'request.invalid');
    expect(bare.body.error.message).toBe('请求内容有误：reason 请填写退回的理由');
    const res = await step('north-clerk', returned, 'return', { reason: '申请人户籍不在本街道' });
    expect(res.status).toBe(200);
    expect(res.body.handoff).toMatchObject({
      status: 'returned',
      returnReason: '申请人户籍不在本街道',
      closedAt: '2026-03-05T01:00:00.000Z',
      case: null,
    });
    expect(res.body.events.at(-1)).toMatchObject({
      kind: 'returned',
      centre: { code: 'north' },
      actorName: '北区受理员',
      data: { reason: '申请人户籍不在本街道' },
    });
    // The resident looking it up is told why it came back.
    const lookup = await env().call('POST', '/api/v1/progress/handoff', {
      body: { handoffNumber: res.body.handoff.number, idTail: '002X' },
    });
    expect(lookup.body.handoff).toMatchObject({ status: 'returned', returnReason: '申请人户籍不在本街道' });
    expectError(
      await step('north-clerk', returned, 'return', { reason: '再退一次' }),
      409,
      'handoff.invalid_transition',
    );
    expectError(await step('north-clerk', returned, 'arrive'), 409, 'handoff.invalid_transition');
    expectError(await accept('north-clerk', returned), 409, 'handoff.invalid_transition');
  });

  it('creates one case when two clerks accept the same hand-off at once', async () => {
    expect((await step('north-clerk', raced, 'arrive')).status).toBe(200);
    const replies = await Promise.all([1, 2].map(() => accept('north-clerk', raced)));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(replies.find((r) => r.status === 409)!.body.error.code).toBe(
      'handoff.invalid_transition',
    );
    const cases = await queryRows(
      env().ctx.db,
      sql`select id from cases where handoff_id = ${raced}`,
    );
    expect(cases).toHaveLength(1);
  });
});
