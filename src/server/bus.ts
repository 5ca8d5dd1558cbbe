/**
 * Live updates across processes: a change is announced with NOTIFY inside the transaction that
 * made it (so it is sent only if it commits) and every process LISTENs and fans it out to its own
 * screens. No state lives only in one process's memory.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../db/connection.js';

export const EVENTS_CHANNEL = 'yimen_events';

/** What a live screen learns: kinds and ids only, never personal data. */
export interface LiveEvent {
  centreId: string;
  type: 'ticket' | 'call' | 'case' | 'rating' | 'window';
  at: string;
  data: Record<string, string | number | boolean | null>;
}

type Listener = (event: LiveEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();
  private stop: (() => Promise<void>) | null = null;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.stop = await this.database.listen(EVENTS_CHANNEL, (payload) => {
      let event: LiveEvent;
      try {
        event = JSON.parse(payload) as LiveEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(event);
    });
  }

  /** Announces an event when `tx` commits. */
  async publish(tx: Tx, event: LiveEvent): Promise<void> {
    await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.stop?.();
    this.listeners.clear();
  }
}
