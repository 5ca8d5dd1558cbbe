/**
 * 受理时限制度 through the API: pauses of every kind (art. 45), limit changes recomputed from
 * history, extensions (art. 42), decision figures, deadline lists and reminders to collect.
 * Every date below is counted by hand on the 2026 State Council calendar.
 */
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { cases, centreItems } from '../../src/db/schema.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import { acceptCommittedCase, createOtherCentre } from '../support/factories.js';

const at = (env: TestEnv, date: string) => env.clock.set(`${date}T01:00:00Z`); // 09:00 in Shanghai

async function stored(env: TestEnv, id: string) {
  const [row] = await env.ctx.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}

async function detail(env: TestEnv, id: string, user = 'manager') {
  return (await env.call('GET', `/api/v1/cases/${id}`, { cookie: await env.login(user) })).body;
}

/** 医疗救助申请 (MZ-009, 民政): statutory 20, promised 10 working days. Accepted Mon 2 March → Mon 16 March. */
describeOnEachDb('pauses of every kind the law does not count', (env) => {
  let id = '';

  it('refuses an unknown step or an expected duration of 0 or 999 days, and writes nothing', async () => {
    id = (await acceptCommittedCase(env(), 'MZ-009')).id;
    const officer = await env().login('officer');
    const url = `/api/v1/cases/${id}/pauses`;
    const kind = await env().call('POST', url, {
      cookie: officer,
      body: { kind: 'holiday', reason: '放假', expectedDays: 3 },
    });
    expect(kind).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
    expect(kind.body.error.message).toContain(
      '暂停计时的程序只能是补正、公示、检测检验、鉴定、专家评审或听证',
    );
    const zero = await env().call('POST', url, {
      cookie: officer,
      body: { kind: 'testing', reason: '房屋安全检测', expectedDays: 0 },
    });
    expect(zero.status).toBe(400);
    expect(zero.body.error.message).toContain('预计所需工作日数至少为1');
    const huge = await env().call('POST', url, {
      cookie: officer,
      body: { kind: 'testing', reason: '房屋安全检测', expectedDays: 999 },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toContain('不能超过120');
    const d = await detail(env(), id);
    expect(d.pauses).toEqual([]);
    expect(d.events.map((e: any) => e.kind)).toEqual(['accepted']);
    expect(d.notices.map((n: any) => n.kind)).toEqual(['acceptance']);
    expect((await stored(env(), id)).officerId).toBeNull();
  });

  it('keeps other departments, clerks and other centres out', async () => {
    const body = { kind: 'testing', reason: '房屋安全检测', expectedDays: 5 };
    const hrss = await env().call('POST', `/api/v1/cases/${id}/pauses`, {
      cookie: await env().login('officer-hrss'),
      body,
    });
    expect(hrss).toMatchObject({ status: 403, body: { error: { code: 'case.other_department' } } });
    const clerk = await env().call('POST', `/api/v1/cases/${id}/pauses`, {
      cookie: await env().login('clerk'),
      body,
    });
    expect(clerk).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
    await createOtherCentre(env(), { code: 'tl-other', name: '另一街道社区事务受理服务中心' });
    const other = await env().login('tl-other-manager');
    const limit = await env().call('POST', `/api/v1/cases/${id}/limit`, {
      cookie: other,
      body: { promisedDays: 5, reason: '调整承诺时限' },
    });
    expect(limit).toMatchObject({ status: 404, body: { error: { code: 'case.not_found' } } });
  });

  it('stops the clock for testing from today and tells the applicant in writing how long it takes', async () => {
    at(env(), '2026-03-03'); // Tuesday
    const officer = await env().login('officer');
    const res = await env().call('POST', `/api/v1/cases/${id}/pauses`, {
      cookie: officer,
      body: { kind: 'testing', reason: '房屋安全检测', expectedDays: 5 },
    });
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({
      status: 'paused',
      statusLabel: '检测、检验中（暂停计时）',
      pauseKind: 'testing',
      deadline: '2026-03-16',
    });
    // 5 working days from Tue 3 March: 4, 5, 6, 9, 10 → Tue 10 March.
    expect(res.body.notice).toMatchObject({
      kind: 'pause',
      content: {
        pauseKind: 'testing',
        expectedDays: 5,
        reason: '房屋安全检测',
        expectedDate: '2026-03-10',
      },
    });
    const me = await env().call('GET', '/api/v1/auth/me', { cookie: officer });
    expect((await stored(env(), id)).officerId).toBe(me.body.user.id);
    // The public progress page names the step: the resident is not told to bring materials.
    const number = res.body.case.number as string;
    const progress = await env().call('POST', '/api/v1/progress', { body: { caseNumber: number, idTail: (await stored(env(), id)).idTail } });
    expect(progress.body.progress).toMatchObject({ status: 'paused', statusLabel: '检测、检验中（暂停计时）' });
  });

  it('refuses a second kind while paused, and lets a supplement join the running pause', async () => {
    const officer = await env().login('officer');
    const hearing = await env().call('POST', `/api/v1/cases/${id}/pauses`, {
      cookie: officer,
      body: { kind: 'hearing', reason: '申请人要求听证', expectedDays: 10 },
    });
    expect(hearing).toMatchObject({
      status: 409,
      body: { error: { code: 'case.already_paused' } },
    });
    expect(hearing.body.error.message).toContain('检测、检验');
    at(env(), '2026-03-04');
    const supplement = await env().call('POST', `/api/v1/cases/${id}/supplement-request`, {
      cookie: await env().login('officer'),
      body: { missing: ['检测委托书'] },
    });
    expect(supplement).toMatchObject({
      status: 200,
      body: { case: { status: 'paused' }, notice: { kind: 'supplement' } },
    });
    // The materials arrive while the test still runs: recorded, and the clock stays stopped.
    const received = await env().call('POST', `/api/v1/cases/${id}/supplement-received`, {
      cookie: await env().login('officer'),
    });
    expect(received.body.case).toMatchObject({ status: 'paused', pauseKind: 'testing' });
    const d = await detail(env(), id);
    expect(d.pauses).toEqual([
      expect.objectContaining({
        kind: 'testing',
        startedOn: '2026-03-03',
        endedOn: null,
        expectedDays: 5,
      }),
    ]);
    expect(d.notices.map((n: any) => n.kind)).toEqual(['acceptance', 'pause', 'supplement']);
  });

  it('ends the running pause and moves the deadline by exactly its working days', async () => {
    at(env(), '2026-03-06'); // Friday: paused (3 Mar, 6 Mar] = 4, 5, 6 = 3 working days
    const officer = await env().login('officer');
    const ended = await env().call('POST', `/api/v1/cases/${id}/pauses/end`, {
      cookie: officer,
      body: { note: '检测报告已出具' },
    });
    expect(ended.status).toBe(200);
    // 16 March + 3 working days = 17, 18, 19 → Thu 19 March.
    expect(ended.body.case).toMatchObject({
      status: 'in_progress',
      pausedDays: 3,
      deadline: '2026-03-19',
      workingDaysLeft: 9,
    });
    expect(await stored(env(), id)).toMatchObject({
      pausedDays: 3,
      deadline: '2026-03-19',
      warning: 'none',
    });
    const again = await env().call('POST', `/api/v1/cases/${id}/pauses/end`, {
      cookie: officer,
      body: {},
    });
    expect(again).toMatchObject({
      status: 409,
      body: { error: { code: 'case.invalid_transition' } },
    });
    const d = await detail(env(), id);
    expect(d.events.map((e: any) => e.kind)).toEqual([
      'accepted',
      'pause',
      'request_supplement',
      'note_supplement',
      'end_pause',
    ]);
    expect(d.events.at(-1).data).toMatchObject({ pauseKind: 'testing', deadline: '2026-03-19' });
  });

  it('adds a later public notice to the history rather than replacing it', async () => {
    at(env(), '2026-03-09');
    await env().call('POST', `/api/v1/cases/${id}/pauses`, {
      cookie: await env().login('officer'),
      body: { kind: 'public_notice', reason: '公示7天', expectedDays: 5 },
    });
    at(env(), '2026-03-11'); // paused (9 Mar, 11 Mar] = 10, 11 = 2 more
    const ended = await env().call('POST', `/api/v1/cases/${id}/pauses/end`, {
      cookie: await env().login('officer'),
      body: {},
    });
    // 16 March + 5 = 17, 18, 19, 20, 23 → Mon 23 March.
    expect(ended.body.case).toMatchObject({ pausedDays: 5, deadline: '2026-03-23' });
    expect(await stored(env(), id)).toMatchObject({ pausedDays: 5, deadline: '2026-03-23' });
  });
});

/** 困难残疾人生活补贴 (MZ-011) accepted Mon 9 Feb 2026: 10 working days end on the makeup Saturday 28 Feb. */
describeOnEachDb(
  'changing a limit across a pause and the Spring Festival',
  (env) => {
    let id = '';
    let onTime = '';

    it('recomputes from acceptance and the whole pause history, never counting a paused day twice', async () => {
      const accepted = await acceptCommittedCase(env(), 'MZ-011');
      id = accepted.id;
      onTime = (await acceptCommittedCase(env(), 'MZ-012')).id;
      expect(accepted.deadline).toBe('2026-02-28');
      at(env(), '2026-02-11');
      await env().call('POST', `/api/v1/cases/${id}/supplement-request`, {
        cookie: await env().login('officer'),
        body: { missing: ['残疾人证复印件'] },
      });

      at(env(), '2026-02-24'); // still paused: (11 Feb, 24 Feb] = 12, 13, 14 (makeup), 24 = 4
      const manager = await env().login('manager');
      const url = `/api/v1/cases/${id}/limit`;
      const twelve = await env().call('POST', url, {
        cookie: manager,
        body: { promisedDays: 12, reason: '按新版办事指南调整' },
      });
      // 12 + 4 = 16 working days from 9 Feb: …, 28 Feb (10), 2, 3, 4, 5, 6 (15), 9 March (16).
      expect(twelve.body.case).toMatchObject({
        promisedDays: 12,
        pausedDays: 4,
        deadline: '2026-03-09',
      });
      expect(await stored(env(), id)).toMatchObject({
        promisedDays: 12,
        pausedDays: 4,
        deadline: '2026-03-09',
      });

      at(env(), '2026-02-25');
      const resumed = await env().call('POST', `/api/v1/cases/${id}/supplement-received`, {
        cookie: await env().login('officer'),
      });
      expect(resumed.body.case).toMatchObject({
        status: 'in_progress',
        pausedDays: 5,
        deadline: '2026-03-10',
      });

      at(env(), '2026-02-26');
      const manager2 = await env().login('manager');
      const back = await env().call('POST', url, {
        cookie: manager2,
        body: { promisedDays: 10, reason: '恢复原承诺时限' },
      });
      expect(back.body.case).toMatchObject({
        promisedDays: 10,
        pausedDays: 5,
        deadline: '2026-03-06',
      });
      const fifteen = await env().call('POST', url, {
        cookie: manager2,
        body: { promisedDays: 15, reason: '按新版办事指南调整' },
      });
      expect(fifteen.body.case.deadline).toBe('2026-03-13');
      const ten = await env().call('POST', url, {
        cookie: manager2,
        body: { promisedDays: 10, reason: '恢复原承诺时限' },
      });
      expect(ten.body.case.deadline).toBe('2026-03-06');
      const events = (await detail(env(), id)).events.filter((e: any) => e.kind === 'change_limit');
      expect(events[0].data).toMatchObject({
        promisedDays: 12,
        previousDays: 10,
        reason: '按新版办事指南调整',
        deadline: '2026-03-09',
      });
    });

    it('keeps the limit within the statutory one and lets only the manager change it', async () => {
      const manager = await env().login('manager');
      const url = `/api/v1/cases/${id}/limit`;
      const over = await env().call('POST', url, {
        cookie: manager,
        body: { promisedDays: 21, reason: '延长承诺时限' },
      });
      expect(over).toMatchObject({
        status: 400,
        body: { error: { code: 'case.limit_over_statutory' } },
      });
      expect(over.body.error.message).toContain('20个工作日');
      const zero = await env().call('POST', url, {
        cookie: manager,
        body: { promisedDays: 0, reason: '调整' },
      });
      expect(zero.status).toBe(400);
      const officer = await env().call('POST', url, {
        cookie: await env().login('officer'),
        body: { promisedDays: 12, reason: '调整承诺时限' },
      });
      expect(officer).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
      expect(await stored(env(), id)).toMatchObject({ promisedDays: 10, deadline: '2026-03-06' });
    });

    it('writes the decision figures: handling days without paused days, and days overdue', async () => {
      at(env(), '2026-02-26');
      const early = await env().call('POST', `/api/v1/cases/${onTime}/approve`, {
        cookie: await env().login('officer'),
        body: {},
      });
      expect(early.status).toBe(200);
      // (9 Feb, 26 Feb] = 10–14 Feb (5) + 24, 25, 26 (3) = 8 working days, on time.
      expect(await stored(env(), onTime)).toMatchObject({
        decidedOn: '2026-02-26',
        handlingDays: 8,
        overdueDays: 0,
        warning: 'none',
      });

      at(env(), '2026-03-09');
      const late = await env().call('POST', `/api/v1/cases/${id}/deny`, {
        cookie: await env().login('officer'),
        body: { reason: '不符合补贴条件' },
      });
      expect(late.body.case).toMatchObject({
        status: 'ready',
        decidedOn: '2026-03-09',
        handlingDays: 11,
        overdueDays: 1,
      });
      // (9 Feb, 9 Mar] = 16 working days, 5 of them paused; the deadline was Fri 6 March.
      expect(await stored(env(), id)).toMatchObject({
        decidedOn: '2026-03-09',
        handlingDays: 11,
        overdueDays: 1,
        pausedDays: 5,
        warning: 'none',
        warningSince: null,
      });
    });
  },
  { start: '2026-02-09T01:00:00Z' },
);

/** 临时救助申请 (MZ-010) accepted Mon 2 March: 10 working days → Mon 16 March. */
describeOnEachDb("extensions with the head's approval (art. 42)", (env) => {
  let id = '';
  let extensionId = '';

  it('lets the officer ask for at most 10 working days, one request at a time', async () => {
    id = (await acceptCommittedCase(env(), 'MZ-010')).id;
    const officer = await env().login('officer');
    const url = `/api/v1/cases/${id}/extensions`;
    const tooMany = await env().call('POST', url, {
      cookie: officer,
      body: { days: 11, reason: '需要实地核查' },
    });
    expect(tooMany).toMatchObject({
      status: 400,
      body: { error: { code: 'extension.too_many_days', message: '延长期限不能超过10个工作日' } },
    });
    const noReason = await env().call('POST', url, {
      cookie: officer,
      body: { days: 5, reason: '' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('延长办理期限的理由');
    const asked = await env().call('POST', url, {
      cookie: officer,
      body: { days: 5, reason: '需要实地核查家庭情况' },
    });
    expect(asked).toMatchObject({
      status: 201,
      body: { extension: { days: 5, status: 'pending' } },
    });
    extensionId = asked.body.extension.id;
    const second = await env().call('POST', url, {
      cookie: officer,
      body: { days: 2, reason: '再次延期' },
    });
    expect(second).toMatchObject({
      status: 409,
      body: { error: { code: 'extension.pending_exists' } },
    });
    const hrss = await env().call('POST', url, {
      cookie: await env().login('officer-hrss'),
      body: { days: 2, reason: '需要核查' },
    });
    expect(hrss.status).toBe(403);
  });

  it('is approved by the manager only, adds the days and tells the applicant why', async () => {
    const officer = await env().call('POST', `/api/v1/extensions/${extensionId}/approve`, {
      cookie: await env().login('officer'),
      body: {},
    });
    expect(officer.status).toBe(403);
    const manager = await env().login('manager');
    const pending = await env().call('GET', '/api/v1/extensions?status=pending', {
      cookie: manager,
    });
    expect(pending.body.extensions).toEqual([
      expect.objectContaining({ id: extensionId, days: 5, caseId: id, requestedByName: '吴强' }),
    ]);
    await createOtherCentre(env(), { code: 'ext-other', name: '另一街道社区事务受理服务中心' });
    const other = await env().call('POST', `/api/v1/extensions/${extensionId}/approve`, {
      cookie: await env().login('ext-other-manager'),
      body: {},
    });
    expect(other).toMatchObject({ status: 404, body: { error: { code: 'extension.not_found' } } });

    at(env(), '2026-03-04');
    const approved = await env().call('POST', `/api/v1/extensions/${extensionId}/approve`, {
      cookie: await env().login('manager'),
      body: { reason: '同意延期' },
    });
    expect(approved.status).toBe(200);
    // 16 March + 5 = 17, 18, 19, 20, 23 → Mon 23 March.
    expect(approved.body.case).toMatchObject({ extensionDays: 5, deadline: '2026-03-23' });
    expect(approved.body.extension).toMatchObject({
      status: 'approved',
      decisionReason: '同意延期',
    });
    expect(approved.body.notice).toMatchObject({
      kind: 'extension',
      content: { extensionDays: 5, newDeadline: '2026-03-23', reason: '需要实地核查家庭情况' },
    });
    expect(await stored(env(), id)).toMatchObject({ extensionDays: 5, deadline: '2026-03-23' });
    const twice = await env().call('POST', `/api/v1/extensions/${extensionId}/approve`, {
      cookie: await env().login('manager'),
      body: {},
    });
    expect(twice).toMatchObject({
      status: 409,
      body: { error: { code: 'extension.already_decided' } },
    });
  });

  it('caps the total, and records and tells a refusal with its reason', async () => {
    const officer = await env().login('officer');
    const url = `/api/v1/cases/${id}/extensions`;
    const over = await env().call('POST', url, {
      cookie: officer,
      body: { days: 6, reason: '继续核查' },
    });
    expect(over).toMatchObject({
      status: 400,
      body: { error: { code: 'extension.total_exceeded' } },
    });
    expect(over.body.error.message).toContain('最多还可申请5个工作日');
    const asked = await env().call('POST', url, {
      cookie: officer,
      body: { days: 5, reason: '继续核查' },
    });
    const manager = await env().login('manager');
    const refuseUrl = `/api/v1/extensions/${asked.body.extension.id}/refuse`;
    expect(
      (await env().call('POST', refuseUrl, { cookie: manager, body: { reason: '' } })).status,
    ).toBe(400);
    const refused = await env().call('POST', refuseUrl, {
      cookie: manager,
      body: { reason: '核查可在原期限内完成' },
    });
    expect(refused.body.extension).toMatchObject({
      status: 'refused',
      decisionReason: '核查可在原期限内完成',
    });
    expect(refused.body.notice).toMatchObject({
      kind: 'extension',
      content: { decision: '不予延长办理期限', reason: '核查可在原期限内完成' },
    });
    expect(refused.body.case).toMatchObject({ extensionDays: 5, deadline: '2026-03-23' });
    expect(
      (await env().call('GET', '/api/v1/extensions?status=pending', { cookie: manager })).body
        .extensions,
    ).toEqual([]);
    const d = await detail(env(), id);
    expect(d.extensions.map((e: any) => e.status)).toEqual(['approved', 'refused']);
    expect(d.notices.filter((n: any) => n.kind === 'extension')).toHaveLength(2);
  });
});

/**
 * Lists, warnings and collection reminders. Accepted Mon 2 March: MZ-009 and MZ-010 (民政, 10 days →
 * 16 March), RS-008 (人社, 5 days → Mon 9 March), LL-003 (老龄, 10 days → 16 March).
 */
describeOnEachDb('deadline lists and warnings', (env) => {
  const ids = { own: '', free: '', hrss: '', aging: '' };
  const mine = async (user: string, query = 'view=mine') =>
    (
      await env().call('GET', `/api/v1/deadlines?${query}`, { cookie: await env().login(user) })
    ).body.cases
      .map((c: any) => c.caseId)
      .sort();

  it('gives each officer their own cases and the unassigned ones of their departments', async () => {
    for (const [key, code] of [
      ['own', 'MZ-009'],
      ['free', 'MZ-010'],
      ['hrss', 'RS-008'],
      ['aging', 'LL-003'],
    ] as const) {
      ids[key] = (await acceptCommittedCase(env(), code)).id;
    }
    await env().call('POST', `/api/v1/cases/${ids.own}/extensions`, {
      cookie: await env().login('officer'),
      body: { days: 3, reason: '需要入户调查' },
    });
    await env().call('POST', `/api/v1/cases/${ids.aging}/supplement-request`, {
      cookie: await env().login('officer-civil'),
      body: { missing: ['户口簿'] },
    });
    expect(await mine('officer-hrss')).toEqual([ids.hrss]);
    expect(await mine('officer')).toEqual([ids.own, ids.free, ids.hrss].sort());
    expect(await mine('officer-civil')).toEqual([ids.free, ids.aging].sort());
    expect(await mine('officer-civil', 'view=department')).toEqual(
      [ids.own, ids.free, ids.aging].sort(),
    );
    expect(await mine('manager', 'view=centre')).toEqual(Object.values(ids).sort());
    const notHead = await env().call('GET', '/api/v1/deadlines?view=department', {
      cookie: await env().login('officer-hrss'),
    });
    expect(notHead).toMatchObject({ status: 403, body: { error: { code: 'deadline.not_head' } } });
    const centre = await env().call('GET', '/api/v1/deadlines?view=centre', {
      cookie: await env().login('officer'),
    });
    expect(centre.status).toBe(403);
    const bad = await env().call('GET', '/api/v1/deadlines?warning=green', {
      cookie: await env().login('manager'),
    });
    expect(bad.status).toBe(400);
  });

  it('shows the officer, days left, pause and pending extension on each row', async () => {
    const rows = (
      await env().call('GET', '/api/v1/deadlines?view=centre', {
        cookie: await env().login('manager'),
      })
    ).body.cases;
    const own = rows.find((r: any) => r.caseId === ids.own);
    expect(own).toMatchObject({
      officerName: '吴强',
      deadline: '2026-03-16',
      workingDaysLeft: 10,
      warning: 'none',
      isPaused: false,
      hasPendingExtension: true,
      department: 'civil',
      itemName: '医疗救助申请',
    });
    expect(rows.find((r: any) => r.caseId === ids.aging)).toMatchObject({
      officerName: '徐红',
      isPaused: true,
      pauseKind: 'supplement',
      hasPendingExtension: false,
    });
    expect(rows.find((r: any) => r.caseId === ids.free)).toMatchObject({
      officerId: null,
      officerName: null,
    });
    expect(rows[0].caseId).toBe(ids.hrss); // fewest days left first
  });

  it("turns amber at the item's threshold or the centre's, on every transition, and red once overdue", async () => {
    const { db } = env().ctx;
    const demo = await stored(env(), ids.free);
    // 临时救助 turns amber 8 working days ahead at this centre; the others take the setting (2).
    await db
      .update(centreItems)
      .set({ amberDays: 8 })
      .where(and(eq(centreItems.centreId, demo.centreId), eq(centreItems.itemCode, 'MZ-010')));
    at(env(), '2026-03-05'); // Thursday: RS-008 has 6, 9 = 2 left; the 16 March cases have 7
    await env().call('POST', `/api/v1/cases/${ids.hrss}/extensions`, {
      cookie: await env().login('officer-hrss'),
      body: { days: 2, reason: '需要核实参保记录' },
    });
    expect(await stored(env(), ids.hrss)).toMatchObject({
      warning: 'amber',
      warningSince: '2026-03-05',
    });
    const amber = await env().call('GET', '/api/v1/deadlines?view=centre&warning=amber', {
      cookie: await env().login('manager'),
    });
    expect(amber.body.cases.map((c: any) => c.caseId).sort()).toEqual([ids.free, ids.hrss].sort());
    at(env(), '2026-03-10');
    const red = await env().call('GET', '/api/v1/deadlines?view=centre&warning=red', {
      cookie: await env().login('manager'),
    });
    expect(red.body.cases).toEqual([
      expect.objectContaining({ caseId: ids.hrss, workingDaysLeft: -1, warning: 'red' }),
    ]);
  });
});

/** 医疗救助申请 approved on Mon 2 March: listed from the 10th working day after, Mon 16 March. */
describeOnEachDb('results not collected', (env) => {
  let id = '';

  it('lists a result from the tenth working day after the decision', async () => {
    id = (await acceptCommittedCase(env(), 'MZ-009')).id;
    await env().call('POST', `/api/v1/cases/${id}/approve`, {
      cookie: await env().login('officer'),
      body: {},
    });
    at(env(), '2026-03-13'); // 9 working days after
    const before = await env().call('GET', '/api/v1/reply/uncollected', {
      cookie: await env().login('reply'),
    });
    expect(before.body).toMatchObject({ uncollectedDays: 10, cases: [] });
    at(env(), '2026-03-16');
    const due = await env().call('GET', '/api/v1/reply/uncollected', {
      cookie: await env().login('reply'),
    });
    expect(due.body.cases).toEqual([
      expect.objectContaining({
        caseId: id,
        decidedOn: '2026-03-02',
        workingDaysSinceDecision: 10,
        reminders: 0,
        lastReminder: null,
        applicant: { name: '张三明', phone: '138****5678' },
      }),
    ]);
    const officer = await env().call('GET', '/api/v1/reply/uncollected', {
      cookie: await env().login('officer'),
    });
    expect(officer.status).toBe(403);
  });

  it('records each reminder as a case event without changing the status', async () => {
    const reply = await env().login('reply');
    const url = `/api/v1/cases/${id}/reminders`;
    const fax = await env().call('POST', url, {
      cookie: reply,
      body: { channel: 'fax', note: '' },
    });
    expect(fax.status).toBe(400);
    expect(fax.body.error.message).toContain('提醒方式只能是电话、短信或信函');
    expect(
      (
        await env().call('POST', url, {
          cookie: reply,
          body: { channel: 'phone', note: '已电话通知本人' },
        })
      ).body,
    ).toMatchObject({ reminders: 1 });
    env().clock.set('2026-03-16T06:00:00Z');
    expect(
      (await env().call('POST', url, { cookie: reply, body: { channel: 'sms', note: '短信提醒' } }))
        .status,
    ).toBe(201);
    const list = await env().call('GET', '/api/v1/reply/uncollected', { cookie: reply });
    expect(list.body.cases[0]).toMatchObject({
      reminders: 2,
      lastReminder: {
        channel: 'sms',
        note: '短信提醒',
        actorName: '周丽',
        at: '2026-03-16T06:00:00.000Z',
      },
    });
    const d = await detail(env(), id);
    expect(d.case.status).toBe('ready');
    expect(
      d.events
        .filter((e: any) => e.kind === 'collection_reminder')
        .map((e: any) => [e.fromStatus, e.toStatus]),
    ).toEqual([
      ['ready', 'ready'],
      ['ready', 'ready'],
    ]);
    await createOtherCentre(env(), { code: 'rem-other', name: '另一街道社区事务受理服务中心' });
    const other = await env().call('POST', url, {
      cookie: await env().login('rem-other-clerk'),
      body: { channel: 'phone', note: '' },
    });
    expect(other.status).toBe(404);
  });
});
