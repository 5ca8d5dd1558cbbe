import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../src/db/connection.js';
import { findCentreByCode } from '../../src/modules/centres/centres.repository.js';
import { runDeadlineJob } from '../../src/modules/deadlines/deadline-job.js';
import { drillTarget } from '../../src/modules/indicators/drill.query.js';
import { findIndicator, INDICATOR_CODES } from '../../src/core/indicators/definitions.js';
import {
  plainSumFigures,
  plainWaitPercentile,
  rebuildFigures,
  refreshFigures,
  sumFigures,
  waitPercentile,
} from '../../src/modules/indicators/figures.repository.js';
import { setSetting } from '../../src/modules/settings/settings.service.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import { createOtherCentre } from '../support/factories.js';
import {
  at,
  buildIndicatorDays,
  IMMEDIATE,
  WAITS,
  type IndicatorDays,
} from '../support/indicator-days.js';

const RANGE = 'from=2026-03-02&to=2026-03-13';
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const waits = Object.values(WAITS);

/** Every figure of the two weeks, counted by hand from the scenario (test/support/indicator-days.ts). */
const EXPECTED_FIGURES = {
  ticketsIssued: 11, // T1–T10 and the appointment's ticket
  ticketsNoShow: 1, // T5
  waitCount: 10,
  waitSecondsSum: sum(waits),
  appointmentsDue: 3, // A1 shown, A2 and A4 missed; A3 cancelled does not count
  appointmentsShown: 1,
  casesAccepted: 8, // C1 C2 C3 C5 C7 C8 on Monday, C6 C9 on Tuesday
  casesOnSpot: 3, // C1 C3 C6
  immediateCount: 3,
  immediateSecondsSum: sum(Object.values(IMMEDIATE)),
  committedDecided: 2, // C2 on Friday, C5 on Monday 9 March
  committedDaysSum: 2 + 5, // C2: Tue–Fri 4 working days less 2 paused; C5: Tue 3 – Mon 9 = 5
  committedOnTime: 1,
  committedOverdue: 1,
  committedOverdueDaysSum: 2, // C5's deadline Thu 5 March; decided Mon 9: Fri and Mon late
  oneTimeNotices: 1,
  refusals: 1,
  ratingsCount: 6, // 5, 2, 4, 1, 3, 2; the other 1 was annulled on appeal
  ratingsGood: 2,
  ratingsBad: 3,
  followupsDue: 3,
  followupsDone: 2,
  followupsOnTime: 1,
  complaintsCount: 2, // the third is received after the period
  complaintsAnswered: 1,
  complaintsAnswerDaysSum: 2,
};

/** A breakdown row's part of an indicator, from its figures (in the indicator's unit). */
function rowPart(code: string, part: 'numerator' | 'denominator', figures: any): number {
  const d = findIndicator(code)!;
  switch (d.kind) {
    case 'ratio':
      return figures[part === 'numerator' ? d.numerator : d.denominator];
    case 'average':
      return part === 'numerator' ? figures[d.numerator] * d.scale : figures[d.denominator];
    case 'count':
      return figures[d.numerator];
    case 'percentile':
      return figures[d.denominator];
  }
}

