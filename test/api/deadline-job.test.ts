/**
 * The deadline job: it keeps every open case's deadline and warning current, writes each centre's
 * daily digest once, and takes an advisory lock so that of several processes one does the work.
 *
 * Cases (2026): V 离退休提取公积金 (GJ-005, 3 days) accepted Thu 26 Feb → due Mon 2 March;
 * accepted Mon 2 March: W GJ-004 (3 days → Thu 5 March), X 医疗救助 MZ-009 (10 days → 16 March,
 * amber 6 days ahead at this centre), Y 失业保险金 RS-008 (5 days → Mon 9 March), and Z 就业困难
 *人员认定 RS-009 (5 days, paused for a supplement from Tue 3 March on).
 */
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { cases, centreItems, centres, deadlineDigests, jobRuns } from '../../src/db/schema.js';
import {
  DEADLINE_JOB_LOCK,
  runDeadlineJob,
  startDeadlineJob,
} from '../../src/modules/deadlines/deadline-job.js';
import { acceptCommittedCase } from '../support/factories.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';

const at = (env: TestEnv, date: string) => env.clock.set(`${date}T01:00:00Z`);

async function stored(env: TestEnv, id: string) {
  const [row] = await env.ctx.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}

async function jobRun(env: TestEnv, day: string) {
  const rows = await env.ctx.db
    .select()
    .from(jobRuns)
    .where(and(eq(jobRuns.job, 'deadlines'), eq(jobRuns.key, day)));
  return rows;
}

async function centreCount(env: TestEnv) {
  return (await env.ctx.db.select({ id: centres.id }).from(centres)).length;
}

