/**
 * One database handle for the whole app: embedded PGlite in a data folder by default, a
 * PostgreSQL server when a URL is given. Both speak the same SQL and run the same migrations.
 */
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** What a repository function takes first: the database or an open transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

/** Runs raw SQL and returns its rows, typed by the caller (both drivers answer `{ rows }`). */
export async function queryRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs `onMessage` for each NOTIFY on `channel`; the returned function stops listening. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** Applies the migrations that have not run yet; safe when several processes start at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Any 64-bit number that is the same in every process: the lock serialises concurrent migrations.
const MIGRATION_LOCK = 746_467_001;

export interface DatabaseOptions {
  /** postgres://… to use a server; otherwise PGlite. */
  url?: string;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string;
  /** An existing PGlite instance (tests share or clone one). */
  pglite?: PGlite;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  const client = options.pglite ?? (await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {}));
  return wrapPglite(client, !options.pglite);
}

function wrapPglite(client: PGlite, owns: boolean): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async listen(channel, onMessage) {
      const stop = await client.listen(channel, onMessage);
      return async () => stop();
    },
    // PGlite is one process: no lock needed.
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: async () => {
      if (owns) await client.close();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.YIMEN_DB_POOL ?? 10) });
  // An idle client dropped by the server must not crash the process.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const listener = new ListenerConnection(url);
  return {
    kind: 'postgres',
    db,
    listen: (channel, onMessage) => listener.listen(channel, onMessage),
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * One dedicated connection for LISTEN, shared by every subscriber in this process. When the
 * server goes away it reconnects and listens again, so live screens resume by themselves.
 */
class ListenerConnection {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      const client = await this.connect();
      await client.query(`listen ${quoteIdent(channel)}`);
    }
    set.add(onMessage);
    return async () => {
      set.delete(onMessage);
    };
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (msg) => {
        for (const handler of this.handlers.get(msg.channel) ?? []) handler(msg.payload ?? '');
      });
      client.on('error', () => this.reconnectLater());
      client.on('end', () => this.reconnectLater());
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`listen ${quoteIdent(channel)}`);
      this.client = client;
      this.connecting = null;
      return client;
    })().catch((err) => {
      this.connecting = null;
      throw err;
    });
    return this.connecting;
  }

  private reconnectLater(): void {
    this.client = null;
    if (this.closed) return;
    setTimeout(() => {
      if (!this.closed && this.handlers.size > 0) this.connect().catch(() => this.reconnectLater());
    }, 1000).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
