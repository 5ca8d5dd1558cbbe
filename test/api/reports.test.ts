import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countRows,
  deriveBatchId,
  FIGURES_HEADER,
  sha256Hex,
  type Batch,
} from '../../src/core/reports/exchange-format.js';
import { APPLICANT, VALID_ID } from '../support/factories.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import { buildIndicatorDays, type IndicatorDays } from '../support/indicator-days.js';

const MARCH = 'from=2026-03-01&to=2026-03-31';

/** Recomputes the manifest's row counts and checksums after a test changed a file on purpose. */
function reseal(batch: Batch): Batch {
  for (const f of batch.manifest.files) {
    f.rows = countRows(f.name, batch.files[f.name]!);
    f.sha256 = sha256Hex(batch.files[f.name]!);
  }
  return batch;
}

/** The same batch as if another centre had sent it (its own code, name and batch id). */
function asCentre(
  batch: Batch,
  centre: Partial<Batch['manifest']['centre']> & { code: string },
): Batch {
  const copy = structuredClone(batch);
  copy.manifest.centre = { ...copy.manifest.centre, name: `${centre.code}中心`, ...centre };
  const { from, to } = copy.manifest.period;
  copy.manifest.batchId = deriveBatchId(centre.code, from, to);
  return copy;
}

/** figures.csv as objects keyed by its header, one per day. */
function figureRows(batch: Batch): Record<string, string | number>[] {
  const [header, ...lines] = batch.files['figures.csv']!.trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((v, i) => [names[i]!, i === 0 ? v : Number(v)])),
  );
}

/** Sets a figure column to `value` on every day, as a centre with other numbers would send. */
function withColumn(batch: Batch, column: string, value: number): Batch {
  const [header, ...lines] = batch.files['figures.csv']!.trimEnd().split('\n');
  const at = header!.split(',').indexOf(column);
  const changed = lines.map((line) => {
    const fields = line.split(',');
    fields[at] = String(value);
    return fields.join(',');
  });
  batch.files['figures.csv'] = [header, ...changed].join('\n') + '\n';
  return reseal(batch);
}

/** Rewrites each line of cases.jsonl, as a centre with other open cases would send them. */
function withCaseLines(batch: Batch, change: (line: any) => any): Batch {
  const lines = batch.files['cases.jsonl']!.trimEnd().split('\n');
  batch.files['cases.jsonl'] =
    lines.map((l) => JSON.stringify(change(JSON.parse(l)))).join('\n') + '\n';
  return reseal(batch);
}

/** Every case line of a batch no longer overdue. */
const noneOverdue = (batch: Batch) =>
  withCaseLines(batch, (l) => (l.type === 'case' ? { ...l, isOverdue: false } : l));

