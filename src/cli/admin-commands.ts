import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../db/connection.js';
import { users } from '../db/schema.js';
import { exportCatalogue, importCatalogue, parseCatalogue, readShippedCatalogue } from '../modules/catalogue/catalogue.service.js';
import { catalogueFromXlsx, catalogueToXlsx } from '../modules/catalogue/catalogue.xlsx.js';
import { findCentreByCode } from '../modules/centres/centres.repository.js';
import { createCentre } from '../modules/centres/demo-centre.seed.js';
import { prepareDatabase } from '../server/bootstrap.js';
import { clockFromEnv } from '../server/clock.js';
import { hashPassword } from '../server/passwords.js';
import { envConfig } from './config.js';

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const env = envConfig();
  const database = await openDatabase({ url: env.databaseUrl, dataDir: env.databaseUrl ? undefined : env.dataDir });
  try {
    await prepareDatabase(database, { demo: false, clock: clockFromEnv(env.clockStart) });
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function migrateCommand(): Promise<void> {
  await withDatabase(async () => console.log('数据库已是最新结构，节假日与事项目录已载入。'));
}

export async function createCentreCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      'district-code': { type: 'string' },
      'district-name': { type: 'string' },
      windows: { type: 'string', default: '8' },
    },
  });
  if (!values.code || !/^[a-z0-9-]{2,32}$/.test(values.code) || !values.name || !values['district-code'] || !values['district-name']) {
    throw new Error('需要 --code（小写字母、数字、连字符）--name --district-code --district-name');
  }
  const count = Number(values.windows);
  if (!Number.isInteger(count) || count < 1 || count > 30) throw new Error('--windows 应为1–30');
  await withDatabase(async ({ db }) => {
    const catalogue = await readShippedCatalogue();
    const letters = catalogue.lines.map((l) => l.letter);
    await db.transaction(async (tx) => {
      if (await findCentreByCode(tx, values.code!)) throw new Error(`中心 ${values.code} 已存在`);
      await createCentre(tx, {
        centre: { code: values.code!, name: values.name!, districtCode: values['district-code']!, districtName: values['district-name']!, address: '', phone: '' },
        lines: [...catalogue.lines, { letter: 'R', name: '结果领取', icon: 'inbox' }],
        windows: [
          ...Array.from({ length: count }, (_, i) => ({ number: i + 1, kind: 'comprehensive' as const, lines: letters })),
          { number: count + 1, kind: 'reply' as const, lines: ['R'] },
          { number: count + 2, kind: 'cashier' as const, lines: [] },
        ],
      });
    });
    console.log(`已创建中心 ${values.code}：${count} 个综合窗口、1 个回复窗口、1 个收付窗口。`);
  });
}

async function readPassword(): Promise<string> {
  if (process.env.YIMEN_ADMIN_PASSWORD) return process.env.YIMEN_ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stdout.write('请输入新管理员密码（至少12位）：');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0]!.trim();
}

export async function createAdminCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { centre: { type: 'string' }, username: { type: 'string' }, name: { type: 'string' } } });
  if (!values.centre || !values.username || !/^[a-z0-9._-]{3,64}$/.test(values.username) || !values.name) {
    throw new Error('需要 --centre --username（3–64位小写字母、数字、._-）--name');
  }
  const password = await readPassword();
  if (password.length < 12) throw new Error('密码至少12位');
  await withDatabase(async ({ db }) => {
    const centre = await findCentreByCode(db, values.centre!);
    if (!centre) throw new Error(`中心 ${values.centre} 不存在，请先 create-centre`);
    await db.insert(users).values({ centreId: centre.id, username: values.username!, name: values.name!, role: 'admin', passwordHash: await hashPassword(password) });
    console.log(`已创建管理员 ${values.username}。`);
  });
}

export async function catalogueCommand(command: string, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  await withDatabase(async ({ db }) => {
    if (command === 'catalogue-export') {
      if (!values.out) throw new Error('需要 --out FILE.xlsx');
      const shipped = await readShippedCatalogue();
      await writeFile(values.out, await catalogueToXlsx(await exportCatalogue(db, shipped.lines)));
      console.log(`已导出到 ${values.out}`);
      return;
    }
    const file = positionals[0];
    if (!file) throw new Error('需要文件路径（.xlsx 或 .json）');
    const data = await readFile(file);
    const catalogue = file.endsWith('.json') ? parseCatalogue(JSON.parse(data.toString('utf8'))) : await catalogueFromXlsx(data);
    const result = await db.transaction((tx) => importCatalogue(tx, catalogue, new Date()));
    console.log(`已导入 ${result.departments} 个部门、${result.items} 个事项。`);
  });
}
