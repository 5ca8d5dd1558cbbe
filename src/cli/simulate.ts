import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { isIsoDate } from '../core/dates.js';
import { openDatabase } from '../db/connection.js';
import { dayReportToXlsx } from '../modules/simulation/day-report.js';
import { DaySimulation } from '../modules/simulation/simulate-day.js';
import { buildApp } from '../server/app.js';
import { createContext, prepareDatabase } from '../server/bootstrap.js';
import { ManualClock } from '../server/clock.js';

/**
 * `npm run simulate -- --date 2026-03-02 --visitors 600 --seed 7 [--out DIR]`: replays a day at
 * the demo centre on a fresh embedded database (or DATABASE_URL's server, whose database should
 * be empty) and prints the day's indicators.
 */
export async function simulateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      date: { type: 'string', default: '2026-03-02' },
      visitors: { type: 'string', default: '600' },
      seed: { type: 'string', default: '7' },
      out: { type: 'string' },
    },
  });
  const date = values.date!;
  const visitors = Number(values.visitors);
  const seed = Number(values.seed);
  if (!isIsoDate(date)) throw new Error('--date 应为 YYYY-MM-DD');
  if (!Number.isInteger(visitors) || visitors < 1 || visitors > 5000) throw new Error('--visitors 应为1–5000的整数');
  if (!Number.isInteger(seed)) throw new Error('--seed 应为整数');

  const started = Date.now();
  const clock = new ManualClock(`${date}T00:00:00+08:00`);
  const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  const ctx = await createContext({ database, clock, config: { demo: true, publicUrl: 'http://127.0.0.1:3000', secureCookies: false, rateLimit: false } });
  await prepareDatabase(database, { demo: true, clock });
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const calendar = await ctx.calendar.get();
  if (!calendar.isWorkday(date)) console.warn(`注意：${date} 不是工作日，中心通常只在上午开放。`);

  const bar = new cliProgress.SingleBar(
    { format: '{phase} [{bar}] {percentage}% {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  const simulation = new DaySimulation(app, ctx, clock, {
    date,
    visitors,
    seed,
    onProgress: (done, total, name) => {
      if (name !== phase) {
        if (phase) bar.stop();
        phase = name;
        bar.start(total, done, { phase: name });
      } else bar.update(done, { phase: name });
    },
  });
  const result = await simulation.run();
  bar.stop();
  const seconds = (Date.now() - started) / 1000;

  const report = { date, visitors, seed, indicators: result.day, backOffice: result.backOffice, hall: result.hall };
  const d = result.day;
  console.log(
    [
      ``,
      `模拟日 ${date}（${visitors} 位来访，种子 ${seed}）— 示范中心当日指标`,
      `  取号 ${d.ticketsIssued}，过号 ${d.noShows}，当前等候 ${d.waitingNow}`,
      `  平均等候 ${d.averageWaitMinutes ?? '—'} 分钟；即办件平均办理 ${d.immediateAvgMinutes ?? '—'} 分钟（目标 ${d.targets.immediateAvgMinutes}）`,
      `  受理 ${d.accepted}（即办 ${d.acceptedImmediate}），当场办结 ${d.finishedOnSpot}，当场办结率 ${fmtRate(d.onSpotRate)}（目标 ≥ ${fmtRate(d.targets.onSpotRate)}）`,
      `  一次性告知 ${result.hall.oneTime}，不予受理 ${result.hall.refused}`,
      `  评价 ${d.ratings}，差评 ${d.badRatings}`,
      `  后台：承诺件 ${result.backOffice.committedAccepted}，已办结 ${result.backOffice.decided}，按期 ${result.backOffice.decidedOnTime}（${fmtRate(result.backOffice.onTimeRate)}），补正 ${result.backOffice.supplementsRequested}，已领取 ${result.backOffice.collected}`,
      `  请求 ${result.hall.requests} 次，用时 ${seconds.toFixed(1)} 秒（${ctx.database.kind}）`,
    ].join('\n'),
  );
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(path.join(values.out, 'indicators.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(path.join(values.out, 'indicators.xlsx'), await dayReportToXlsx(report));
    console.log(`已写入 ${path.join(values.out, 'indicators.json')} 与 indicators.xlsx`);
  }
  await app.close();
  await ctx.bus.close();
  await database.close();
}

function fmtRate(r: number | null): string {
  return r === null ? '—' : `${(r * 100).toFixed(1)}%`;
}
