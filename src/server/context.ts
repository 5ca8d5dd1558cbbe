import type { Database, Db } from '../db/connection.js';
import type { CalendarService } from '../modules/calendar/calendar.service.js';
import type { EventBus } from './bus.js';
import type { Clock } from './clock.js';

/** What every service needs, built once per process and passed down explicitly. */
export interface AppContext {
  database: Database;
  db: Db;
  clock: Clock;
  calendar: CalendarService;
  bus: EventBus;
  config: AppConfig;
}

export interface AppConfig {
  /** Demo mode: demo accounts exist and every page shows a banner. */
  demo: boolean;
  /** Where the built console lives; absent means the API alone. */
  webDist?: string;
  /** The public address residents reach, for QR codes on receipts. */
  publicUrl: string;
  /** Set Secure on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** Which proxies' X-Forwarded-For to believe (YIMEN_TRUST_PROXY): none by default. */
  trustProxy?: boolean | string | ((address: string, hop: number) => boolean);
  /** Turn off rate limits (the simulator and benchmarks drive the kiosk API hard on purpose). */
  rateLimit: boolean;
}
