import { describe, expect, it } from 'vitest';
import { FIGURE_KEYS, SNAPSHOT_KEYS } from '../indicators/figures.js';
import { checkBatch } from './check-batch.js';
import {
  BATCH_FILES,
  countRows,
  deriveBatchId,
  FIGURE_COLUMNS,
  FIGURES_HEADER,
  SNAPSHOT_FIELDS,
  sha256Hex,
  toMachineCsv,
  type Batch,
} from './exchange-format.js';

const zeros = FIGURE_COLUMNS.map(() => 0);

/** A two-day batch: 3 tickets on the first day, two of them waited 4 and 12 minutes. */
function twoDays(): Batch {
  const first = [...zeros];
  first[FIGURE_COLUMNS.indexOf('tickets_issued')] = 3;
  first[FIGURE_COLUMNS.indexOf('wait_count')] = 2;
  first[FIGURE_COLUMNS.indexOf('wait_seconds_sum')] = 4 * 60 + 12 * 60 + 30;
  const files: Record<string, string> = {
    'figures.csv': toMachineCsv(FIGURES_HEADER, [
      ['2026-03-02', ...first],
      ['2026-03-03', ...zeros],
    ]),
    'waits.csv': toMachineCsv(
      ['day', 'minute', 'count'],
      [
        ['2026-03-02', 4, 1],
        ['2026-03-02', 12, 1],
      ],
    ),
    'snapshot.json': JSON.stringify({
      asOf: '2026-03-03',
      ...Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, 2])),
    }),
    'cases.jsonl': '{"type":"case","number":"2026030200001"}\n',
  };
  return {
    manifest: {
      formatVersion: 'yimen-report/1',
      batchId: deriveBatchId('t-centre', '2026-03-02', '2026-03-03'),
      centre: {
        code: 't-centre',
        name: '测试中心',
        districtCode: '310104',
        districtName: '徐汇区',
      },
      period: { from: '2026-03-02', to: '2026-03-03' },
      generatedAt: '2026-03-04T01:00:00.000Z',
      files: BATCH_FILES.map((name) => ({
        name,
        rows: countRows(name, files[name]!),
        sha256: sha256Hex(files[name]!),
      })),
    },
    files,
  };
}

function resealed(batch: Batch): Batch {
  for (const f of batch.manifest.files) {
    f.rows = countRows(f.name, batch.files[f.name]!);
    f.sha256 = sha256Hex(batch.files[f.name]!);
  }
  return batch;
}

const problem = (batch: Batch) => {
  const result = checkBatch(batch);
  return result.ok ? null : result.problem.code;
};

