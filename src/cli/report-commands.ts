/**
 * yimen report-export / report-import: a report batch (数据上传, exchange format yimen-report/1)
 * written to a folder at the centre and read from one at the district or city office.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { isBusinessDate } from '../core/dates.js';
import { BATCH_FILES, type Batch } from '../core/reports/exchange-format.js';
import { openDatabase, type Database } from '../db/connection.js';
import { meta } from '../db/schema.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { findCentreByCode } from '../modules/centres/centres.repository.js';
import { exportBatch } from '../modules/reports/export-batch.js';
import { importBatch } from '../modules/reports/import-batch.js';
import { prepareDatabase } from '../server/bootstrap.js';
import { clockFromEnv, type Clock } from '../server/clock.js';
import { AppError } from '../server/errors.js';
import { envConfig } from './config.js';

interface ReportContext {
  db: Database['db'];
  clock: Clock;
  calendar: CalendarService;
}

/** Opens the configured database as it is (a demo data folder stays a demo one). */
async function withReportContext<T>(work: (ctx: ReportContext) => Promise<T>): Promise<T> {
  const env = envConfig();
  const database = await openDatabase({
    url: env.databaseUrl,
    dataDir: env.databaseUrl ? undefined : env.dataDir,
  });
  try {
    await database.migrate();
    const [mode] = await database.db.select().from(meta).where(eq(meta.key, 'demo'));
    const clock = clockFromEnv(env.clockStart);
    await prepareDatabase(database, { demo: mode?.value === true, clock });
    return await work({ db: database.db, clock, calendar: new CalendarService(database.db) });
  } catch (err) {
    // A refused batch says why in the words the HTTP API uses, with its stable code.
    if (err instanceof AppError) throw new Error(`${err.message}（${err.code}）`);
    throw err;
  } finally {
    await database.close();
  }
}

export async function reportExportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      centre: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const { centre: code, from, to, out } = values;
  if (!code || !from || !to || !out || !isBusinessDate(from) || !isBusinessDate(to)) {
    throw new Error('需要 --centre 中心代码 --from YYYY-MM-DD --to YYYY-MM-DD --out 目录');
  }
  await withReportContext(async (ctx) => {
    const centre = await findCentreByCode(ctx.db, code);
    if (!centre) throw new Error(`中心 ${code} 不存在`);
    const batch = await ctx.db.transaction((tx) => exportBatch(ctx, tx, centre, { from, to }));
    await mkdir(out, { recursive: true });
    await writeFile(
      path.join(out, 'manifest.json'),
      JSON.stringify(batch.manifest, null, 2) + '\n',
    );
    for (const [name, text] of Object.entries(batch.files)) {
      await writeFile(path.join(out, name), text, 'utf8');
    }
    console.log(
      `已导出 ${centre.name} ${from} 至 ${to} 的上报批次 ${batch.manifest.batchId} 到 ${out}`,
    );
  });
}

export async function reportImportCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const dir = positionals[0];
  if (!dir) throw new Error('需要批次目录（含 manifest.json）');
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  } catch {
    throw new Error(`${dir} 中没有可读的 manifest.json`);
  }
  // Read exactly the files the format defines; a missing one is reported by the batch checks.
  const files: Record<string, string> = {};
  for (const name of BATCH_FILES) {
    const text = await readFile(path.join(dir, name), 'utf8').catch(() => null);
    if (text !== null) files[name] = text;
  }
  const batch = { manifest, files } as unknown as Batch;
  await withReportContext(async (ctx) => {
    const result = await importBatch(ctx, batch, null);
    console.log(
      `${result.message}（批次 ${result.batchId}：${result.days} 天，等候分布 ${result.waits} 行，办件与差评 ${result.cases} 条）`,
    );
  });
}
