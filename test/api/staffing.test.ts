import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import { windowsByNumber } from '../support/factories.js';

/** Shanghai wall-clock time on a date, as the instant the manual clock is set to. */
const shanghai = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`).toISOString();

async function takeTickets(env: TestEnv, line: string, date: string, times: string[]) {
  for (const time of times) {
    env.clock.set(shanghai(date, time));
    const res = await env.call('POST', '/api/v1/centres/demo/tickets', { body: { line } });
    expect(res.status).toBe(201);
  }
}

/**
 * Serves the queue at window 1 in calling order: a number is the minutes from start to finish, 'no-show'
 * calls three times and gives up. A minute passes between residents.
 */
async function serveInOrder(env: TestEnv, windowId: string, steps: (number | 'no-show')[]) {
  const cookie = await env.login('clerk');
  for (const step of steps) {
    const called = await env.call('POST', `/api/v1/windows/${windowId}/call-next`, { cookie });
    expect(called.status).toBe(200);
    const id = called.body.ticket.id;
    if (step === 'no-show') {
      await env.call('POST', `/api/v1/tickets/${id}/recall`, { cookie });
      await env.call('POST', `/api/v1/tickets/${id}/recall`, { cookie });
      expect((await env.call('POST', `/api/v1/tickets/${id}/no-show`, { cookie })).status).toBe(
        200,
      );
    } else {
      expect((await env.call('POST', `/api/v1/tickets/${id}/start`, { cookie })).status).toBe(200);
      env.clock.advanceMinutes(step);
      expect((await env.call('POST', `/api/v1/tickets/${id}/finish`, { cookie })).status).toBe(200);
    }
    env.clock.advanceMinutes(1);
  }
}

describeOnEachDb('the staffing planner', (env) => {
  beforeAll(async () => {
    const window = (await windowsByNumber(env())).get(1)!.id;
    // Monday 2 March: one ticket before opening, three on line B in the 8 o'clock hour, six on A
    // and one collection ticket (line R, not a comprehensive window's) in the 9 o'clock hour.
    await takeTickets(env(), 'A', '2026-03-02', ['07:30']);
    await takeTickets(env(), 'B', '2026-03-02', ['08:40', '08:41', '08:42']);
    await takeTickets(env(), 'A', '2026-03-02', [
      '09:05',
      '09:06',
      '09:07',
      '09:08',
      '09:09',
      '09:10',
    ]);
    await takeTickets(env(), 'R', '2026-03-02', ['09:11']);
    env().clock.set(shanghai('2026-03-02', '10:00'));
    // Calling order: the 07:30 A, B, B, B (no-show), A, A.
    await serveInOrder(env(), window, [10, 4, 4, 'no-show', 10, 10]);
    // Tuesday 3 March: four on A in the 9 o'clock hour; one of them does not come.
    await takeTickets(env(), 'A', '2026-03-03', ['09:15', '09:16', '09:17', '09:18']);
    env().clock.set(shanghai('2026-03-03', '10:00'));
    await serveInOrder(env(), window, [16, 'no-show', 4]);
    // Saturday 7 March is not a working day: its tickets are not the hall's usual load.
    await takeTickets(env(), 'A', '2026-03-07', ['09:05', '09:06', '09:07', '09:08', '09:09']);
    // One comprehensive window of eight stays open.
    await env().ctx.db.execute(
      sql`update windows set is_open = false where kind = 'comprehensive' and number > 1`,
    );
    env().clock.set(shanghai('2026-03-09', '09:00'));
  });

  it('averages the working days of the range and sizes each hour with Erlang C', async () => {
    const manager = await env().login('manager');
    const res = await env().call('GET', '/api/v1/staffing/plan?from=2026-03-02&to=2026-03-08', {
      cookie: manager,
    });
    expect(res.status).toBe(200);
    const plan = res.body;
    // Monday to Friday are working days; the weekend is not.
    expect(plan).toMatchObject({
      source: 'history',
      from: '2026-03-02',
      to: '2026-03-08',
      workingDays: 5,
      currentWindows: 1,
    });
    expect(plan).toMatchObject({ targetMinutes: 15, targetShare: 0.8, maxWindows: 50 });
    // A: 10, 10, 10, 16, 4 minutes (mean 10); B: 4, 4 (mean 4); all seven: 58 / 7 = 8.29.
    expect(plan.service).toEqual({
      meanServiceMinutes: 8.3,
      source: 'history',
      services: 7,
      lines: [
        { line: 'A', services: 5, meanServiceMinutes: 10 },
        { line: 'B', services: 2, meanServiceMinutes: 4 },
      ],
    });
    expect(plan.hours.map((h: { hour: number }) => h.hour)).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16,
    ]);

    // 8 o'clock: 3 B tickets / 5 days = 0.6 an hour at 4 minutes, a = 0.04. One window:
    // C = ρ = 0.04, Wq = 0.04 / (1/4 − 0.01) = 0.17, P(W ≤ 15) = 1 − 0.04·e^(−0.24·15) = 0.999.
    expect(plan.hours[0]).toMatchObject({
      label: '08:00–09:00',
      arrivalsPerHour: 0.6,
      meanServiceMinutes: 4,
      offeredLoad: 0.04,
      recommendedWindows: 1,
      currentWindows: 1,
      currentUtilisation: 0.04,
      predictedMeanWaitMinutes: 0.2,
      predictedShareWithinTarget: 0.999,
      status: 'meets_target',
      note: null,
    });
    // 9 o'clock: (6 + 4) A tickets / 5 days = 2 an hour at 10 minutes, a = 1/3. One window:
    // Wq = (1/3) / (1/10 − 2/60) = 5.0, P(W ≤ 15) = 1 − (1/3)·e^(−1) = 0.877 ≥ 0.8.
    expect(plan.hours[1]).toMatchObject({
      arrivalsPerHour: 2,
      meanServiceMinutes: 10,
      offeredLoad: 0.33,
      recommendedWindows: 1,
      recommendedMeanWaitMinutes: 5,
      recommendedShareWithinTarget: 0.877,
      predictedMeanWaitMinutes: 5,
      predictedShareWithinTarget: 0.877,
    });
    // An hour nobody came: the overall mean stands in, nobody waits, one window suffices.
    expect(plan.hours[2]).toMatchObject({
      arrivalsPerHour: 0,
      meanServiceMinutes: 8.3,
      recommendedWindows: 1,
      predictedMeanWaitMinutes: 0,
      predictedShareWithinTarget: 1,
    });
    expect(plan.notes).toContain('有1张号在8:00–17:00以外取出，未计入测算。');
  });

  it('asks for more windows when the target is stricter', async () => {
    const manager = await env().login('manager');
    const res = await env().call(
      'GET',
      '/api/v1/staffing/plan?from=2026-03-02&to=2026-03-08&targetShare=0.9',
      { cookie: manager },
    );
    // 9 o'clock with two windows: C = 2·0.04 / (2 − (1/3)·0.96) = 0.0476, Wq = 0.0476 / (1/5 − 1/30) = 0.29.
    expect(res.body.hours[1]).toMatchObject({
      recommendedWindows: 2,
      recommendedMeanWaitMinutes: 0.3,
      recommendedShareWithinTarget: 0.996,
      currentWindows: 1,
      status: 'below_target',
    });
  });

  it('falls back to the default service time when the range has no history, and says so', async () => {
    const manager = await env().login('manager');
    const res = await env().call('GET', '/api/v1/staffing/plan?from=2026-02-02&to=2026-02-06', {
      cookie: manager,
    });
    expect(res.status).toBe(200);
    expect(res.body.service).toEqual({
      meanServiceMinutes: 8,
      source: 'default',
      services: 0,
      lines: [],
    });
    expect(res.body.notes).toContain(
      '所选日期范围内没有已办结的服务记录，平均办理时长按默认8分钟测算。',
    );
    expect(res.body.hours.every((h: { arrivalsPerHour: number }) => h.arrivalsPerHour === 0)).toBe(
      true,
    );
  });

  it('plans four weeks up to yesterday when no dates are given', async () => {
    const manager = await env().login('manager');
    const res = await env().call('GET', '/api/v1/staffing/plan', { cookie: manager });
    // 9–14 Feb (the Saturday is a makeup workday), the Spring Festival 15–23 Feb off, 24–27 Feb,
    // Saturday 28 Feb (makeup) and 2–6 Mar: 6 + 4 + 1 + 5 = 16 working days.
    expect(res.body).toMatchObject({ from: '2026-02-09', to: '2026-03-08', workingDays: 16 });
  });

  it('plans from entered figures and says when the queue would keep growing', async () => {
    const manager = await env().login('manager');
    const body = {
      hours: [
        { hour: 10, arrivalsPerHour: 24 },
        { hour: 9, arrivalsPerHour: 30 },
      ],
      meanServiceMinutes: 8,
      targetMinutes: 15,
      targetShare: 0.8,
      currentWindows: 4,
    };
    const res = await env().call('POST', '/api/v1/staffing/plan', { cookie: manager, body });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      source: 'entered',
      from: null,
      workingDays: null,
      currentWindows: 4,
    });
    expect(res.body.service).toMatchObject({ meanServiceMinutes: 8, source: 'entered' });
    // 9 o'clock: 30/h × 8 min = 4 Erlangs. Four windows are saturated; five give C = 0.5541,
    // Wq = 0.5541 / (5/8 − 1/2) = 4.4 and P(W ≤ 15) = 1 − 0.5541·e^(−1.875) = 0.915.
    expect(res.body.hours[0]).toMatchObject({
      hour: 9,
      label: '09:00–10:00',
      offeredLoad: 4,
      recommendedWindows: 5,
      recommendedMeanWaitMinutes: 4.4,
      recommendedShareWithinTarget: 0.915,
      currentUtilisation: 1,
      predictedMeanWaitMinutes: null,
      predictedShareWithinTarget: null,
      status: 'overloaded',
      note: '排队将持续增长',
    });
    // 10 o'clock: 3.2 Erlangs on four windows: B(4) = 0.2281, C = 0.5964, Wq = 0.5964 / 0.1 = 6.0,
    // P(W ≤ 15) = 1 − 0.5964·e^(−1.5) = 0.867 — four windows are enough.
    expect(res.body.hours[1]).toMatchObject({
      hour: 10,
      recommendedWindows: 4,
      currentUtilisation: 0.8,
      predictedMeanWaitMinutes: 6,
      predictedShareWithinTarget: 0.867,
      status: 'meets_target',
    });

    const withoutCurrent = await env().call('POST', '/api/v1/staffing/plan', {
      cookie: manager,
      body: { hours: [{ hour: 9, arrivalsPerHour: 6 }], meanServiceMinutes: 8 },
    });
    // The open comprehensive windows are the current staffing; the target defaults to 80 % in 15 minutes.
    expect(withoutCurrent.body).toMatchObject({
      currentWindows: 1,
      targetMinutes: 15,
      targetShare: 0.8,
    });
    // M/M/1 at ρ = 0.8: Wq = 0.8 / (1/8 − 1/10) = 32 minutes.
    expect(withoutCurrent.body.hours[0]).toMatchObject({
      predictedMeanWaitMinutes: 32,
      recommendedWindows: 2,
    });
  });

  it('refuses bad figures with request.invalid and ranges without a working day', async () => {
    const manager = await env().login('manager');
    const get = (query: string) =>
      env().call('GET', `/api/v1/staffing/plan?${query}`, { cookie: manager });
    for (const query of [
      'from=2026-02-30&to=2026-03-08',
      'from=2026-03-08&to=2026-03-02',
      'from=2025-01-01&to=2026-03-08',
      'targetShare=1',
      'targetShare=abc',
      'targetMinutes=-5',
      'maxWindows=2.5',
    ]) {
      const res = await get(query);
      expect(res, query).toMatchObject({
        status: 400,
        body: { error: { code: 'request.invalid' } },
      });
    }
    const weekend = await get('from=2026-03-07&to=2026-03-08');
    expect(weekend).toMatchObject({
      status: 400,
      body: { error: { code: 'staffing.no_working_days' } },
    });

    const good = { hours: [{ hour: 9, arrivalsPerHour: 30 }], meanServiceMinutes: 8 };
    for (const body of [
      { ...good, hours: [] },
      { ...good, hours: [{ hour: 24, arrivalsPerHour: 30 }] },
      { ...good, hours: [{ hour: 9, arrivalsPerHour: -1 }] },
      {
        ...good,
        hours: [
          { hour: 9, arrivalsPerHour: 30 },
          { hour: 9, arrivalsPerHour: 10 },
        ],
      },
      { ...good, meanServiceMinutes: 0 },
      { ...good, targetShare: null },
      { ...good, currentWindows: 1.5 },
      { ...good, extra: true },
    ]) {
      const res = await env().call('POST', '/api/v1/staffing/plan', { cookie: manager, body });
      expect(res, JSON.stringify(body)).toMatchObject({
        status: 400,
        body: { error: { code: 'request.invalid' } },
      });
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('is for the manager: a clerk gets 403 and nobody signed in 401', async () => {
    const clerk = await env().login('clerk');
    const get = await env().call('GET', '/api/v1/staffing/plan', { cookie: clerk });
    expect(get).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
    const post = await env().call('POST', '/api/v1/staffing/plan', {
      cookie: clerk,
      body: { hours: [{ hour: 9, arrivalsPerHour: 30 }], meanServiceMinutes: 8 },
    });
    expect(post).toMatchObject({ status: 403, body: { error: { code: 'auth.forbidden' } } });
    const anonymous = await env().call('GET', '/api/v1/staffing/plan');
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'auth.required' } } });
  });

  it('is in the OpenAPI document', async () => {
    const res = await env().call('GET', '/api/docs/json');
    expect(Object.keys(res.body.paths['/api/v1/staffing/plan'])).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
  });
});