describe('the exchange format yimen-report/1', () => {
  it('names the same figures as the indicators, in the same order', () => {
    const camel = FIGURE_COLUMNS.map((c) =>
      c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()),
    );
    expect(camel).toEqual([...FIGURE_KEYS]);
    expect([...SNAPSHOT_FIELDS]).toEqual([...SNAPSHOT_KEYS]);
  });

  it('derives one version-5 batch id per centre and period', () => {
    const id = deriveBatchId('demo', '2026-03-01', '2026-03-31');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deriveBatchId('demo', '2026-03-01', '2026-03-31')).toBe(id);
    expect(deriveBatchId('demo', '2026-03-01', '2026-03-30')).not.toBe(id);
    expect(deriveBatchId('demo2', '2026-03-01', '2026-03-31')).not.toBe(id);
  });

  it('writes CSV without a byte-order mark and counts data lines, not the header', () => {
    const text = toMachineCsv(['a', 'b'], [[1, 2]]);
    expect(text).toBe('a,b\n1,2\n');
    expect(countRows('x.csv', text)).toBe(1);
    expect(countRows('x.jsonl', '{}\n{}\n')).toBe(2);
    expect(countRows('x.jsonl', '')).toBe(0);
    expect(countRows('x.json', '{}')).toBe(1);
  });

  it('accepts a sound batch and reads its values as numbers', () => {
    const result = checkBatch(twoDays());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.batch.figures[0]).toMatchObject({
      day: '2026-03-02',
      tickets_issued: 3,
      wait_count: 2,
    });
    expect(result.batch.waits).toEqual([
      { day: '2026-03-02', minute: 4, count: 1 },
      { day: '2026-03-02', minute: 12, count: 1 },
    ]);
    expect(result.batch.snapshot).toMatchObject({ asOf: '2026-03-03', frontClerks: 2 });
    expect(result.batch.cases).toHaveLength(1);
  });

  it('wants every day of the period exactly once, and no day outside it', () => {
    const missing = twoDays();
    missing.files['figures.csv'] =
      missing.files['figures.csv']!.split('\n').slice(0, 2).join('\n') + '\n';
    expect(problem(resealed(missing))).toBe('report.figures_days');
    const outside = twoDays();
    outside.files['figures.csv'] = outside.files['figures.csv']!.replace(
      '2026-03-03',
      '2026-03-04',
    );
    expect(problem(resealed(outside))).toBe('report.day_outside_period');
    const twice = twoDays();
    twice.files['figures.csv'] = twice.files['figures.csv']!.replace('2026-03-03', '2026-03-02');
    expect(problem(resealed(twice))).toBe('report.figures_days');
  });

  it('refuses files the manifest does not list, and listed files that are missing', () => {
    const extra = twoDays();
    extra.files['notes.txt'] = 'hello';
    expect(problem(extra)).toBe('report.file_unlisted');
    const gone = twoDays();
    delete gone.files['waits.csv'];
    expect(problem(gone)).toBe('report.file_missing');
  });

  it('refuses a manifest with a malformed id, centre or snapshot', () => {
    const id = twoDays();
    id.manifest.batchId = 'not-a-uuid';
    expect(problem(id)).toBe('report.manifest_invalid');
    const code = twoDays();
    code.manifest.centre.code = 'Bad Code';
    expect(problem(code)).toBe('report.manifest_invalid');
    const backwards = twoDays();
    backwards.manifest.period = { from: '2026-03-03', to: '2026-03-02' };
    expect(problem(backwards)).toBe('report.period_invalid');
    const snapshot = twoDays();
    snapshot.files['snapshot.json'] = snapshot.files['snapshot.json']!.replace(
      '"frontClerks":2',
      '"frontClerks":-1',
    );
    expect(problem(resealed(snapshot))).toBe('report.snapshot_invalid');
  });

  it('refuses a number its database column cannot hold, but not a large sum of seconds', () => {
    const set = (file: string, from: string, to: string) => {
      const batch = twoDays();
      batch.files[file] = batch.files[file]!.replace(from, to);
      return resealed(batch);
    };
    const issued = set('figures.csv', '2026-03-03,0,', '2026-03-03,2147483648,');
    expect(problem(issued)).toBe('report.csv_value');
    expect(checkBatch(set('figures.csv', '2026-03-03,0,', '2026-03-03,2147483647,')).ok).toBe(true);
    const seconds = set('figures.csv', '2026-03-02,3,0,2,990,', '2026-03-02,3,0,2,99999999999,');
    expect(seconds.files['figures.csv']).toContain(',99999999999,');
    expect(checkBatch(seconds).ok).toBe(true);
    const minute = set('waits.csv', '2026-03-02,12,1', '2026-03-02,2147483648,1');
    expect(problem(minute)).toBe('report.csv_value');
    const windows = set('snapshot.json', '"basicItems":2', '"basicItems":2147483648');
    expect(problem(windows)).toBe('report.snapshot_invalid');
  });

  it('refuses a part larger than its whole, which would make a rate above 100 %', () => {
    const set = (file: string, from: string, to: string) => {
      const batch = twoDays();
      batch.files[file] = batch.files[file]!.replace(from, to);
      return resealed(batch);
    };
    const noShows = set('figures.csv', '2026-03-02,3,0,', '2026-03-02,3,4,');
    expect(checkBatch(noShows)).toMatchObject({
      ok: false,
      problem: { code: 'report.figures_inconsistent', details: { line: 2 } },
    });
    const ratings = twoDays();
    const row = Array(FIGURE_COLUMNS.length).fill(0);
    row[FIGURE_COLUMNS.indexOf('ratings_count')] = 2;
    row[FIGURE_COLUMNS.indexOf('ratings_good')] = 2;
    row[FIGURE_COLUMNS.indexOf('ratings_bad')] = 1;
    ratings.files['figures.csv'] = ratings.files['figures.csv']!.replace(
      `2026-03-03,${zeros.join(',')}`,
      `2026-03-03,${row.join(',')}`,
    );
    expect(problem(resealed(ratings))).toBe('report.figures_inconsistent');
    const windows = set('snapshot.json', '"comprehensiveWindows":2', '"comprehensiveWindows":3');
    expect(problem(windows)).toBe('report.snapshot_invalid');
  });

  it('refuses a district code no scope can name, and text that is not text', () => {
    const district = twoDays();
    district.manifest.centre.districtCode = "310104' or 1=1";
    expect(problem(district)).toBe('report.manifest_invalid');
    const long = twoDays();
    long.manifest.centre.name = '中'.repeat(201);
    const refused = checkBatch(long);
    expect(refused).toMatchObject({ ok: false, problem: { code: 'report.manifest_invalid' } });
    expect(refused.ok ? '' : refused.problem.message).not.toContain('不能为空');
    const surrogate = twoDays();
    surrogate.manifest.centre.name = '测试\ud800中心';
    expect(problem(surrogate)).toBe('report.manifest_invalid');
    const line = twoDays();
    line.files['cases.jsonl'] = '{"type":"bad_rating","comment":"\\ud800"}\n';
    expect(problem(resealed(line))).toBe('report.cases_invalid');
    const paired = twoDays();
    paired.files['cases.jsonl'] = '{"type":"bad_rating","comment":"\\ud83d\\ude00 好"}\n';
    expect(checkBatch(resealed(paired)).ok).toBe(true);
  });

  it('refuses a CSV with a byte-order mark (a file re-saved by a spreadsheet program)', () => {
    const bom = twoDays();
    bom.files['figures.csv'] = '\uFEFF' + bom.files['figures.csv'];
    expect(problem(resealed(bom))).toBe('report.csv_header');
  });
});