async function centreCount(env: TestEnv, code: string): Promise<number> {
  const res = await env.ctx.db.execute(
    sql`select count(*)::int as n from centres where code = ${code}`,
  );
  return (res as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

const valuesByCode = (indicators: { code: string; value: number | null }[]) =>
  Object.fromEntries(indicators.map((i) => [i.code, i.value]));

describeOnEachDb('report upload (数据上传)', (env) => {
  let days: IndicatorDays;
  let batch: Batch;

  beforeAll(async () => {
    days = await buildIndicatorDays(env());
  });

  const importAs = async (user: string, body: Batch) =>
    env().call('POST', '/api/v1/reports/import', { cookie: await env().login(user), body });

  describe('GET /reports/batch', () => {
    it('exports a month as files whose rows and checksums the manifest vouches for', async () => {
      const res = await env().call('GET', `/api/v1/reports/batch?${MARCH}`, {
        cookie: await env().login('manager'),
      });
      expect(res.status).toBe(200);
      batch = res.body;
      const { manifest, files } = batch;
      expect(manifest).toMatchObject({
        formatVersion: 'yimen-report/1',
        batchId: deriveBatchId('demo', '2026-03-01', '2026-03-31'),
        centre: {
          code: 'demo',
          name: '示范街道社区事务受理服务中心',
          districtCode: '310104',
          districtName: '徐汇区',
        },
        period: { from: '2026-03-01', to: '2026-03-31' },
      });
      expect(manifest.files.map((f) => f.name)).toEqual([
        'figures.csv',
        'waits.csv',
        'snapshot.json',
        'cases.jsonl',
      ]);
      for (const f of manifest.files) {
        expect(f.sha256).toBe(sha256Hex(files[f.name]!));
        expect(f.rows).toBe(countRows(f.name, files[f.name]!));
      }
      // A machine format: no byte-order mark, LF line ends, one row for each of the 31 days.
      expect(files['figures.csv']!.charCodeAt(0)).not.toBe(0xfeff);
      expect(files['figures.csv']).not.toContain('\r');
      expect(files['figures.csv']!.split('\n')[0]).toBe(FIGURES_HEADER.join(','));
      expect(manifest.files[0]!.rows).toBe(31);
    });

    it('carries the day figures of the raw rows, counted by hand', () => {
      const monday = figureRows(batch).find((r) => r.day === '2026-03-02')!;
      // Nine tickets on Monday, one a no-show; the eight waits of the helper's table.
      expect(monday).toMatchObject({
        tickets_issued: 9,
        tickets_no_show: 1,
        wait_count: 8,
        wait_seconds_sum: 300 + 930 + 1200 + 125 + 2460 + 60 + 59 + 610,
        cases_accepted: 6,
        cases_on_spot: 2,
        immediate_count: 2,
        immediate_seconds_sum: 480 + 900,
        one_time_notices: 1,
        refusals: 1,
        ratings_count: 5,
        ratings_good: 2,
        ratings_bad: 2,
        followups_due: 2,
        followups_done: 2,
        followups_on_time: 1,
        complaints_count: 1,
        complaints_answered: 1,
        complaints_answer_days_sum: 2,
      });
      const tuesday = figureRows(batch).find((r) => r.day === '2026-03-03')!;
      expect(tuesday).toMatchObject({
        appointments_due: 2,
        appointments_shown: 1,
        cases_accepted: 2,
      });
      const nextFriday = figureRows(batch).find((r) => r.day === '2026-03-06')!;
      expect(nextFriday).toMatchObject({ committed_decided: 1, committed_on_time: 1 });
      // Waits in whole minutes: Monday's eight all differ, Tuesday's two are 30 and 59 minutes.
      const waits = batch.files['waits.csv']!.trimEnd().split('\n');
      expect(waits[0]).toBe('day,minute,count');
      expect(
        waits
          .slice(1)
          .filter((l) => l.startsWith('2026-03-02,'))
          .map((l) => Number(l.split(',')[1])),
      ).toEqual([0, 1, 2, 5, 10, 15, 20, 41]);
      expect(waits.slice(1).filter((l) => l.startsWith('2026-03-03,'))).toEqual([
        '2026-03-03,30,1',
        '2026-03-03,59,1',
      ]);
      expect(JSON.parse(batch.files['snapshot.json']!)).toMatchObject({
        asOf: '2026-03-31',
        acceptanceWindows: 8,
        comprehensiveWindows: 8,
        frontClerks: 9,
        allRoundClerks: 5,
      });
    });

    it('lists open and late committed cases and bad ratings, with no personal data', async () => {
      const lines = batch.files['cases.jsonl']!.trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      const number = async (id: string) =>
        (
          (await env().ctx.db.execute(
            sql`select number from cases where id = ${id}`,
          )) as unknown as { rows: { number: string }[] }
        ).rows[0]!.number;
      const byNumber = new Map(lines.filter((l) => l.type === 'case').map((l) => [l.number, l]));
      expect(byNumber.size).toBe(3);
      // C7 (deadline Thu 5 March) is still open on Monday 9 March: two working days over.
      expect(byNumber.get(await number(days.cases.C7))).toMatchObject({
        state: 'open',
        isOverdue: true,
        overdueDays: 2,
        pausedAtEnd: false,
        applicant: '张*明',
      });
      // C8 waits for a supplement: its clock stands still, so it is not overdue.
      expect(byNumber.get(await number(days.cases.C8))).toMatchObject({
        state: 'open',
        isOverdue: false,
        pausedAtEnd: true,
      });
      expect(byNumber.get(await number(days.cases.C5))).toMatchObject({
        state: 'decided_late',
        decidedOn: '2026-03-09',
        overdueDays: 2,
      });
      const bad = lines.filter((l) => l.type === 'bad_rating');
      expect(bad.map((b) => [b.createdOn, b.level, b.followup.status])).toEqual([
        ['2026-03-02', 2, 'closed'],
        ['2026-03-02', 1, 'contacted'],
        ['2026-03-03', 2, 'open'],
      ]);
      const everything = Object.values(batch.files).join('\n');
      for (const secret of [VALID_ID, APPLICANT.phone, APPLICANT.name, '13900000000'])
        expect(everything).not.toContain(secret);
    });

    it('gives the same batch id and the same files when the period is exported again', async () => {
      const again = await env().call('GET', `/api/v1/reports/batch?${MARCH}`, {
        cookie: await env().login('manager'),
      });
      expect(again.body.manifest.batchId).toBe(batch.manifest.batchId);
      expect(again.body.manifest.files).toEqual(batch.manifest.files);
    });

    it('is for the centre manager only, and a period is at most 366 days', async () => {
      for (const user of ['clerk', 'district']) {
        const res = await env().call('GET', `/api/v1/reports/batch?${MARCH}`, {
          cookie: await env().login(user),
        });
        expect(res.status).toBe(403);
      }
      const long = await env().call('GET', '/api/v1/reports/batch?from=2026-01-01&to=2027-01-02', {
        cookie: await env().login('manager'),
      });
      expect(long.status).toBe(400);
      expect(long.body.error.code).toBe('report.period_too_long');
    });
  });

  describe('POST /reports/import', () => {
    it('imports a batch so that the centre has the same indicators as the centre that sent it', async () => {
      const res = await importAs(
        'district',
        asCentre(batch, { code: 'demo-copy', name: '复制街道社区事务受理服务中心' }),
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'imported',
        days: 31,
        waits: 10,
        cases: 6,
        centre: { code: 'demo-copy', districtCode: '310104' },
      });
      const district = await env().login('district');
      const source = await env().call('GET', `/api/v1/indicators?scope=centre:demo&${MARCH}`, {
        cookie: district,
      });
      const copy = await env().call('GET', `/api/v1/indicators?scope=centre:demo-copy&${MARCH}`, {
        cookie: district,
      });
      expect(copy.status).toBe(200);
      const expected = valuesByCode(source.body.indicators);
      expect(valuesByCode(copy.body.indicators)).toEqual(expected);
      expect(expected.on_spot_rate).toBe(3 / 8);
      expect(expected.comprehensive_window_rate).toBe(1);
      // 在办超期件数: C7 at the centre; at the office, the open overdue line of the batch.
      expect(expected.open_overdue_count).toBe(1);
      const drill = await env().call(
        'GET',
        `/api/v1/indicators/cases?scope=centre:demo-copy&${MARCH}&indicator=open_overdue_count&part=numerator`,
        { cookie: district },
      );
      expect(drill.status).toBe(200);
      const c7 = batch.files['cases.jsonl']!.split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .find((l) => l.state === 'open' && l.isOverdue)!;
      expect(drill.body).toMatchObject({ rowCount: 1, total: 1 });
      expect(drill.body.rows).toEqual([
        expect.objectContaining({
          kind: 'case',
          record: c7.number,
          day: '2026-03-05',
          centre: 'demo-copy',
          person: '张*明',
          detail: 'uploaded',
        }),
      ]);
      // No batch covers February.
      const february = await env().call(
        'GET',
        '/api/v1/indicators?scope=centre:demo-copy&from=2026-02-01&to=2026-02-28',
        { cookie: district },
      );
      expect(valuesByCode(february.body.indicators).open_overdue_count).toBe(0);
    });

    it('changes nothing when the same batch comes a second time', async () => {
      const copy = asCentre(batch, { code: 'demo-copy', name: '复制街道社区事务受理服务中心' });
      const importedAt = async () =>
        (
          (await env().ctx.db.execute(
            sql`select imported_at from report_batches where batch_id = ${copy.manifest.batchId}`,
          )) as unknown as { rows: unknown[] }
        ).rows;
      const before = await importedAt();
      env().clock.advanceMinutes(5);
      const res = await importAs('district', copy);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('already_imported');
      expect(res.body.message).toContain('已导入过');
      expect(await importedAt()).toEqual(before);
      expect(before).toHaveLength(1);
    });

    it('replaces the period when a corrected batch of the same centre and period comes', async () => {
      const corrected = withColumn(
        asCentre(batch, { code: 'demo-copy', name: '复制街道社区事务受理服务中心' }),
        'complaints_count',
        1,
      );
      const res = await importAs('district', corrected);
      expect(res.body.status).toBe('replaced');
      const district = await env().login('district');
      const copy = await env().call('GET', `/api/v1/indicators?scope=centre:demo-copy&${MARCH}`, {
        cookie: district,
      });
      expect(valuesByCode(copy.body.indicators).complaints_count).toBe(31);
      const back = await importAs(
        'district',
        asCentre(batch, { code: 'demo-copy', name: '复制街道社区事务受理服务中心' }),
      );
      expect(back.body.status).toBe('replaced');
    });

    it.each([
      [
        'a changed file',
        (b: Batch) =>
          void (b.files['figures.csv'] = b.files['figures.csv']!.replace(
            '2026-03-02,9,',
            '2026-03-02,90,',
          )),
        'report.checksum',
      ],
      [
        'a wrong row count',
        (b: Batch) => void (b.manifest.files[1]!.rows += 1),
        'report.row_count',
      ],
      [
        'another format version',
        (b: Batch) => void (b.manifest.formatVersion = 'yimen-report/2'),
        'report.format_version',
      ],
      [
        'a period longer than 366 days',
        (b: Batch) => void (b.manifest.period.from = '2025-03-01'),
        'report.period_too_long',
      ],
      [
        'a wrong CSV header',
        (b: Batch) =>
          void reseal(
            Object.assign(b, {
              files: {
                ...b.files,
                'figures.csv': b.files['figures.csv']!.replace('tickets_issued', 'tickets'),
              },
            }),
          ),
        'report.csv_header',
      ],
      [
        'a value that is not a whole number',
        (b: Batch) =>
          void reseal(
            Object.assign(b, {
              files: {
                ...b.files,
                'figures.csv': b.files['figures.csv']!.replace('2026-03-02,9,', '2026-03-02,9.5,'),
              },
            }),
          ),
        'report.csv_value',
      ],
      [
        'waits that do not add up to wait_count',
        (b: Batch) =>
          void reseal(
            Object.assign(b, {
              files: {
                ...b.files,
                'waits.csv': b.files['waits.csv']!.replace('2026-03-03,30,1', '2026-03-03,30,2'),
              },
            }),
          ),
        'report.waits_mismatch',
      ],
      [
        'a count larger than a database integer',
        (b: Batch) =>
          void reseal(
            Object.assign(b, {
              files: {
                ...b.files,
                'figures.csv': b.files['figures.csv']!.replace(
                  '2026-03-02,9,',
                  '2026-03-02,2147483648,',
                ),
              },
            }),
          ),
        'report.csv_value',
      ],
      [
        'more no-shows than tickets',
        (b: Batch) =>
          void reseal(
            Object.assign(b, {
              files: {
                ...b.files,
                'figures.csv': b.files['figures.csv']!.replace(
                  '2026-03-02,9,1,',
                  '2026-03-02,9,10,',
                ),
              },
            }),
          ),
        'report.figures_inconsistent',
      ],
      [
        'a case line holding half a surrogate pair',
        (b: Batch) =>
          void reseal(
            Object.assign(b, {
              files: {
                ...b.files,
                'cases.jsonl': b.files['cases.jsonl']!.replace(
                  '"applicant":"',
                  '"applicant":"\\ud800',
                ),
              },
            }),
          ),
        'report.cases_invalid',
      ],
    ])('refuses %s with a reason and writes nothing', async (_, spoil, code) => {
      const spoilt = asCentre(batch, { code: 'demo-spoilt' });
      spoil(spoilt);
      const res = await importAs('city', spoilt);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await centreCount(env(), 'demo-spoilt')).toBe(0);
    });

    it('takes batches larger than the usual 1 MB request limit', async () => {
      const big = asCentre(batch, { code: 'demo-big' });
      const line = JSON.stringify({ type: 'bad_rating', comment: '排队太久'.repeat(50) }) + '\n';
      big.files['cases.jsonl'] = line.repeat(3000);
      const res = await importAs('city', big);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('report.row_count');
    });

    it('imports a batch sent twice at the same moment once', async () => {
      const race = asCentre(batch, {
        code: 'putuo-race',
        districtCode: '310107',
        districtName: '普陀区',
      });
      const cookie = await env().login('city');
      const answers = await Promise.all(
        [1, 2].map(() => env().call('POST', '/api/v1/reports/import', { cookie, body: race })),
      );
      expect(answers.map((a) => a.body.status).sort()).toEqual(['already_imported', 'imported']);
      expect(await centreCount(env(), 'putuo-race')).toBe(1);
    });

    it('never overwrites a centre that lives in this database', async () => {
      const res = await importAs('city', batch);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('report.centre_is_local');
      expect(res.body.error.message).toContain('示范街道社区事务受理服务中心');
    });

    it('lets a district import only its own centres; the city imports any', async () => {
      const jingan = asCentre(batch, {
        code: 'jingan-x',
        districtCode: '310106',
        districtName: '静安区',
      });
      const refused = await importAs('district', jingan);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('report.other_district');
      expect(await centreCount(env(), 'jingan-x')).toBe(0);
      expect((await importAs('manager', jingan)).status).toBe(403);
      const city = await importAs('city', jingan);
      expect(city.status).toBe(200);
      expect(city.body.status).toBe('imported');
    });
  });

  describe('GET /indicators/league', () => {
    beforeAll(async () => {
      // A third centre of the district that finished nothing on the spot (so timed nothing
      // either: a part never exceeds its whole); its name is a formula.
      const none = asCentre(batch, { code: 'demo-none', name: '=1+1街道中心' });
      for (const column of ['cases_on_spot', 'immediate_count', 'immediate_seconds_sum'])
        withColumn(none, column, 0);
      const other = noneOverdue(none);
      expect((await importAs('district', other)).status).toBe(200);
    });

    it('ranks the district’s centres and totals them as the district’s own indicators', async () => {
      const district = await env().login('district');
      const res = await env().call(
        'GET',
        `/api/v1/indicators/league?scope=district:310104&${MARCH}`,
        { cookie: district },
      );
      expect(res.status).toBe(200);
      expect(res.body.sort).toBe('on_spot_rate');
      const onSpot = (cells: { code: string; value: number | null }[]) =>
        cells.find((c) => c.code === 'on_spot_rate')!.value;
      expect(
        res.body.rows.map((r: any) => [
          r.rank,
          r.centre.code,
          r.centre.source,
          onSpot(r.indicators),
        ]),
      ).toEqual([
        [1, 'demo', 'local', 3 / 8],
        [1, 'demo-copy', 'upload', 3 / 8],
        [3, 'demo-none', 'upload', 0],
      ]);
      const met = res.body.rows[0].indicators.find((c: any) => c.code === 'on_spot_rate');
      expect(met).toMatchObject({ target: 0.6, met: false });
      const scope = await env().call('GET', `/api/v1/indicators?scope=district:310104&${MARCH}`, {
        cookie: district,
      });
      expect(valuesByCode(res.body.total.indicators)).toEqual(valuesByCode(scope.body.indicators));
      expect(res.body.total).toMatchObject({ centres: 3 });
      expect(valuesByCode(res.body.total.indicators).on_spot_rate).toBe((3 + 3 + 0) / (8 + 8 + 8));
    });

    it('ranks by another indicator on request, lowest first where lower is better', async () => {
      const res = await env().call(
        'GET',
        `/api/v1/indicators/league?scope=city&${MARCH}&sort=open_overdue_count`,
        { cookie: await env().login('city') },
      );
      expect(res.status).toBe(200);
      // C7 is open and overdue at demo and in every batch but demo-none's.
      expect(
        res.body.rows.map((r: any) => [
          r.rank,
          r.centre.code,
          r.indicators.find((c: any) => c.code === 'open_overdue_count').value,
        ]),
      ).toEqual([
        [1, 'demo-none', 0],
        [2, 'demo', 1],
        [2, 'demo-copy', 1],
        [2, 'jingan-x', 1],
        [2, 'putuo-race', 1],
      ]);
      const total = res.body.total.indicators.find((c: any) => c.code === 'open_overdue_count');
      expect(total.value).toBe(4);
    });

    it('is refused to a centre manager and to a district asking for the city', async () => {
      const manager = await env().call(
        'GET',
        `/api/v1/indicators/league?scope=district:310104&${MARCH}`,
        { cookie: await env().login('manager') },
      );
      expect(manager.status).toBe(403);
      expect(manager.body.error.code).toBe('indicators.league_forbidden');
      const city = await env().call('GET', `/api/v1/indicators/league?scope=city&${MARCH}`, {
        cookie: await env().login('district'),
      });
      expect(city.status).toBe(403);
      const sort = await env().call(
        'GET',
        `/api/v1/indicators/league?scope=city&${MARCH}&sort=nothing`,
        { cookie: await env().login('city') },
      );
      expect(sort.status).toBe(400);
    });

    it('exports CSV with a BOM and guarded cells, and .xlsx with number cells', async () => {
      const district = await env().login('district');
      const csv = await env().call(
        'GET',
        `/api/v1/indicators/league.csv?scope=district:310104&${MARCH}`,
        { cookie: district },
      );
      expect(csv.status).toBe(200);
      const text = String(csv.body);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines).toHaveLength(1 + 3 + 1);
      expect(lines[0]!.startsWith('排名,中心代码,中心名称,所属区,数据来源,')).toBe(true);
      expect(lines[3]).toContain(",'=1+1街道中心,");

      const xlsx = await env().app.inject({
        method: 'GET',
        url: `/api/v1/indicators/league.xlsx?scope=district:310104&${MARCH}`,
        headers: { cookie: district },
      });
      expect(xlsx.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('排名')!;
      expect(ws.getCell('A1').isMerged).toBe(true);
      const header = (ws.getRow(2).values as unknown[]).slice(1);
      const onSpotColumn = header.indexOf('当场办结率（比率）') + 1;
      expect(onSpotColumn).toBeGreaterThan(0);
      const demo = ws.getRow(3);
      expect(demo.getCell(2).value).toBe('demo');
      expect(demo.getCell(onSpotColumn).value).toBe(3 / 8);
      expect(demo.getCell(onSpotColumn).numFmt).toBe('0.0%');
      expect(demo.getCell(onSpotColumn + 1).value).toBe('未达标');
      expect(ws.getRow(5).getCell(3).value).toBe("'=1+1街道中心");
      expect(ws.getRow(6).getCell(3).value).toBe('合计（3个中心）');
    });
  });

  describe('GET /reports/monthly.xlsx', () => {
    async function monthly(user: string, centre: string) {
      const res = await env().app.inject({
        method: 'GET',
        url: `/api/v1/reports/monthly.xlsx?centre=${centre}&month=2026-03`,
        headers: { cookie: await env().login(user) },
      });
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('月报')!;
      const rows: ExcelJS.Row[] = [];
      ws.eachRow((row) => rows.push(row));
      /** The row whose first cell is `label` (the n-th such row), or the row just below it. */
      const row = (label: string, below = 0) => {
        const i = rows.findIndex((r) => r.getCell(1).value === label);
        expect(i, label).toBeGreaterThanOrEqual(0);
        return rows[i + below]!;
      };
      const values = (r: ExcelJS.Row, from = 2, to = 8) =>
        Array.from({ length: to - from + 1 }, (_, i) => r.getCell(from + i).value);
      return { ws, row, values };
    }

    it('lays out the month in the form a district office files, with real numbers', async () => {
      const { ws, row, values } = await monthly('manager', 'demo');
      expect(ws.getCell('A1').value).toBe('示范街道社区事务受理服务中心工作月报（2026年3月）');
      expect(ws.getCell('H1').master.address).toBe('A1');
      expect([ws.getCell('B2').value, ws.getCell('F2').value, ws.getCell('H2').value]).toEqual([
        '示范街道社区事务受理服务中心',
        '徐汇区',
        '2026-03',
      ]);

      const onSpot = row('当场办结率');
      expect(values(onSpot, 2, 7)).toEqual(['%', 0.6, 3 / 8, '未达标', 3, 8]);
      expect(onSpot.getCell(4).numFmt).toBe('0.0%');
      const immediate = row('即办件平均办理时间');
      expect(immediate.getCell(4).value).toBeCloseTo((480 + 900 + 360) / 3 / 60, 10);
      expect([immediate.getCell(4).numFmt, immediate.getCell(5).value]).toEqual(['0.0', '达标']);

      // Cases by department: 民政 C1 C3 C6 C9, 人社 C2 (on time), 公积金 C5 (late) C7 C8.
      expect(values(row('民政'))).toEqual([4, 3, 0, 0, 0, null, 3 / 4]);
      expect(values(row('人社/就业'))).toEqual([1, 0, 1, 1, 0, 1, 0]);
      expect(values(row('公积金'))).toEqual([3, 0, 1, 0, 1, 0, 0]);
      const total = row('合计');
      expect(values(total)).toEqual([8, 3, 2, 1, 1, 0.5, 3 / 8]);
      expect(total.getCell(7).numFmt).toBe('0.0%');

      // Ratings 5, 2, 4, 1, 3, 2 (the other 1 was annulled on appeal): 2 good of 6.
      expect(values(row('评价数'))).toEqual([1, 1, 1, 2, 1, 6, 2 / 6]);
      expect(values(row('差评'))).toEqual([3, 3, 2, 1, 2 / 3, 1 / 3, 2]);
      const list = row('评价日期');
      expect(
        [1, 2, 3].map((n) => values(row('评价日期', n), 1, 6).filter((_, i) => i !== 3 && i !== 4)),
      ).toEqual([
        ['2026-03-02', 2, '1号窗口', '已办结'],
        ['2026-03-02', 1, '1号窗口', '已联系，整改中'],
        ['2026-03-03', 2, '1号窗口', '待联系'],
      ]);
      expect(list.getCell(1).font?.bold).toBe(true);

      // Complaints: three in March, two answered in 2 and 1 working days.
      expect(values(row('投诉', 1), 2, 5)).toEqual([3, 2, 2 / 3, 1.5]);
      const catalogue = JSON.parse(
        await readFile(new URL('../../data/catalogue.json', import.meta.url), 'utf8'),
      );
      expect(values(row('窗口与人员', 1), 2, 7)).toEqual([8, 8, 1, 9, 5, 5 / 9]);
      expect(row('服务事项', 1).getCell(2).value).toBe(catalogue.items.length);
      const sign = row('填报人：');
      expect([sign.getCell(4).value, sign.getCell(7).value]).toEqual(['审核人：', '日期：']);
    });

    it('gives an uploaded centre its totals and the bad ratings of its batch', async () => {
      const { row, values } = await monthly('district', 'demo-copy');
      expect(values(row('合计'))).toEqual([8, 3, 2, 1, 1, 0.5, 3 / 8]);
      expect(row('在办超期件数').getCell(4).value).toBe(1);
      expect(row('注：本中心数据为上报数据，上报批次不含分部门明细，仅列合计。')).toBeDefined();
      expect(values(row('评价数'))).toEqual([null, null, null, null, null, 6, 2 / 6]);
      expect(values(row('评价日期', 3), 1, 6).filter((_, i) => i !== 3 && i !== 4)).toEqual([
        '2026-03-03',
        2,
        '1号窗口',
        '待联系',
      ]);
    });

    it('is the centre’s own: another centre is not found, a clerk is refused', async () => {
      const other = await env().call(
        'GET',
        '/api/v1/reports/monthly.xlsx?centre=demo-copy&month=2026-03',
        { cookie: await env().login('manager') },
      );
      expect(other.status).toBe(404);
      const clerk = await env().call(
        'GET',
        '/api/v1/reports/monthly.xlsx?centre=demo&month=2026-03',
        { cookie: await env().login('clerk') },
      );
      expect(clerk.status).toBe(403);
      const month = await env().call(
        'GET',
        '/api/v1/reports/monthly.xlsx?centre=demo&month=2026-13',
        { cookie: await env().login('manager') },
      );
      expect(month.status).toBe(400);
    });
  });

  describe('在办超期件数 of a centre known by upload', () => {
    it('counts the open overdue cases of its latest batch covering the range’s end', async () => {
      const city = await env().login('city');
      const changning = { code: 'demo-late', districtCode: '310105', districtName: '长宁区' };
      expect((await importAs('city', asCentre(batch, changning))).body.status).toBe('imported');
      // Later, a batch of the first week whose open case is not overdue (its pause had run on).
      const week = await env().call('GET', '/api/v1/reports/batch?from=2026-03-01&to=2026-03-06', {
        cookie: await env().login('manager'),
      });
      env().clock.advanceMinutes(10);
      const weekly = noneOverdue(asCentre(week.body, changning));
      expect((await importAs('city', weekly)).body.status).toBe('imported');
      const count = async (range: string) =>
        valuesByCode(
          (
            await env().call('GET', `/api/v1/indicators?scope=centre:demo-late&${range}`, {
              cookie: city,
            })
          ).body.indicators,
        ).open_overdue_count;
      // 6 March: both batches cover it and the week's came last; 9 March: only the month's.
      expect(await count('from=2026-03-01&to=2026-03-06')).toBe(0);
      expect(await count('from=2026-03-01&to=2026-03-09')).toBe(1);
      // The month again, imported last, covers 6 March too.
      env().clock.advanceMinutes(10);
      const month = withColumn(asCentre(batch, changning), 'refusals', 0);
      expect((await importAs('city', month)).body.status).toBe('replaced');
      expect(await count('from=2026-03-01&to=2026-03-06')).toBe(1);
      // The district sums its centres: demo-late is alone in 长宁区 here.
      const district = await env().call(
        'GET',
        `/api/v1/indicators?scope=district:310105&${MARCH}`,
        { cookie: city },
      );
      expect(valuesByCode(district.body.indicators).open_overdue_count).toBe(1);
    });

    it('ignores a case line of an unexpected shape rather than failing', async () => {
      const odd = withCaseLines(asCentre(batch, { code: 'demo-odd' }), (l) =>
        l.type === 'case' ? { ...l, isOverdue: 'yes', state: 7 } : l,
      );
      expect((await importAs('city', odd)).status).toBe(200);
      const res = await env().call('GET', `/api/v1/indicators?scope=centre:demo-odd&${MARCH}`, {
        cookie: await env().login('city'),
      });
      expect(res.status).toBe(200);
      expect(valuesByCode(res.body.indicators).open_overdue_count).toBe(0);
    });
  });
});
