import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  workingDaysBetween,
  type WorkCalendar,
} from '../../src/core/calendar/working-days.js';
import { validateIdentity } from '../../src/core/identity/validate.js';
import { FIGURE_KEYS, type FigureSums } from '../../src/core/indicators/figures.js';
import { openDatabase, queryRows } from '../../src/db/connection.js';
import { plainSumFigures, sumFigures } from '../../src/modules/indicators/figures.repository.js';
import {
  foreignKeyViolations,
  historyConsistency,
} from '../../src/modules/simulation/city-history.check.js';
import {
  generateCityHistory,
  type CityHistory,
} from '../../src/modules/simulation/city-history.js';
import { DEMO_CITY_META, seedDemoCity } from '../../src/modules/simulation/demo-city.js';
import { prepareDatabase } from '../../src/server/bootstrap.js';
import { ManualClock } from '../../src/server/clock.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';

// Ten business days in January 2026 (Mon 5 – Fri 16), well before the harness clock (2 March).
const CITY = {
  centres: 3,
  districts: ['310104', '310115'],
  from: '2026-01-05',
  businessDays: 10,
  seed: 11,
};

const count = async (env: TestEnv, query: SQL) =>
  Number((await queryRows<{ n: number | string }>(env.ctx.db, query))[0]!.n);

const add = (a: FigureSums, b: FigureSums) =>
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, a[k] + b[k]])) as FigureSums;

