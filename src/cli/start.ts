import { mkdirSync } from 'node:fs';
import { buildApp } from '../server/app.js';
import { createContext, prepareDatabase } from '../server/bootstrap.js';
import { clockFromEnv } from '../server/clock.js';
import { readDemoCentre } from '../modules/centres/demo-centre.seed.js';
import { seedDemoCity } from '../modules/simulation/demo-city.js';
import { buildConsole, consoleNeedsBuild } from './console-build.js';
import { envConfig } from './config.js';
import { startOutboxWorker } from '../modules/notifications/notifications.service.js';
import { startDeadlineJob } from '../modules/deadlines/deadline-job.js';
import { loggableError } from '../server/errors.js';
import { senderFromEnv } from '../modules/notifications/sender.js';

export async function start(options: { demo: boolean }): Promise<void> {
  const env = envConfig();
  const clock = clockFromEnv(env.clockStart);
  if (!env.databaseUrl) mkdirSync(env.dataDir, { recursive: true });
  // YIMEN_CONSOLE=off serves the API alone (API-only processes behind a shared console, tests).
  const serveConsole = process.env.YIMEN_CONSOLE !== 'off';
  if (serveConsole && consoleNeedsBuild()) {
    console.log('正在构建控制台（约半分钟）…');
    await buildConsole();
  }
  const ctx = await createContext({
    url: env.databaseUrl,
    dataDir: env.databaseUrl ? undefined : env.dataDir,
    clock,
    config: { demo: options.demo, webDist: serveConsole ? env.webDist : undefined, publicUrl: env.publicUrl, secureCookies: env.secureCookies, rateLimit: true, trustProxy: env.trustProxy },
  });
  const { demoCreated } = await prepareDatabase(ctx.database, { demo: options.demo, clock });
  // The demo city: more centres with some history, so the district and city views can compare.
  const demoCity = options.demo
    ? await ctx.db.transaction(async (tx) => seedDemoCity(tx, { now: clock.now(), password: (await readDemoCentre()).password }))
    : null;
  const app = await buildApp(ctx);
  const stopOutbox = startOutboxWorker(ctx, await senderFromEnv(process.env.YIMEN_SMS_SENDER));
  // Every process runs the deadline job; an advisory lock lets one do the work at a time.
  const stopDeadlines = startDeadlineJob(ctx, { onError: (err) => app.log.error({ err: loggableError(err) }, 'deadline job failed') });
  app.addHook('onClose', async () => stopDeadlines());
  const shutdown = async () => {
    stopOutbox();
    await app.close();
    await ctx.bus.close();
    await ctx.database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: env.port, host: env.host });
  const address = `http://${env.host === '0.0.0.0' ? '127.0.0.1' : env.host}:${(app.server.address() as { port: number }).port}`;
  const lines = [
    '',
    `一门 Yimen 已启动：${address}`,
    `数据库：${env.databaseUrl ? 'PostgreSQL 服务器 (DATABASE_URL)' : `内嵌 PGlite，数据目录 ${env.dataDir}`}`,
    `接口文档：${address}/api/docs`,
  ];
  if (options.demo) {
    const demo = await readDemoCentre();
    lines.push(
      `演示模式${demoCreated ? '（已创建演示中心）' : ''}：中心编码 ${demo.centre.code}，演示账号密码均为 ${demo.password}`,
      ...['clerk', 'officer', 'manager', 'admin'].map((u) => {
        const s = demo.staff.find((x) => x.username === u)!;
        return `  ${u.padEnd(8)} ${s.name}`;
      }),
      `  更多窗口账号：clerk2 … clerk8，回复窗口 reply`,
      `自助取号：${address}/kiosk`,
      `  区级 district（徐汇区）、市级 city：对比演示城市的各中心${demoCity ? `（已添加 ${demoCity.plans.length} 个中心 ${demoCity.from} 至 ${demoCity.to} 的历史）` : ''}`,
    );
  }
  if (env.clockStart) lines.push(`时钟从 ${env.clockStart} 起运行（YIMEN_CLOCK_START）`);
  console.log(lines.join('\n'));
}
