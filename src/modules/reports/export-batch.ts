/**
 * Exporting a centre's report batch (数据上传) for a period: the day figures of every day, the
 * wait histogram, the standing figures at the period's end and the cases a district follows up,
 * with a manifest of row counts and SHA-256 checksums. The same data give the same files and the
 * same batch id, so an office that receives a batch twice recognises it.
 */
import { daysBetween, shanghaiDate } from '../../core/dates.js';
import { asOfDay } from '../../core/indicators/range.js';
import {
  FIGURE_COLUMNS,
  FIGURES_HEADER,
  FORMAT_VERSION,
  MAX_PERIOD_DAYS,
  SNAPSHOT_FIELDS,
  WAITS_HEADER,
  countRows,
  deriveBatchId,
  periodDays,
  sha256Hex,
  toJsonLines,
  toMachineCsv,
  type Batch,
  type BatchFileName,
} from '../../core/reports/exchange-format.js';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import type { CentreRow } from '../centres/centres.repository.js';
import { refreshFigures, snapshotFigures } from '../indicators/figures.repository.js';
import { batchCaseLines } from './batch-cases.query.js';
import { findBatchCovering, readFigureRows, readWaitRows } from './reports.repository.js';

export function checkExportPeriod(from: string, to: string): void {
  if (from > to) throw badRequest('report.period_invalid', `起日 ${from} 晚于止日 ${to}`);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_PERIOD_DAYS) {
    throw badRequest(
      'report.period_too_long',
      `报送期间共 ${days} 天，超过 ${MAX_PERIOD_DAYS} 天上限，请分批报送`,
    );
  }
}

/** Builds the batch inside `tx`; figures left dirty by recent work are brought up to date first. */
export async function exportBatch(
  ctx: Pick<AppContext, 'clock' | 'calendar'>,
  tx: Tx,
  centre: CentreRow,
  period: { from: string; to: string },
): Promise<Batch> {
  const { from, to } = period;
  checkExportPeriod(from, to);
  await refreshFigures(tx);
  const byDay = await readFigureRows(tx, centre.id, from, to);
  const figureRows = periodDays(from, to).map((day) => {
    const values = byDay.get(day);
    return [day, ...FIGURE_COLUMNS.map((c) => values?.[c] ?? 0)];
  });
  const waits = await readWaitRows(tx, centre.id, from, to);
  const today = shanghaiDate(ctx.clock.now());
  // Standing figures as of the period's end: live, or recorded for a past end (snapshot.query.ts).
  const { figures: snapshot } = await snapshotFigures(tx, [centre.id], to, today);
  const calendar = await ctx.calendar.get(tx);
  // Open cases are read as of the period's end, or today when the period runs on past it.
  const asOf = asOfDay(to, today);
  let cases = await batchCaseLines(tx, calendar, centre.id, period, asOf);
  if (cases.length === 0) {
    // A centre known here only through uploads passes on the cases of its latest batch.
    const covering = await findBatchCovering(tx, centre.code, to);
    if (covering) cases = covering.cases as typeof cases;
  }

  const files: Record<BatchFileName, string> = {
    'figures.csv': toMachineCsv(FIGURES_HEADER, figureRows),
    'waits.csv': toMachineCsv(
      WAITS_HEADER,
      waits.map((w) => [w.day, w.minute, w.count]),
    ),
    'snapshot.json':
      JSON.stringify(
        { asOf: to, ...Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, snapshot?.[f] ?? 0])) },
        null,
        2,
      ) + '\n',
    'cases.jsonl': toJsonLines(cases),
  };
  return {
    manifest: {
      formatVersion: FORMAT_VERSION,
      batchId: deriveBatchId(centre.code, from, to),
      centre: {
        code: centre.code,
        name: centre.name,
        districtCode: centre.districtCode,
        districtName: centre.districtName,
      },
      period: { from, to },
      generatedAt: ctx.clock.now().toISOString(),
      files: (Object.keys(files) as BatchFileName[]).map((name) => ({
        name,
        rows: countRows(name, files[name]),
        sha256: sha256Hex(files[name]),
      })),
    },
    files,
  };
}
