/**
 * The demo city: eleven more centres in four districts — four of them in 徐汇区 beside the demo
 * centre — with about three months of business days of history up to the day before the demo's
 * clock, so the district and city views have centres to compare. Added once (meta key
 * `demo-city`); the demo centre keeps its own data.
 */
import { eq, sql } from 'drizzle-orm';
import { addDays, shanghaiDate, type IsoDate } from '../../core/dates.js';
import type { WorkCalendar } from '../../core/calendar/working-days.js';
import type { Tx } from '../../db/connection.js';
import { meta } from '../../db/schema.js';
import { generateCityHistory, loadCalendar, type CityHistory } from './city-history.js';

export const DEMO_CITY_META = 'demo-city';
const DEMO_CITY_LOCK = 746_467_003;

/** Real streets of the four districts, so the comparison reads like a real one. */
const DEMO_CITY = [
  { code: '310104', streets: ['天平路街道', '湖南路街道', '斜土路街道', '枫林路街道'] },
  { code: '310105', streets: ['华阳路街道', '新华路街道'] },
  { code: '310106', streets: ['静安寺街道', '南京西路街道'] },
  { code: '310115', streets: ['陆家嘴街道', '花木街道', '张江镇'] },
];

export interface DemoCityOptions {
  /** The demo clock's time: the history ends on the working day before its Shanghai date. */
  now: Date;
  /** The demo password, for the generated centres' staff accounts too. */
  password: string;
  businessDays?: number;
  casesPerCentreDay?: number;
  calendar?: WorkCalendar;
}

/** The first of the `count` working days that end just before `today`. */
export function firstOfWorkingDays(calendar: WorkCalendar, today: IsoDate, count: number): IsoDate {
  let day = today;
  for (let found = 0; found < count;) {
    day = addDays(day, -1);
    if (calendar.isWorkday(day)) found += 1;
  }
  return day;
}

/** Seeds the demo city unless it is there already; returns its history when it was created now. */
export async function seedDemoCity(tx: Tx, options: DemoCityOptions): Promise<CityHistory | null> {
  // Two processes starting at once on one server: the first seeds, the other then finds the key.
  await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_CITY_LOCK})`);
  const [done] = await tx.select().from(meta).where(eq(meta.key, DEMO_CITY_META));
  if (done) return null;
  const calendar = options.calendar ?? (await loadCalendar(tx));
  const businessDays = options.businessDays ?? 60;
  const history = await generateCityHistory(tx, {
    centres: DEMO_CITY.reduce((n, d) => n + d.streets.length, 0),
    districts: DEMO_CITY.map((d) => d.code),
    perDistrict: DEMO_CITY.map((d) => d.streets.length),
    names: DEMO_CITY.flatMap((d) =>
      d.streets.map((s) => ({ districtCode: d.code, name: `${s}社区事务受理服务中心` })),
    ),
    from: firstOfWorkingDays(calendar, shanghaiDate(options.now), businessDays),
    businessDays,
    // A demo centre's day is a few dozen residents: enough to compare, quick to load on PGlite.
    casesPerCentreDay: options.casesPerCentreDay ?? 25,
    seed: 467,
    password: options.password,
    calendar,
    // The same rows either way (the API test loads them with the triggers on and checks the
    // keys after this load too); with the triggers skipped PGlite takes a third of the time.
    skipTriggers: true,
  });
  await tx.insert(meta).values({
    key: DEMO_CITY_META,
    value: { centres: history.plans.map((p) => p.code), from: history.from, to: history.to },
    updatedAt: options.now.getTime(),
  });
  return history;
}
