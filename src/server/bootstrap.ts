/**
 * Opens the database and makes it ready: migrations, the working-day calendar and the catalogue
 * (reference data, on every start, idempotent), and in demo mode the demo centre.
 */
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type Database, type DatabaseOptions } from '../db/connection.js';
import { meta } from '../db/schema.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { importCatalogue, readShippedCatalogue } from '../modules/catalogue/catalogue.service.js';
import { seedDemoCentre } from '../modules/centres/demo-centre.seed.js';
import { EventBus } from './bus.js';
import type { Clock } from './clock.js';
import type { AppConfig, AppContext } from './context.js';

const SEED_LOCK = 746_467_002;

export interface PrepareOptions {
  demo: boolean;
  clock: Clock;
}

/** Reference data is loaded once per database; `meta.reference` records what was loaded. */
export async function prepareDatabase(database: Database, options: PrepareOptions): Promise<{ demoCreated: boolean }> {
  await database.migrate();
  const { db } = database;
  const now = options.clock.now();
  const calendar = new CalendarService(db);
  const catalogue = await readShippedCatalogue();
  return db.transaction(async (tx) => {
    // Several processes may start at once on one server: the first seeds, the others wait and see it done.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [reference] = await tx.select().from(meta).where(eq(meta.key, 'reference')).for('update');
    if (!reference) {
      await calendar.seedFromPackage(tx, now);
      await importCatalogue(tx, catalogue, now);
      await tx.insert(meta).values({ key: 'reference', value: { loadedAt: now.toISOString() }, updatedAt: now.getTime() }).onConflictDoNothing();
    }
    const [mode] = await tx.select().from(meta).where(eq(meta.key, 'demo'));
    if (mode?.value === true && !options.demo) {
      throw new Error('此数据目录包含演示数据：请以演示模式启动（npm start），或为正式运行使用新的数据目录 / 数据库。');
    }
    if (!options.demo) return { demoCreated: false };
    const { created } = await seedDemoCentre(tx, catalogue);
    await tx.insert(meta).values({ key: 'demo', value: true, updatedAt: now.getTime() }).onConflictDoNothing();
    return { demoCreated: created };
  });
}

export async function createContext(options: DatabaseOptions & { clock: Clock; config: AppConfig; database?: Database }): Promise<AppContext> {
  const database = options.database ?? (await openDatabase(options));
  const bus = new EventBus(database);
  await bus.start();
  return { database, db: database.db, clock: options.clock, calendar: new CalendarService(database.db), bus, config: options.config };
}
