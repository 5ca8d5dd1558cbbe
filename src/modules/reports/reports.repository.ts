/**
 * Report batches (数据上传) in the database: the day figures and waits a batch carries, the
 * uploaded centres they belong to, and the record of each batch imported.
 */
import { and, asc, eq, getTableColumns, gte, lte, sql } from 'drizzle-orm';
import {
  FIGURE_COLUMNS,
  type CheckedBatch,
  type FigureColumn,
  type FigureRow,
  type SnapshotValues,
  type WaitRow,
} from '../../core/reports/exchange-format.js';
import { queryRows, type Tx } from '../../db/connection.js';
import {
  centreDayFigures,
  centreDayWaits,
  centres,
  centreSnapshots,
  reportBatches,
} from '../../db/schema.js';

type TableKey = Exclude<keyof typeof centreDayFigures.$inferSelect, 'centreId' | 'day' | 'source'>;

/** The table's property for each file column (the file names columns as the database does). */
export const COLUMN_KEYS: Record<FigureColumn, TableKey> = (() => {
  const byName = new Map(
    Object.entries(getTableColumns(centreDayFigures)).map(([key, column]) => [column.name, key]),
  );
  return Object.fromEntries(
    FIGURE_COLUMNS.map((name) => {
      const key = byName.get(name);
      if (!key) throw new Error(`centre_day_figures has no column ${name}`);
      return [name, key];
    }),
  ) as Record<FigureColumn, TableKey>;
})();

// Rows per INSERT: well under the 65 535 parameters a statement may carry.
const CHUNK = 2000;