describeOnEachDb(
  'the deadline job',
  (env) => {
    const id: Record<'V' | 'W' | 'X' | 'Y' | 'Z', string> = { V: '', W: '', X: '', Y: '', Z: '' };

    it('recomputes every open case from its history and keeps the warning and its start day', async () => {
      id.V = (await acceptCommittedCase(env(), 'GJ-005')).id;
      at(env(), '2026-03-02');
      id.W = (await acceptCommittedCase(env(), 'GJ-004')).id;
      id.X = (await acceptCommittedCase(env(), 'MZ-009')).id;
      id.Y = (await acceptCommittedCase(env(), 'RS-008')).id;
      id.Z = (await acceptCommittedCase(env(), 'RS-009')).id;
      const demo = await stored(env(), id.X);
      await env()
        .ctx.db.update(centreItems)
        .set({ amberDays: 6 })
        .where(and(eq(centreItems.centreId, demo.centreId), eq(centreItems.itemCode, 'MZ-009')));
      at(env(), '2026-03-03');
      await env().call('POST', `/api/v1/cases/${id.Z}/supplement-request`, {
        cookie: await env().login('officer-hrss'),
        body: { missing: ['劳动合同'] },
      });

      at(env(), '2026-03-05'); // Thursday
      const first = await runDeadlineJob(env().ctx);
      // V turns red, W and Y amber, Z's running pause moved its deadline; X (7 left, amber at 6) is unchanged.
      expect(first).toEqual({
        ran: true,
        day: '2026-03-05',
        cases: 5,
        updated: 4,
        digests: await centreCount(env()),
      });
      expect(await stored(env(), id.V)).toMatchObject({
        deadline: '2026-03-02',
        warning: 'red',
        warningSince: '2026-03-05',
      });
      expect(await stored(env(), id.W)).toMatchObject({
        deadline: '2026-03-05',
        warning: 'amber',
        warningSince: '2026-03-05',
      });
      expect(await stored(env(), id.Y)).toMatchObject({
        deadline: '2026-03-09',
        warning: 'amber',
        warningSince: '2026-03-05',
      });
      // Paused (3 Mar, 5 Mar] = 2 working days: 5 + 2 = 7 working days from 2 March → Wed 11 March.
      expect(await stored(env(), id.Z)).toMatchObject({
        deadline: '2026-03-11',
        pausedDays: 2,
        warning: 'none',
        warningSince: null,
      });
      expect(await stored(env(), id.X)).toMatchObject({ deadline: '2026-03-16', warning: 'none' });

      const second = await runDeadlineJob(env().ctx);
      expect(second).toEqual({ ran: true, day: '2026-03-05', cases: 5, updated: 0, digests: 0 });
      const [run] = await jobRun(env(), '2026-03-05');
      expect(run!.result).toEqual({
        runs: 2,
        updated: 4,
        digests: await centreCount(env()),
        cases: 5,
      });
    });

    it("writes each centre's digest of what turns amber or red on the next working day", async () => {
      const manager = await env().login('manager');
      const digest = await env().call('GET', '/api/v1/deadlines/digest?date=2026-03-05', {
        cookie: manager,
      });
      expect(digest.status).toBe(200);
      expect(digest.body).toMatchObject({ day: '2026-03-05', nextWorkingDay: '2026-03-06' });
      expect(digest.body.turningAmber).toEqual([
        expect.objectContaining({
          caseId: id.X,
          workingDaysLeft: 7,
          workingDaysLeftNext: 6,
          department: 'civil',
        }),
      ]);
      expect(digest.body.turningRed).toEqual([
        expect.objectContaining({ caseId: id.W, workingDaysLeft: 0, workingDaysLeftNext: -1 }),
      ]);
      // Mon 2 March → Thu 5 March: 3 working days overdue.
      expect(digest.body.red).toEqual([
        expect.objectContaining({ caseId: id.V, workingDaysLeft: -3, deadline: '2026-03-02' }),
      ]);
      const head = await env().call('GET', '/api/v1/deadlines/digest?date=2026-03-05', {
        cookie: await env().login('officer-civil'),
      });
      expect(head.body).toMatchObject({ turningRed: [], red: [] });
      expect(head.body.turningAmber.map((e: any) => e.caseId)).toEqual([id.X]);
      const officer = await env().call('GET', '/api/v1/deadlines/digest?date=2026-03-05', {
        cookie: await env().login('officer-hrss'),
      });
      expect(officer).toMatchObject({
        status: 403,
        body: { error: { code: 'deadline.digest_forbidden' } },
      });
      const missing = await env().call('GET', '/api/v1/deadlines/digest?date=2026-03-04', {
        cookie: manager,
      });
      expect(missing).toMatchObject({ status: 404, body: { error: { code: 'digest.not_found' } } });
      const bad = await env().call('GET', '/api/v1/deadlines/digest?date=2026-02-30', {
        cookie: manager,
      });
      expect(bad.status).toBe(400);
    });

    it('moves on with the date: amber turns red, and the warning keeps the day it began', async () => {
      at(env(), '2026-03-06');
      const run = await runDeadlineJob(env().ctx);
      expect(run).toMatchObject({ ran: true, updated: 3 });
      expect(await stored(env(), id.W)).toMatchObject({
        warning: 'red',
        warningSince: '2026-03-06',
      });
      expect(await stored(env(), id.V)).toMatchObject({
        warning: 'red',
        warningSince: '2026-03-05',
      });
      expect(await stored(env(), id.X)).toMatchObject({
        warning: 'amber',
        warningSince: '2026-03-06',
      });
      expect(await stored(env(), id.Y)).toMatchObject({
        warning: 'amber',
        warningSince: '2026-03-05',
      });
      expect(await stored(env(), id.Z)).toMatchObject({ deadline: '2026-03-12', pausedDays: 3 });
    });

    it("does one run's work when two processes run it at the same moment", async () => {
      at(env(), '2026-03-09');
      const runs = await Promise.all([runDeadlineJob(env().ctx), runDeadlineJob(env().ctx)]);
      const ran = runs.filter((r) => r.ran).length;
      expect(ran).toBeGreaterThanOrEqual(1);
      // Only Z changes on Mon 9 March (its pause moved the deadline to Fri 13 March).
      expect(runs.reduce((sum, r) => sum + r.updated, 0)).toBe(1);
      expect(runs.reduce((sum, r) => sum + r.digests, 0)).toBe(await centreCount(env()));
      const rows = await jobRun(env(), '2026-03-09');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.result).toMatchObject({ runs: ran, updated: 1 });
      const digests = await env()
        .ctx.db.select()
        .from(deadlineDigests)
        .where(eq(deadlineDigests.day, '2026-03-09'));
      expect(digests).toHaveLength(await centreCount(env()));
      expect(await stored(env(), id.Z)).toMatchObject({ deadline: '2026-03-13', pausedDays: 4 });
    });

    it('skips, writing nothing, while another process holds the lock', async () => {
      // Only a server runs two transactions at once; PGlite runs one at a time.
      if (env().target !== 'postgres') return;
      at(env(), '2026-03-10');
      await env().ctx.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${DEADLINE_JOB_LOCK})`);
        const skipped = await runDeadlineJob(env().ctx);
        expect(skipped).toEqual({
          ran: false,
          day: '2026-03-10',
          cases: 0,
          updated: 0,
          digests: 0,
        });
      });
      expect(await jobRun(env(), '2026-03-10')).toEqual([]);
      expect(
        await env()
          .ctx.db.select()
          .from(deadlineDigests)
          .where(eq(deadlineDigests.day, '2026-03-10')),
      ).toEqual([]);
      expect((await runDeadlineJob(env().ctx)).ran).toBe(true);
    });

    it('runs on a timer in the server and stops when told to', async () => {
      at(env(), '2026-03-11');
      const stop = startDeadlineJob(env().ctx, { firstRunMs: 0, intervalMs: 40 });
      let rows = await jobRun(env(), '2026-03-11');
      for (let i = 0; i < 100 && !(rows[0] && Number(rows[0].result.runs) >= 2); i++) {
        await new Promise((r) => setTimeout(r, 50));
        rows = await jobRun(env(), '2026-03-11');
      }
      stop();
      await new Promise((r) => setTimeout(r, 200)); // a run already under way may finish
      const after = Number((await jobRun(env(), '2026-03-11'))[0]!.result.runs);
      expect(after).toBeGreaterThanOrEqual(2);
      await new Promise((r) => setTimeout(r, 300));
      expect(Number((await jobRun(env(), '2026-03-11'))[0]!.result.runs)).toBe(after);
    });
  },
  { start: '2026-02-26T01:00:00Z' },
);
