/**
 * Importing a report batch (数据上传) at a district or city office: the whole batch is checked
 * first, then written in one transaction: the centre (created or updated, never one that lives in
 * this database), its day figures and waits for the period, its snapshot and the batch record.
 * The same batch a second time changes nothing.
 */
import { checkBatch } from '../../core/reports/check-batch.js';
import type { Batch, BatchManifest } from '../../core/reports/exchange-format.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest, conflict, forbidden } from '../../server/errors.js';
import { findCentreByCode } from '../centres/centres.repository.js';
import {
  centreHasLocalData,
  findBatch,
  insertUploadedCentre,
  lockCentreCode,
  replaceDays,
  saveBatch,
  updateUploadedCentre,
  upsertUploadedSnapshot,
} from './reports.repository.js';

export interface ImportResult {
  status: 'imported' | 'replaced' | 'already_imported';
  message: string;
  batchId: string;
  centre: { code: string; name: string; districtCode: string; districtName: string };
  period: { from: string; to: string };
  days: number;
  waits: number;
  cases: number;
}

/** Who imports: a supervisor signed in over HTTP, or nobody in particular (the command line). */
export type Importer = Pick<Viewer, 'id' | 'role' | 'districtCode'> | null;

function sameFiles(a: BatchManifest['files'], b: BatchManifest['files']): boolean {
  const key = (files: BatchManifest['files']) =>
    files
      .map((f) => `${f.name}:${f.rows}:${f.sha256}`)
      .sort()
      .join('|');
  return key(a) === key(b);
}

function outsideDistrict(importer: Importer, districtCode: string): boolean {
  return importer?.role === 'district' && importer.districtCode !== districtCode;
}

export async function importBatch(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  batch: Batch,
  importer: Importer,
): Promise<ImportResult> {
  const checked = checkBatch(batch);
  if (!checked.ok) {
    throw badRequest(checked.problem.code, checked.problem.message, checked.problem.details);
  }
  const { manifest, figures, waits, snapshot, cases } = checked.batch;
  const { centre: sent, period, batchId } = manifest;
  // A district office receives the batches of its own centres only (centre → district → city).
  if (outsideDistrict(importer, sent.districtCode)) {
    throw forbidden('report.other_district', `该批次属于${sent.districtName}的中心，本区无权导入`);
  }
  const result = (status: ImportResult['status'], message: string): ImportResult => ({
    status,
    message,
    batchId,
    centre: sent,
    period,
    days: figures.length,
    waits: waits.length,
    cases: cases.length,
  });

  return ctx.db.transaction(async (tx) => {
    await lockCentreCode(tx, sent.code);
    const previous = await findBatch(tx, batchId);
    if (previous && previous.centreCode !== sent.code) {
      throw conflict(
        'report.batch_id_taken',
        `批次号 ${batchId} 已被中心 ${previous.centreCode} 的批次使用`,
      );
    }
    const previousFiles = (previous?.manifest as BatchManifest | undefined)?.files ?? [];
    if (previous && sameFiles(previousFiles, manifest.files)) {
      return result('already_imported', '该批次已导入过，内容相同，本次未作任何修改');
    }
    const existing = await findCentreByCode(tx, sent.code);
    let centreId: string;
    if (existing) {
      if (outsideDistrict(importer, existing.districtCode)) {
        throw forbidden(
          'report.other_district',
          `中心 ${sent.code} 属于${existing.districtName}，本区无权导入`,
        );
      }
      if (await centreHasLocalData(tx, existing.id)) {
        throw conflict(
          'report.centre_is_local',
          `中心 ${sent.code}（${existing.name}）的数据由本系统直接记录，不能用上报批次覆盖`,
        );
      }
      centreId = existing.id;
      await updateUploadedCentre(tx, centreId, sent);
    } else {
      centreId = await insertUploadedCentre(tx, sent);
    }
    await replaceDays(tx, centreId, period, figures, waits);
    await upsertUploadedSnapshot(tx, centreId, snapshot);
    await saveBatch(tx, checked.batch, ctx.clock.now(), importer?.id ?? null);
    return previous
      ? result('replaced', '该批次此前已导入，本次内容有更新，已按新内容替换该期间的数据')
      : result('imported', `已导入 ${sent.name} ${period.from} 至 ${period.to} 的上报数据`);
  });
}