/** Serialises imports for one centre code, so two uploads of the same batch cannot both write. */
export async function lockCentreCode(tx: Tx, code: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(746467100, hashtext(${code}))`);
}

export type BatchRecord = typeof reportBatches.$inferSelect;

export async function findBatch(tx: Tx, batchId: string): Promise<BatchRecord | undefined> {
  const [row] = await tx
    .select()
    .from(reportBatches)
    .where(eq(reportBatches.batchId, batchId))
    .limit(1);
  return row;
}

/** The most recent batch of a centre whose period contains `day`, for re-exporting its cases. */
export async function findBatchCovering(tx: Tx, centreCode: string, day: string) {
  const [row] = await tx
    .select()
    .from(reportBatches)
    .where(
      and(
        eq(reportBatches.centreCode, centreCode),
        lte(reportBatches.periodFrom, day),
        gte(reportBatches.periodTo, day),
      ),
    )
    .orderBy(sql`${reportBatches.importedAt} desc`)
    .limit(1);
  return row;
}

/**
 * Whether a centre lives in this database (staff, windows, lines, tickets, cases or figures of
 * its own) rather than only through uploaded batches. Such a centre is never overwritten.
 */
export async function centreHasLocalData(tx: Tx, centreId: string): Promise<boolean> {
  const [row] = await queryRows<{ local: boolean }>(
    tx,
    sql`select (
      exists (select 1 from users where centre_id = ${centreId})
      or exists (select 1 from windows where centre_id = ${centreId})
      or exists (select 1 from lines where centre_id = ${centreId})
      or exists (select 1 from tickets where centre_id = ${centreId})
      or exists (select 1 from cases where centre_id = ${centreId})
      or exists (select 1 from centre_day_figures where centre_id = ${centreId} and source = 'local')
      or exists (select 1 from centre_snapshots where centre_id = ${centreId} and source = 'local')
    ) as local`,
  );
  return row?.local === true;
}

export async function insertUploadedCentre(
  tx: Tx,
  centre: CheckedBatch['manifest']['centre'],
): Promise<string> {
  const [row] = await tx.insert(centres).values(centre).returning({ id: centres.id });
  return row!.id;
}

/** An uploaded centre takes the name and district of its latest batch. */
export async function updateUploadedCentre(
  tx: Tx,
  centreId: string,
  centre: CheckedBatch['manifest']['centre'],
): Promise<void> {
  await tx
    .update(centres)
    .set({
      name: centre.name,
      districtCode: centre.districtCode,
      districtName: centre.districtName,
    })
    .where(eq(centres.id, centreId));
}

/** Replaces a centre's day figures and waits for the days of a period with a batch's rows. */
export async function replaceDays(
  tx: Tx,
  centreId: string,
  period: { from: string; to: string },
  figures: FigureRow[],
  waits: WaitRow[],
): Promise<void> {
  const inPeriod = <T extends typeof centreDayFigures | typeof centreDayWaits>(t: T) =>
    and(eq(t.centreId, centreId), gte(t.day, period.from), lte(t.day, period.to));
  await tx.delete(centreDayFigures).where(inPeriod(centreDayFigures));
  await tx.delete(centreDayWaits).where(inPeriod(centreDayWaits));
  for (let i = 0; i < figures.length; i += CHUNK) {
    const values = figures.slice(i, i + CHUNK).map((row) => {
      const out: typeof centreDayFigures.$inferInsert = {
        centreId,
        day: row.day,
        source: 'upload',
      };
      for (const column of FIGURE_COLUMNS) out[COLUMN_KEYS[column]] = row[column];
      return out;
    });
    await tx.insert(centreDayFigures).values(values);
  }
  for (let i = 0; i < waits.length; i += CHUNK) {
    const values = waits.slice(i, i + CHUNK).map((w) => ({ centreId, ...w }));
    await tx.insert(centreDayWaits).values(values);
  }
}

export async function upsertUploadedSnapshot(
  tx: Tx,
  centreId: string,
  snapshot: SnapshotValues & { asOf: string },
): Promise<void> {
  const { asOf, ...values } = snapshot;
  await tx
    .insert(centreSnapshots)
    .values({ centreId, asOf, source: 'upload', ...values })
    .onConflictDoUpdate({
      target: [centreSnapshots.centreId, centreSnapshots.asOf],
      set: { source: 'upload', ...values },
    });
}

export async function saveBatch(
  tx: Tx,
  batch: CheckedBatch,
  importedAt: Date,
  importedBy: string | null,
): Promise<void> {
  const { manifest } = batch;
  const row = {
    formatVersion: manifest.formatVersion,
    centreCode: manifest.centre.code,
    periodFrom: manifest.period.from,
    periodTo: manifest.period.to,
    manifest: manifest as unknown as Record<string, unknown>,
    cases: batch.cases,
    importedAt,
    importedBy,
  };
  await tx
    .insert(reportBatches)
    .values({ batchId: manifest.batchId, ...row })
    .onConflictDoUpdate({ target: reportBatches.batchId, set: row });
}

/** A centre's stored day figures for a period, by day (days without a row are all zeros). */
export async function readFigureRows(
  tx: Tx,
  centreId: string,
  from: string,
  to: string,
): Promise<Map<string, Record<FigureColumn, number>>> {
  const rows = await tx
    .select()
    .from(centreDayFigures)
    .where(
      and(
        eq(centreDayFigures.centreId, centreId),
        gte(centreDayFigures.day, from),
        lte(centreDayFigures.day, to),
      ),
    );
  return new Map(
    rows.map((row) => [
      row.day,
      Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, Number(row[COLUMN_KEYS[c]])])) as Record<
        FigureColumn,
        number
      >,
    ]),
  );
}

export async function readWaitRows(
  tx: Tx,
  centreId: string,
  from: string,
  to: string,
): Promise<WaitRow[]> {
  return tx
    .select({ day: centreDayWaits.day, minute: centreDayWaits.minute, count: centreDayWaits.count })
    .from(centreDayWaits)
    .where(
      and(
        eq(centreDayWaits.centreId, centreId),
        gte(centreDayWaits.day, from),
        lte(centreDayWaits.day, to),
      ),
    )
    .orderBy(asc(centreDayWaits.day), asc(centreDayWaits.minute));
}