describeOnEachDb('A generated city history', (env) => {
  let history: CityHistory;
  let calendar: WorkCalendar;
  const range = { from: '2026-01-05', to: '2026-01-16' };

  beforeAll(async () => {
    history = await env().ctx.db.transaction((tx) => generateCityHistory(tx, CITY));
    expect(history.triggersSkipped).toBe(false);
    calendar = await env().ctx.calendar.get();
  });

  it('covers the business days asked for, on working days only', async () => {
    expect(history.from).toBe('2026-01-05');
    expect(history.to).toBe('2026-01-16');
    expect(history.businessDays).toBe(10);
    const days = await queryRows<{ d: string }>(
      env().ctx.db,
      sql`select distinct to_char(business_date, 'YYYY-MM-DD') as d from tickets where centre_id = any(${`{${history.centreIds.join(',')}}`}::uuid[]) order by 1`,
    );
    expect(days.map((d) => d.d)).toEqual(
      ['05', '06', '07', '08', '09', '12', '13', '14', '15', '16'].map((d) => `2026-01-${d}`),
    );
    expect(history.plans.map((p) => p.code)).toEqual(['c310104-01', 'c310115-01', 'c310115-02']);
  });

  it('gives the same sums on the fast path and the plain path for the city, a district and each centre', async () => {
    const { db } = env().ctx;
    const city = { centreIds: null, ...range };
    expect(await sumFigures(db, city)).toEqual(await plainSumFigures(db, city));
    const pudong = { centreIds: history.centreIds.slice(1), ...range };
    expect(await sumFigures(db, pudong)).toEqual(await plainSumFigures(db, pudong));
    const perCentre = [];
    for (const id of history.centreIds) {
      const scope = { centreIds: [id], ...range };
      const fast = await sumFigures(db, scope);
      expect(fast).toEqual(await plainSumFigures(db, scope));
      perCentre.push(fast);
    }
    // The demo centre has nothing in January: the city is the three centres added up.
    expect(perCentre.reduce(add)).toEqual(await sumFigures(db, city));
    expect(add(perCentre[1]!, perCentre[2]!)).toEqual(await sumFigures(db, pudong));
  });

  it('adds up: the figures count exactly the rows generated', async () => {
    const sums = await sumFigures(env().ctx.db, { centreIds: null, ...range });
    const rows = history.rows;
    expect(sums.casesAccepted).toBe(rows.cases);
    expect(sums.casesAccepted).toBe(
      await count(
        env(),
        sql`select count(*) as n from cases where accepted_on between '2026-01-05' and '2026-01-16'`,
      ),
    );
    expect(sums.ticketsIssued).toBe(rows.tickets);
    expect(rows.services).toBe(rows.tickets - sums.ticketsNoShow);
    expect(sums.waitCount).toBe(rows.services);
    expect(sums.oneTimeNotices + sums.refusals).toBe(rows.notices);
    const annulled = await count(
      env(),
      sql`select count(*) as n from ratings where annulled_at is not null`,
    );
    expect(sums.ratingsCount).toBe(rows.ratings - annulled);
    expect(sums.complaintsCount).toBe(rows.complaints);
    const cancelled = await count(
      env(),
      sql`select count(*) as n from appointments where status = 'cancelled'`,
    );
    expect(sums.appointmentsDue).toBe(rows.appointments - cancelled);
    // Every bad rating has its follow-up, and an annulled one counts in neither.
    expect(sums.followupsDue).toBe(sums.ratingsBad);
    expect(rows.followups).toBe(
      sums.ratingsBad +
        (await count(
          env(),
          sql`select count(*) as n from ratings where annulled_at is not null and level <= 2`,
        )),
    );
    // Something of every kind happened (the seed is fixed, so this cannot drift).
    for (const key of [
      'casesOnSpot',
      'committedDecided',
      'committedOverdue',
      'ratingsBad',
      'followupsDone',
      'appointmentsShown',
      'complaintsCount',
    ] as const) {
      expect(sums[key], key).toBeGreaterThan(0);
    }
    expect(sums.casesOnSpot / sums.casesAccepted).toBeGreaterThan(0.5);
  });

  it('keeps every foreign key and the relations between rows that no key states', async () => {
    expect(await foreignKeyViolations(env().ctx.db)).toEqual([]);
    expect(await historyConsistency(env().ctx.db, history.centreIds)).toEqual({
      casesOffTheirTicket: 0,
      ratingsOffTheirService: 0,
      malformedTickets: 0,
      countersBehind: 0,
      overdueMismatches: 0,
    });
  });

  it('decides committed cases on the working-day calendar: deadline, handling days and overdue days agree', async () => {
    const rows = await queryRows<{
      acceptedOn: string;
      deadline: string;
      promised: number;
      pausedDays: number;
      decidedOn: string | null;
      handling: number | null;
      overdue: number | null;
      pauses: { s: string; e: string | null }[];
    }>(
      env().ctx.db,
      sql`select to_char(c.accepted_on, 'YYYY-MM-DD') as "acceptedOn", to_char(c.deadline, 'YYYY-MM-DD') as deadline,
            c.promised_days as promised, c.paused_days as "pausedDays", to_char(c.decided_on, 'YYYY-MM-DD') as "decidedOn",
            c.handling_days as handling, c.overdue_days as overdue,
            coalesce((select json_agg(json_build_object('s', to_char(p.started_on, 'YYYY-MM-DD'), 'e', to_char(p.ended_on, 'YYYY-MM-DD'))) from case_pauses p where p.case_id = c.id), '[]') as pauses
          from cases c where c.kind = 'committed' and c.centre_id = any(${`{${history.centreIds.join(',')}}`}::uuid[])`,
    );
    expect(rows.filter((r) => r.decidedOn).length).toBeGreaterThan(50);
    for (const r of rows) {
      const paused = r.pauses.reduce(
        (n, p) => n + workingDaysBetween(calendar, p.s, p.e ?? history.to),
        0,
      );
      expect(r.pausedDays).toBe(paused);
      expect(r.deadline).toBe(addWorkingDays(calendar, r.acceptedOn, r.promised + paused).deadline);
      if (!r.decidedOn) continue;
      expect(calendar.isWorkday(r.decidedOn)).toBe(true);
      expect(r.decidedOn <= history.to).toBe(true);
      expect(r.handling).toBe(workingDaysBetween(calendar, r.acceptedOn, r.decidedOn) - paused);
      expect(r.overdue).toBe(Math.max(0, workingDaysBetween(calendar, r.deadline, r.decidedOn)));
    }
  });

  it('files applicants with valid resident IDs, and cases and bookings carry their tails', async () => {
    const ids = await queryRows<{ id: string; tail: string | null }>(
      env().ctx.db,
      sql`select a.id_number as id, (select c.id_tail from cases c where c.applicant_id = a.id limit 1) as tail
          from applicants a where a.centre_id = any(${`{${history.centreIds.join(',')}}`}::uuid[])`,
    );
    expect(ids.length).toBe(history.rows.applicants);
    for (const { id, tail } of ids) {
      expect(validateIdentity('resident_id', id, '2026-01-05').valid, id).toBe(true);
      if (tail) expect(tail).toBe(id.slice(-4));
    }
    expect(new Set(ids.map((i) => i.id)).size).toBe(ids.length);
  });

  it('answers a city supervisor over HTTP with the same figures', async () => {
    const cookie = await env().login('city');
    const res = await env().call(
      'GET',
      `/api/v1/indicators?scope=city&from=${range.from}&to=${range.to}`,
      { cookie },
    );
    expect(res.status).toBe(200);
    const sums = await plainSumFigures(env().ctx.db, { centreIds: null, ...range });
    const onSpot = res.body.indicators.find((i: { code: string }) => i.code === 'on_spot_rate');
    expect([onSpot.numerator, onSpot.denominator]).toEqual([sums.casesOnSpot, sums.casesAccepted]);
    const district = await env().call(
      'GET',
      `/api/v1/indicators?scope=district:310115&from=${range.from}&to=${range.to}`,
      { cookie },
    );
    expect(district.status).toBe(200);
    const pudong = await plainSumFigures(env().ctx.db, {
      centreIds: history.centreIds.slice(1),
      ...range,
    });
    const days = district.body.indicators.find(
      (i: { code: string }) => i.code === 'committed_avg_days',
    );
    expect([days.numerator, days.denominator]).toEqual([
      pudong.committedDaysSum,
      pudong.committedDecided,
    ]);
  });
});