describeOnEachDb('the DB31/T 467 indicators', (env) => {
  let days: IndicatorDays;
  let itemCount = 0;
  let demoId = '';
  let indicators = new Map<string, any>();

  const get = async (user: string, url: string) =>
    env().call('GET', url, { cookie: await env().login(user) });

  it('builds two weeks of a centre through the real API', async () => {
    days = await buildIndicatorDays(env());
    demoId = (await findCentreByCode(env().ctx.db, 'demo'))!.id;
    // The standing figures: window 7 closed, window 8 specialised; two items handled outside the
    // system, two off the basic list, one basic item not offered.
    const db = env().ctx.db;
    await db.execute(
      sql`update windows set is_open = false where centre_id = ${demoId} and number = 7`,
    );
    await db.execute(
      sql`update windows set kind = 'specialised' where centre_id = ${demoId} and number = 8`,
    );
    await db.execute(
      sql`update centre_items set handled_in_system = false where centre_id = ${demoId} and item_code in ('MZ-015', 'RS-009')`,
    );
    await db.execute(
      sql`update items set in_basic_list = false where code in ('MZ-006', 'MZ-008')`,
    );
    await db.execute(
      sql`delete from centre_items where centre_id = ${demoId} and item_code = 'MZ-005'`,
    );
    itemCount = (await env().call('GET', '/api/v1/items')).body.items.length;
    await createOtherCentre(env(), {
      code: 'peer',
      name: '同区街道社区事务受理服务中心',
      districtCode: '310104',
    });
    await createOtherCentre(env(), {
      code: 'far',
      name: '外区街道社区事务受理服务中心',
      districtCode: '310105',
    });
    env().clock.set(at('2026-03-02', '12:00:00'));
    expect(
      (await env().call('POST', '/api/v1/centres/peer/tickets', { body: { line: 'A' } })).status,
    ).toBe(201);
    env().clock.set(at('2026-03-10', '09:00:00'));
  });

  it('reports every indicator of a centre as computed by hand', async () => {
    const res = await get('manager', `/api/v1/indicators?scope=centre:demo&${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      scope: { value: 'centre:demo', kind: 'centre', code: 'demo' },
      from: '2026-03-02',
      to: '2026-03-13',
      asOf: '2026-03-10',
    });
    indicators = new Map(res.body.indicators.map((i: any) => [i.code, i]));
    expect([...indicators.keys()]).toEqual(INDICATOR_CODES);
    const f = EXPECTED_FIGURES;
    const expectValue = (
      code: string,
      value: number | null,
      met: boolean | null,
      parts?: [number | null, number | null],
    ) => {
      const got = indicators.get(code);
      if (value === null) expect(got.value, code).toBeNull();
      else expect(got.value, code).toBeCloseTo(value, 10);
      expect(got.met, code).toBe(met);
      if (parts) {
        if (parts[0] === null) expect(got.numerator, code).toBeNull();
        else expect(got.numerator, code).toBeCloseTo(parts[0], 10);
        expect(got.denominator, code).toBe(parts[1]);
      }
    };
    expectValue('immediate_avg_minutes', (480 + 900 + 360) / 60 / 3, true, [1740 / 60, 3]);
    expectValue('committed_avg_days', 7 / 2, true, [7, 2]);
    expectValue('on_spot_rate', 3 / 8, false, [3, 8]);
    expectValue('on_time_rate', 1 / 2, false, [1, 2]);
    expectValue('overdue_count', 1, false, [1, null]);
    expectValue('overdue_days', 2, false, [2, null]);
    // C7 (deadline Thu 5 March) is open on 10 March; C8 is past its deadline too but paused.
    expectValue('open_overdue_count', 1, false, [1, null]);
    expectValue('wait_avg_minutes', f.waitSecondsSum / 60 / 10, null, [f.waitSecondsSum / 60, 10]);
    // Whole minutes sorted: 0 1 2 5 10 15 20 30 41 59; ceil(0.9 × 10) = 9th = 41.
    expectValue('wait_p90_minutes', 41, null, [null, 10]);
    expectValue('no_show_rate', 1 / 11, null, [1, 11]);
    expectValue('appointment_show_rate', 1 / 3, null, [1, 3]);
    expectValue('good_rating_rate', 2 / 6, null, [2, 6]);
    expectValue('bad_rating_followup_rate', 2 / 3, false, [2, 3]);
    expectValue('followup_on_time_rate', 1 / 3, false, [1, 3]);
    expectValue('complaints_count', 2, null, [2, null]);
    expectValue('complaint_answer_days', 2, null, [2, 1]);
    // Windows 1–6 comprehensive and open, 8 specialised, 7 closed, 9 and 10 are not acceptance windows.
    expectValue('comprehensive_window_rate', 6 / 7, true, [6, 7]);
    expectValue('all_round_rate', 5 / 9, true, [5, 9]);
    expectValue('in_system_rate', (itemCount - 3) / (itemCount - 1), true, [
      itemCount - 3,
      itemCount - 1,
    ]);
    expectValue('inclusion_rate', (itemCount - 3) / (itemCount - 2), true, [
      itemCount - 3,
      itemCount - 2,
    ]);
    expect(indicators.get('immediate_avg_minutes')).toMatchObject({
      name: '即办件平均办理时间',
      unit: '分钟',
      target: 12,
    });
    expect(indicators.get('on_spot_rate')).toMatchObject({
      unit: '%',
      target: 0.6,
      higherIsBetter: true,
    });
    expect(indicators.get('on_spot_rate').formula).toContain('÷');
  });

  it('sums the day figures (fast path) exactly as one plain query over the raw rows', async () => {
    const tx = env().ctx.db;
    for (const centreIds of [[demoId], null]) {
      const scope = { centreIds, from: '2026-03-02', to: '2026-03-13' };
      const fast = await sumFigures(tx, scope);
      expect(await plainSumFigures(tx, scope)).toEqual(fast);
      expect(await waitPercentile(tx, scope, 0.9)).toBe(await plainWaitPercentile(tx, scope, 0.9));
      expect(await waitPercentile(tx, scope, 0.5)).toBe(await plainWaitPercentile(tx, scope, 0.5));
    }
    expect(
      await sumFigures(tx, { centreIds: [demoId], from: '2026-03-02', to: '2026-03-13' }),
    ).toEqual(EXPECTED_FIGURES);
    expect(
      await waitPercentile(tx, { centreIds: [demoId], from: '2026-03-02', to: '2026-03-02' }, 0.9),
    ).toBe(41);
    expect(
      await waitPercentile(tx, { centreIds: [demoId], from: '2026-03-04', to: '2026-03-13' }, 0.9),
    ).toBeNull();
    // A rebuild of the range gives the same figures, and nothing is left dirty after a refresh.
    await tx.transaction((t) => rebuildFigures(t, { from: '2026-03-01', to: '2026-03-31' }));
    expect(
      await sumFigures(tx, { centreIds: [demoId], from: '2026-03-02', to: '2026-03-13' }),
    ).toEqual(EXPECTED_FIGURES);
    expect(await tx.transaction((t) => refreshFigures(t))).toBe(0);
  });

  it('marks both the old and the new day dirty when a row moves, and stays current', async () => {
    const db = env().ctx.db;
    const [t9] = await queryRows<{ id: string }>(
      db,
      sql`select id from tickets where centre_id = ${demoId} and business_date = '2026-03-02' order by issued_at desc limit 1`,
    );
    // Changes no figure reads mark nothing (the deadline job rewrites every open case's warning).
    await db.execute(sql`update cases set warning = 'amber' where centre_id = ${demoId}`);
    await db.execute(sql`update tickets set calls = calls + 1 where id = ${t9!.id}`);
    const [none] = await queryRows<{ n: string | number }>(
      db,
      sql`select count(*) as n from figure_dirty`,
    );
    expect(Number(none!.n)).toBe(0);
    await db.execute(sql`update tickets set business_date = '2026-03-04' where id = ${t9!.id}`);
    const dirty = await queryRows<{ day: string }>(
      db,
      sql`select to_char(day, 'YYYY-MM-DD') as day from figure_dirty where centre_id = ${demoId} order by day`,
    );
    expect(dirty.map((d) => d.day)).toEqual(['2026-03-02', '2026-03-04']);
    const byDay = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=day`,
    );
    const row = (key: string) => byDay.body.rows.find((r: any) => r.key === key);
    expect(row('2026-03-02').figures.ticketsIssued).toBe(8);
    expect(row('2026-03-04').figures.ticketsIssued).toBe(1);
    await db.execute(sql`update tickets set business_date = '2026-03-02' where id = ${t9!.id}`);
    const back = await get('manager', `/api/v1/indicators?scope=centre:demo&${RANGE}`);
    expect(back.body.indicators.find((i: any) => i.code === 'no_show_rate')).toMatchObject({
      numerator: 1,
      denominator: 11,
    });
  });

  it("sums a district from its centres and uses the standard's targets there", async () => {
    await setSetting(env().ctx.db, demoId, 'indicatorTargets', {
      wait_avg_minutes: 15,
      on_spot_rate: 0.3,
    });
    const own = await get('manager', `/api/v1/indicators?scope=centre:demo&${RANGE}`);
    const mine = new Map(own.body.indicators.map((i: any) => [i.code, i]));
    expect(mine.get('wait_avg_minutes')).toMatchObject({ target: 15, met: false });
    expect(mine.get('on_spot_rate')).toMatchObject({ target: 0.3, met: true });
    const res = await get('district', `/api/v1/indicators?scope=district:310104&${RANGE}`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toMatchObject({ kind: 'district', code: '310104', name: '徐汇区' });
    const district = new Map(res.body.indicators.map((i: any) => [i.code, i]));
    expect(district.get('no_show_rate')).toMatchObject({ numerator: 1, denominator: 12 });
    expect(district.get('wait_avg_minutes')).toMatchObject({ target: null, met: null });
    expect(district.get('on_spot_rate')).toMatchObject({ target: 0.6, met: false });
    // The peer centre adds one open comprehensive window and one all-round clerk.
    expect(district.get('comprehensive_window_rate')).toMatchObject({
      numerator: 7,
      denominator: 8,
    });
    expect(district.get('all_round_rate')).toMatchObject({ numerator: 6, denominator: 10 });
    const byCentre = await get(
      'district',
      `/api/v1/indicators/breakdown?scope=district:310104&${RANGE}&by=centre`,
    );
    expect(byCentre.body.rows.map((r: any) => r.label).sort()).toEqual(
      ['同区街道社区事务受理服务中心', '示范街道社区事务受理服务中心'].sort(),
    );
    expect(byCentre.body.rows.find((r: any) => r.label.startsWith('示范')).figures).toEqual(
      EXPECTED_FIGURES,
    );
  });

  it('falls back to the recorded snapshot of a centre known only by report upload', async () => {
    const db = env().ctx.db;
    const [upl] = await queryRows<{ id: string }>(
      db,
      sql`insert into centres (code, name, district_code, district_name) values ('uploaded', '上传街道社区事务受理服务中心', '310105', '长宁区') returning id`,
    );
    const snapshot = (asOf: string, acceptance: number, comprehensive: number) =>
      sql`(${upl!.id}::uuid, ${asOf}::date, 'upload', ${acceptance}, ${comprehensive}, 4, 1, 100, 95, 150, 193)`;
    await db.execute(sql`insert into centre_snapshots (centre_id, as_of, source, acceptance_windows, comprehensive_windows, front_clerks,
      all_round_clerks, items_offered, items_in_system, basic_items_offered, basic_items) values ${snapshot('2026-03-01', 4, 2)}, ${snapshot('2026-03-20', 10, 10)}`);
    await db.execute(
      sql`insert into centre_day_figures (centre_id, day, source, tickets_issued, tickets_no_show) values (${upl!.id}, '2026-03-03', 'upload', 50, 5)`,
    );
    const res = await get('city', `/api/v1/indicators?scope=district:310105&${RANGE}`);
    const values = new Map(res.body.indicators.map((i: any) => [i.code, i]));
    // far (live): 1 comprehensive window of 1; uploaded: its row as of 1 March, 2 of 4.
    expect(values.get('comprehensive_window_rate')).toMatchObject({ numerator: 3, denominator: 5 });
    expect(values.get('no_show_rate')).toMatchObject({ numerator: 5, denominator: 50 });
    // A rebuild leaves uploaded rows alone.
    await db.transaction((t) => rebuildFigures(t, { from: '2026-03-01', to: '2026-03-31' }));
    const again = await get('city', `/api/v1/indicators?scope=district:310105&${RANGE}`);
    expect(again.body.indicators.find((i: any) => i.code === 'no_show_rate')).toMatchObject({
      numerator: 5,
      denominator: 50,
    });
  });

  it('lets each role see only what it oversees', async () => {
    const url = (scope: string) => `/api/v1/indicators?scope=${scope}&${RANGE}`;
    expect((await env().call('GET', url('centre:demo'))).status).toBe(401);
    expect((await get('clerk', url('centre:demo'))).status).toBe(403);
    expect((await get('admin', url('centre:demo'))).status).toBe(200);
    expect((await get('manager', url('centre:peer'))).body.error.code).toBe('centre.not_found');
    expect((await get('manager', url('district:310104'))).status).toBe(403);
    expect((await get('manager', url('city'))).status).toBe(403);
    expect((await get('peer-manager', url('centre:peer'))).status).toBe(200);
    expect((await get('district', url('centre:peer'))).status).toBe(200);
    expect((await get('district', url('centre:far'))).status).toBe(404);
    expect((await get('district', url('district:310105'))).status).toBe(403);
    expect((await get('district', url('city'))).status).toBe(403);
    expect((await get('city', url('centre:far'))).status).toBe(200);
    expect((await get('city', url('district:999999'))).body.error.code).toBe('district.not_found');
    const city = await get('city', url('city'));
    expect(city.body.scope).toMatchObject({ kind: 'city', name: '全市' });
    expect(city.body.indicators.find((i: any) => i.code === 'no_show_rate')).toMatchObject({
      numerator: 6,
      denominator: 62,
    });
  });

  it('refuses a bad scope or period with a message in Chinese', async () => {
    const check = async (query: string, message: string) => {
      const res = await get('manager', `/api/v1/indicators?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.message, query).toContain(message);
    };
    await check('scope=centre:demo&from=2026-03-13&to=2026-03-02', '开始日期不能晚于结束日期');
    await check('scope=centre:demo&from=2025-03-01&to=2026-03-02', '统计期间不能超过366天');
    await check('scope=centre:demo&from=2026-02-30&to=2026-03-02', '日期');
    await check('scope=region:1&from=2026-03-01&to=2026-03-02', '范围应为');
    await check('scope=centre:&from=2026-03-01&to=2026-03-02', '范围应为');
    await check('scope=centre:demo&from=2026-04-01', '开始日期不能晚于结束日期');
    // Malformed dates are refused by their own check, never compared (that was a 500).
    await check('scope=centre:demo&from=2026-3-1&to=2026-03-02', '日期应为');
    await check('scope=centre:demo&from=2026-03-01T00:00&to=2026-03-02', '日期应为');
    await check('scope=centre:demo&from=2026-03-01&to=%E4%B8%AD', '日期应为');
    const fine = await get(
      'manager',
      '/api/v1/indicators?scope=centre:demo&from=2025-03-03&to=2026-03-03',
    );
    expect(fine.status).toBe(200);
  });

  it('breaks the figures down by day, week and month, adding up to the total', async () => {
    for (const by of ['day', 'week', 'month']) {
      const res = await get(
        'manager',
        `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=${by}`,
      );
      expect(res.status, by).toBe(200);
      expect(res.body.source).toBe('day_figures');
      expect(res.body.total.figures).toEqual(EXPECTED_FIGURES);
      for (const key of Object.keys(EXPECTED_FIGURES)) {
        expect(sum(res.body.rows.map((r: any) => r.figures[key])), `${by} ${key}`).toBe(
          (EXPECTED_FIGURES as any)[key],
        );
      }
      for (const [code, value] of Object.entries(res.body.total.indicators)) {
        expect(value, `${by} ${code}`).toEqual(indicators.get(code).value);
      }
    }
    const weeks = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=week`,
    );
    expect(weeks.body.rows.map((r: any) => r.key)).toEqual(['2026-03-02', '2026-03-09']);
    expect(weeks.body.rows[1].figures).toMatchObject({
      committedDecided: 1,
      committedOverdue: 1,
      ticketsIssued: 0,
    });
    expect(weeks.body.rows[1].indicators.on_time_rate).toBe(0);
    expect(weeks.body.rows[0].indicators.wait_p90_minutes).toBe(41);
    const days = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=day`,
    );
    expect(days.body.rows.find((r: any) => r.key === '2026-03-03').figures).toMatchObject({
      ticketsIssued: 2,
      casesAccepted: 2,
      appointmentsDue: 2,
    });
    const month = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=month`,
    );
    expect(month.body.rows).toHaveLength(1);
    expect(month.body.rows[0]).toMatchObject({ key: '2026-03', label: '2026年3月' });
  });

  it('breaks one centre down by department, item, window and staff from the raw rows', async () => {
    for (const by of ['department', 'item', 'window', 'clerk']) {
      const res = await get(
        'manager',
        `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=${by}`,
      );
      expect(res.status, by).toBe(200);
      expect(res.body.source).toBe('raw');
      expect(res.body.total.figures, by).toEqual(EXPECTED_FIGURES);
      for (const key of Object.keys(EXPECTED_FIGURES)) {
        expect(sum(res.body.rows.map((r: any) => r.figures[key])), `${by} ${key}`).toBe(
          (EXPECTED_FIGURES as any)[key],
        );
      }
      for (const [code, value] of Object.entries(res.body.total.indicators)) {
        expect(value, `${by} ${code}`).toEqual(indicators.get(code).value);
      }
    }
    const departments = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=department`,
    );
    const dept = (key: string | null) => departments.body.rows.find((r: any) => r.key === key);
    expect(dept('civil').figures).toMatchObject({
      casesAccepted: 4,
      casesOnSpot: 3,
      oneTimeNotices: 1,
      refusals: 1,
      appointmentsDue: 3,
    });
    expect(dept('fund').figures).toMatchObject({
      casesAccepted: 3,
      committedDecided: 1,
      committedOverdue: 1,
    });
    expect(dept('hrss').figures).toMatchObject({
      casesAccepted: 1,
      committedDecided: 1,
      committedOnTime: 1,
    });
    expect(dept(null)).toMatchObject({
      label: '（无法归属）',
      figures: { ticketsIssued: 11, casesAccepted: 0 },
    });
    // A rating belongs to the case accepted in the service rated (none for a notice or a refusal).
    expect(
      [dept('civil'), dept('hrss'), dept('fund'), dept(null)].map((r) => r.figures.ratingsCount),
    ).toEqual([2, 1, 1, 2]);
    expect([dept('civil'), dept('hrss'), dept(null)].map((r) => r.figures.followupsDue)).toEqual([
      1, 1, 1,
    ]);
    const staff = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=clerk`,
    );
    const byName = new Map(staff.body.rows.map((r: any) => [r.label, r.figures]));
    expect(byName.get('王晓燕')).toMatchObject({ casesAccepted: 5, ticketsIssued: 8 });
    expect(byName.get('李建国')).toMatchObject({ casesAccepted: 3, ticketsIssued: 3 });
    expect(byName.get('吴强')).toMatchObject({ committedDecided: 2, casesAccepted: 0 });
  });

  it("counts only the filtered rows in a filtered report's total", async () => {
    const res = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=item&department=fund`,
    );
    expect(res.status).toBe(200);
    expect(res.body.filter).toEqual({ department: 'fund', item: null });
    expect(res.body.total.figures).toMatchObject({
      casesAccepted: 3,
      committedDecided: 1,
      committedOverdue: 1,
      committedDaysSum: 5,
      ticketsIssued: 0,
      ratingsCount: 1,
    });
    expect(res.body.total.indicators).toMatchObject({
      on_time_rate: 0,
      committed_avg_days: 5,
      on_spot_rate: 0,
      wait_p90_minutes: null,
      good_rating_rate: 0,
    });
    expect(res.body.rows.map((r: any) => r.key)).toEqual(['GJ-004', 'GJ-005', 'GJ-006']);
    const one = await get(
      'manager',
      `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=day&item=MZ-002`,
    );
    expect(one.body.source).toBe('raw');
    expect(one.body.total.figures).toMatchObject({
      casesAccepted: 3,
      casesOnSpot: 3,
      appointmentsDue: 3,
      appointmentsShown: 1,
      immediateSecondsSum: 1740,
    });
    expect(one.body.total.indicators.on_spot_rate).toBe(1);
    const wide = await get(
      'district',
      `/api/v1/indicators/breakdown?scope=district:310104&${RANGE}&by=department`,
    );
    expect(wide).toMatchObject({
      status: 400,
      body: { error: { code: 'indicators.centre_scope_only' } },
    });
  });

  it("lists exactly the rows a breakdown row counts, filtered by the row's group", async () => {
    const drill = async (query: string, scope = 'centre:demo', user = 'manager') => {
      const url = `/api/v1/indicators/cases?scope=${scope}&${RANGE}&pageSize=200&${query}`;
      const res = await get(user, url);
      expect(res.status, query).toBe(200);
      return res.body;
    };
    const ids = (body: any) => body.rows.map((r: any) => r.id).sort();
    const c = days.cases;
    const cases = (...names: (keyof typeof c)[]) => names.map((n) => c[n]).sort();
    // The parts every flow indicator can be drilled into.
    const parts = INDICATOR_CODES.flatMap((code) =>
      (['numerator', 'denominator'] as const)
        .filter((part) => drillTarget(findIndicator(code)!, part)?.kind === 'figure')
        .map((part) => ({ code, part })),
    );
    expect(parts.length).toBeGreaterThan(20);
    for (const by of ['department', 'clerk', 'window', 'item'] as const) {
      const breakdown = await get(
        'manager',
        `/api/v1/indicators/breakdown?scope=centre:demo&${RANGE}&by=${by}`,
      );
      // Tickets have no department or item, decisions no window, these complaints nobody named.
      expect(
        breakdown.body.rows.some((r: any) => r.key === null),
        by,
      ).toBe(true);
      const listed: string[] = [];
      for (const row of breakdown.body.rows) {
        const filter = `${by}=${row.key ?? '_none'}`;
        const spot = await drill(`indicator=on_spot_rate&part=numerator&${filter}`);
        const accepted = await drill(`indicator=on_spot_rate&part=denominator&${filter}`);
        expect(accepted.filter[by], filter).toBe(row.key ?? '_none');
        expect([spot.total, accepted.total], `${filter} (${row.label})`).toEqual([
          row.figures.casesOnSpot,
          row.figures.casesAccepted,
        ]);
        expect(ids(accepted), filter).toEqual(expect.arrayContaining(ids(spot)));
        listed.push(...ids(accepted));
        if (by !== 'department' && by !== 'clerk') continue;
        for (const { code, part } of parts) {
          const body = await drill(`indicator=${code}&part=${part}&${filter}`);
          expect(body.total, `${filter} ${code} ${part}`).toBeCloseTo(
            rowPart(code, part, row.figures),
            9,
          );
        }
      }
      // Each accepted case is listed under exactly one row of the breakdown.
      expect(listed.sort(), by).toEqual(Object.values(c).sort());
    }

    // By hand (test/support/indicator-days.ts): MZ items are civil affairs, GJ the housing fund.
    const onSpot = (filter: string) =>
      Promise.all([
        drill(`indicator=on_spot_rate&part=numerator&${filter}`).then(ids),
        drill(`indicator=on_spot_rate&part=denominator&${filter}`).then(ids),
      ]);
    expect(await onSpot('department=civil')).toEqual([
      cases('C1', 'C3', 'C6'),
      cases('C1', 'C3', 'C6', 'C9'),
    ]);
    expect(await onSpot('department=fund')).toEqual([[], cases('C5', 'C7', 'C8')]);
    expect(await onSpot('department=_none')).toEqual([[], []]);
    expect(await onSpot('item=MZ-002')).toEqual([cases('C1', 'C3', 'C6'), cases('C1', 'C3', 'C6')]);
    const window1 = days.windowIds.get(1)!;
    expect(await onSpot(`window=${window1.toUpperCase()}`)).toEqual([
      cases('C1', 'C6'),
      cases('C1', 'C2', 'C6', 'C7', 'C8'),
    ]);
    expect(await onSpot(`department=civil&window=${window1}`)).toEqual([
      cases('C1', 'C6'),
      cases('C1', 'C6'),
    ]);
    // A ticket has no department: every ticket is unattributed, none belongs to a department.
    const noShows = await drill('indicator=no_show_rate&part=denominator&department=_none');
    expect(noShows.total).toBe(11);
    expect((await drill('indicator=no_show_rate&part=denominator&department=civil')).total).toBe(0);
    // The complaints name nobody: both are in the staff breakdown's unattributed row.
    expect((await drill('indicator=complaints_count&part=numerator&clerk=_none')).total).toBe(2);

    // An unknown value matches nothing; a malformed one is refused.
    for (const filter of [
      'department=nosuch',
      'item=XX-999',
      `window=${randomUUID()}`,
      `clerk=${randomUUID()}`,
      'centre=nosuch',
      'centre=far',
    ]) {
      const body = await drill(`indicator=on_spot_rate&part=denominator&${filter}`);
      expect([body.rowCount, body.total, body.rows], filter).toEqual([0, 0, []]);
    }
    const refused = async (query: string, expected: string, scope = 'centre:demo') => {
      const url = `/api/v1/indicators/cases?scope=${scope}&${RANGE}&${query}`;
      const res = await get(scope === 'centre:demo' ? 'manager' : 'district', url);
      expect(res.status, query).toBe(400);
      expect(`${res.body.error.code} ${res.body.error.message}`, query).toContain(expected);
    };
    const spot = 'indicator=on_spot_rate&part=numerator';
    await refused(`${spot}&department=Civil`, '部门编码格式不正确');
    await refused(`${spot}&department=`, '部门编码格式不正确');
    await refused(`${spot}&item=MZ_002`, '事项编码格式不正确');
    await refused(`${spot}&window=1`, '窗口标识格式不正确');
    await refused(`${spot}&clerk=${randomUUID()}x`, '工作人员标识格式不正确');
    await refused(`${spot}&centre=de%20mo`, '中心编码格式不正确');
    await refused(`${spot}&department=civil`, 'indicators.centre_scope_only', 'district:310104');
    await refused(
      'indicator=comprehensive_window_rate&part=numerator&department=civil',
      'indicators.filter_not_applicable',
    );

    // A district or the city narrowed to one of its centres, as its breakdown by centre counts it.
    const byCentre = await get(
      'district',
      `/api/v1/indicators/breakdown?scope=district:310104&${RANGE}&by=centre`,
    );
    const codes = new Map([
      [demoId, 'demo'],
      [(await findCentreByCode(env().ctx.db, 'peer'))!.id, 'peer'],
    ]);
    expect(byCentre.body.rows.map((r: any) => codes.get(r.key)).sort()).toEqual(['demo', 'peer']);
    for (const row of byCentre.body.rows) {
      const filter = `centre=${codes.get(row.key)}`;
      const issued = await drill(
        `indicator=no_show_rate&part=denominator&${filter}`,
        'district:310104',
        'district',
      );
      const accepted = await drill(
        `indicator=on_spot_rate&part=denominator&${filter}`,
        'city',
        'city',
      );
      expect([issued.total, accepted.total], filter).toEqual([
        row.figures.ticketsIssued,
        row.figures.casesAccepted,
      ]);
    }
    // Standing figures too: the peer centre has one open comprehensive window.
    const peerWindows = await drill(
      'indicator=comprehensive_window_rate&part=numerator&centre=peer',
      'district:310104',
      'district',
    );
    expect(peerWindows.rows.map((r: any) => r.centre)).toEqual(['peer']);
  });

  it('lists the rows behind every numerator and denominator, adding up to them', async () => {
    for (const code of INDICATOR_CODES) {
      for (const part of ['numerator', 'denominator'] as const) {
        const url = `/api/v1/indicators/cases?scope=centre:demo&${RANGE}&indicator=${code}&part=${part}`;
        const expected = indicators.get(code)[part];
        if (!drillTarget(findIndicator(code)!, part)) {
          expect((await get('manager', url)).body.error.code, `${code} ${part}`).toBe(
            'indicators.no_such_part',
          );
          continue;
        }
        const first = await get('manager', `${url}&pageSize=4`);
        expect(first.status, `${code} ${part}`).toBe(200);
        expect(first.body.total, `${code} ${part}`).toBeCloseTo(expected, 9);
        const pages = Math.ceil(first.body.rowCount / 4);
        const rows = [...first.body.rows];
        for (let page = 2; page <= pages; page++)
          rows.push(...(await get('manager', `${url}&pageSize=4&page=${page}`)).body.rows);
        expect(new Set(rows.map((r: any) => `${r.kind}:${r.id}`)).size, `${code} ${part}`).toBe(
          first.body.rowCount,
        );
        const summed =
          rows.some((r: any) => r.value !== null) && first.body.total !== first.body.rowCount;
        if (summed)
          expect(sum(rows.map((r: any) => r.value ?? 0)), `${code} ${part}`).toBeCloseTo(
            expected,
            9,
          );
        else expect(rows.length, `${code} ${part}`).toBe(expected);
      }
    }
    const cases = await get(
      'manager',
      `/api/v1/indicators/cases?scope=centre:demo&${RANGE}&indicator=on_spot_rate&part=denominator&pageSize=200`,
    );
    expect(cases.body.rows.map((r: any) => r.person).sort()).toEqual(
      [...Array(7).fill('张*明'), '李*华'].sort(),
    );
    expect(JSON.stringify(cases.body)).not.toContain('张三明');
    const late = await get(
      'manager',
      `/api/v1/indicators/cases?scope=centre:demo&${RANGE}&indicator=overdue_days&part=numerator`,
    );
    expect(late.body.rows).toEqual([
      expect.objectContaining({ kind: 'case', id: days.cases.C5, day: '2026-03-09', value: 2 }),
    ]);
    const open = await get(
      'manager',
      `/api/v1/indicators/cases?scope=centre:demo&${RANGE}&indicator=open_overdue_count&part=numerator`,
    );
    expect(open.body.rows.map((r: any) => r.id)).toEqual([days.cases.C7]);
    // The same items at six centres: every row exactly once when paged (ties broken by centre).
    for (let n = 1; n <= 6; n++)
      await createOtherCentre(env(), {
        code: `list-${n}`,
        name: `列表${n}中心`,
        districtCode: '310199',
      });
    await env().ctx.db.execute(
      sql`insert into centre_items (centre_id, item_code) select c.id, i.code from centres c cross join items i
        where c.district_code = '310199' on conflict (centre_id, item_code) do update set handled_in_system = true`,
    );
    const listUrl = `/api/v1/indicators/cases?scope=district:310199&${RANGE}&indicator=in_system_rate&part=numerator&pageSize=7`;
    const listed = await get('city', listUrl);
    const seen = new Set<string>();
    for (let page = 1; page <= Math.ceil(listed.body.rowCount / 7); page++)
      for (const r of (await get('city', `${listUrl}&page=${page}`)).body.rows)
        seen.add(`${r.centre}:${r.id}`);
    expect(listed.body.rowCount).toBe(6 * itemCount);
    expect(seen.size).toBe(listed.body.rowCount);
    expect(
      (
        await get(
          'manager',
          `/api/v1/indicators/cases?scope=centre:peer&${RANGE}&indicator=on_spot_rate&part=numerator`,
        )
      ).status,
    ).toBe(404);
  });

  it("gives the manager's day page the same figures as the indicators", async () => {
    const today = await get('manager', '/api/v1/dashboard/today?date=2026-03-02');
    const monday = [WAITS.T1, WAITS.T2, WAITS.T3, WAITS.T4, WAITS.T6, WAITS.T7, WAITS.T8, WAITS.T9];
    expect(today.body).toMatchObject({
      ticketsIssued: 9,
      noShows: 1,
      accepted: 6,
      finishedOnSpot: 2,
      onSpotRate: 0.3333,
      immediateAvgMinutes: Math.round(((IMMEDIATE.C1 + IMMEDIATE.C3) / 60 / 2) * 10) / 10,
      averageWaitMinutes: Math.round((sum(monday) / 60 / monday.length) * 10) / 10,
      ratings: 5, // 5, 2, 4, 1, 3 on Monday; the annulled 1 is left out
      badRatings: 2,
    });
  });

  it('exports the same figures as CSV with a BOM and as a workbook of number cells, formulas neutralised', async () => {
    await env().ctx.db.execute(sql`update centres set name = '=cmd|calc!A1' where id = ${demoId}`);
    await setSetting(env().ctx.db, demoId, 'indicatorTargets', { complaints_count: -3 });
    const csv = await get('manager', `/api/v1/indicators.csv?scope=centre:demo&${RANGE}`);
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = String(csv.body).slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['范围', '指标编码', '指标名称', '数值']);
    expect(lines).toHaveLength(1 + INDICATOR_CODES.length);
    const onSpot = lines.find((l) => l.includes(',on_spot_rate,'))!.split(',');
    expect(onSpot[0]).toBe("'=cmd|calc!A1");
    expect(onSpot[3]).toBe('0.375');
    const complaints = lines.find((l) => l.includes(',complaints_count,'))!.split(',');
    expect(complaints[6]).toBe('-3');

    const xlsx = await env().app.inject({
      method: 'GET',
      url: `/api/v1/indicators.xlsx?scope=centre:demo&${RANGE}`,
      headers: { cookie: await env().login('manager') },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('指标')!;
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(2).value === code) found = row;
      });
      return found!;
    };
    expect(rowOf('on_spot_rate').getCell(1).value).toBe("'=cmd|calc!A1");
    expect(rowOf('on_spot_rate').getCell(4).value).toBe(0.375);
    expect(rowOf('on_spot_rate').getCell(4).numFmt).toBe('0.0%');
    expect(rowOf('complaints_count').getCell(7).value).toBe(-3);
    expect(rowOf('wait_p90_minutes').getCell(4).value).toBe(41);
    expect(rowOf('wait_avg_minutes').getCell(7).value).toBeNull();
  });

  it('keeps the figures exact while tickets are issued and reports read at the same time', async () => {
    env().clock.set(at('2026-03-11', '09:00:00'));
    const manager = await env().login('manager');
    const city = await env().login('city');
    const day = 'from=2026-03-11&to=2026-03-11';
    const results = await Promise.all([
      ...Array.from({ length: 24 }, (_, i) =>
        env().call('POST', `/api/v1/centres/${i % 3 ? 'demo' : 'peer'}/tickets`, {
          body: { line: 'A' },
        }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        env().call('GET', `/api/v1/indicators?scope=${i % 2 ? 'city' : 'centre:demo'}&${day}`, {
          cookie: i % 2 ? city : manager,
        }),
      ),
    ]);
    expect(results.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    const after = await get('city', `/api/v1/indicators?scope=city&${day}`);
    expect(after.body.indicators.find((i: any) => i.code === 'no_show_rate')).toMatchObject({
      numerator: 0,
      denominator: 24,
    });
    const scope = { centreIds: null, from: '2026-03-11', to: '2026-03-11' };
    expect(await sumFigures(env().ctx.db, scope)).toEqual(
      await plainSumFigures(env().ctx.db, scope),
    );
    const [left] = await queryRows<{ n: string | number }>(
      env().ctx.db,
      sql`select count(*) as n from figure_dirty`,
    );
    expect(Number(left!.n)).toBe(0);
  });

  it('never shows stale figures: a new ticket counts at once', async () => {
    env().clock.set(at('2026-03-12', '09:30:00'));
    expect(
      (await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line: 'A' } })).status,
    ).toBe(201);
    const res = await get('manager', `/api/v1/indicators?scope=centre:demo&${RANGE}`);
    expect(res.body.indicators.find((i: any) => i.code === 'no_show_rate')).toMatchObject({
      numerator: 1,
      denominator: 11 + 16 + 1, // the two weeks, demo's 16 of the 24 issued at once, this one
    });
  });

  it("reads a past period's windows as recorded that day, and today's live", async () => {
    const db = env().ctx.db;
    const windowRate = async (range: string) =>
      (await get('manager', `/api/v1/indicators?scope=centre:demo&${range}`)).body.indicators.find(
        (i: any) => i.code === 'comprehensive_window_rate',
      );
    const recorded = async (day: string) =>
      queryRows<{ acceptance: number; comprehensive: number; source: string }>(
        db,
        sql`select acceptance_windows as acceptance, comprehensive_windows as comprehensive, source
          from centre_snapshots where centre_id = ${demoId} and as_of = ${day}`,
      );
    // Friday 13 March: the job records the morning's windows (1–6 comprehensive, 8 specialised).
    env().clock.set(at('2026-03-13', '09:00:00'));
    expect((await runDeadlineJob(env().ctx)).ran).toBe(true);
    expect(await recorded('2026-03-13')).toEqual([
      { acceptance: 7, comprehensive: 6, source: 'local' },
    ]);
    // Window 1 closes in the afternoon; the next run rewrites the day's row to the day's last state.
    env().clock.set(at('2026-03-13', '16:00:00'));
    await db.execute(
      sql`update windows set is_open = false where centre_id = ${demoId} and number = 1`,
    );
    await runDeadlineJob(env().ctx);
    expect(await recorded('2026-03-13')).toEqual([
      { acceptance: 6, comprehensive: 5, source: 'local' },
    ]);
    // Monday 16 March: windows 1 and 7 open again and 8 is comprehensive: 8 of 8.
    env().clock.set(at('2026-03-16', '09:00:00'));
    await db.execute(
      sql`update windows set is_open = true, kind = 'comprehensive' where centre_id = ${demoId} and number in (1, 7, 8)`,
    );
    expect(await windowRate('from=2026-03-02&to=2026-03-13')).toMatchObject({
      numerator: 5,
      denominator: 6,
    });
    // The weekend has no row of its own: Sunday reads Friday's.
    expect(await windowRate('from=2026-03-09&to=2026-03-15')).toMatchObject({
      numerator: 5,
      denominator: 6,
    });
    expect(await windowRate('from=2026-03-16&to=2026-03-16')).toMatchObject({
      numerator: 8,
      denominator: 8,
    });
    // A period running into the future reads today's; one before any record reads live.
    expect(await windowRate('from=2026-03-02&to=2026-03-20')).toMatchObject({ numerator: 8 });
    expect(await windowRate('from=2026-02-01&to=2026-02-27')).toMatchObject({ numerator: 8 });
    // The district (demo and peer) and its league total read the same recorded rows.
    const past = 'from=2026-03-02&to=2026-03-13';
    const district = await get('district', `/api/v1/indicators?scope=district:310104&${past}`);
    const league = await get('district', `/api/v1/indicators/league?scope=district:310104&${past}`);
    const rate = (cells: any[]) => cells.find((c) => c.code === 'comprehensive_window_rate');
    expect(rate(district.body.indicators)).toMatchObject({ numerator: 6, denominator: 7 });
    expect(rate(league.body.total.indicators).value).toBe(6 / 7);
  });
});

export type { TestEnv };