describe('A generated city history on PGlite', () => {
  it('is the same for the same seed: every id and number', async () => {
    const fingerprints: string[] = [];
    for (let run = 0; run < 2; run++) {
      const database = await openDatabase({});
      const clock = new ManualClock('2026-03-02T01:00:00Z');
      await prepareDatabase(database, { demo: false, clock });
      await database.db.transaction((tx) => generateCityHistory(tx, { ...CITY, businessDays: 3 }));
      const [row] = await queryRows<{ f: string }>(
        database.db,
        sql`select md5(string_agg(id::text || number || status || coalesce(handling_days, -1), ',' order by id)) as f from cases`,
      );
      fingerprints.push(row!.f);
      await database.close();
    }
    expect(fingerprints[0]).toBe(fingerprints[1]);
  });
});

describeOnEachDb('The demo city', (env) => {
  it('adds eleven centres in four districts with history up to the day before, once', async () => {
    const { ctx, clock } = env();
    const started = performance.now();
    const history = await ctx.db.transaction((tx) =>
      seedDemoCity(tx, { now: clock.now(), password: 'yimen-demo' }),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(history).not.toBeNull();
    expect(history!.plans.length).toBe(11);
    expect(history!.plans.filter((p) => p.districtCode === '310104').map((p) => p.name)[0]).toBe(
      '天平路街道社区事务受理服务中心',
    );
    expect(new Set(history!.plans.map((p) => p.districtCode))).toEqual(
      new Set(['310104', '310105', '310106', '310115']),
    );
    expect(history!.to).toBe('2026-02-28'); // a makeup Saturday, the last working day before Monday 2 March
    expect(history!.businessDays).toBe(60);
    expect(seconds).toBeLessThan(30);
    // Loaded with the triggers skipped: the keys are asked of the rows themselves.
    expect(history!.triggersSkipped).toBe(true);
    expect(await foreignKeyViolations(ctx.db)).toEqual([]);
    expect(
      await ctx.db.transaction((tx) =>
        seedDemoCity(tx, { now: clock.now(), password: 'yimen-demo' }),
      ),
    ).toBeNull();
    expect(
      await count(env(), sql`select count(*) as n from meta where key = ${DEMO_CITY_META}`),
    ).toBe(1);
    // The district supervisor of 徐汇区 now compares the demo centre with four more.
    const cookie = await env().login('district');
    const res = await env().call(
      'GET',
      '/api/v1/indicators?scope=district:310104&from=2026-02-02&to=2026-02-27',
      { cookie },
    );
    expect(res.status).toBe(200);
    const accepted = res.body.indicators.find(
      (i: { code: string }) => i.code === 'on_spot_rate',
    ).denominator;
    expect(accepted).toBe(
      await count(
        env(),
        sql`select count(*) as n from cases c join centres x on x.id = c.centre_id
      where x.district_code = '310104' and c.accepted_on between '2026-02-02' and '2026-02-27'`,
      ),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
