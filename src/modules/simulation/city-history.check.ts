/**
 * Checks of a generated history that do not rely on the load having run with its triggers: every
 * foreign key, asked of the rows themselves (a load with `session_replication_role = replica`
 * skips the foreign-key triggers), and the row counts that must add up across tables.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';

export interface KeyViolation {
  constraint: string;
  rows: number;
}

/** Every single-column foreign key of the public schema, and how many rows break it (none, when sound). */
export async function foreignKeyViolations(tx: Tx): Promise<KeyViolation[]> {
  const keys = await queryRows<{
    name: string;
    child: string;
    column: string;
    parent: string;
    target: string;
  }>(
    tx,
    sql`select c.conname as name, c.conrelid::regclass::text as child, a.attname as column,
          c.confrelid::regclass::text as parent, b.attname as target
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
        where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace
        order by 2, 3`,
  );
  const found: KeyViolation[] = [];
  for (const key of keys) {
    const [child, parent, column, target] = [key.child, key.parent, key.column, key.target].map(
      quoteIdent,
    );
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql.raw(`select count(*)::int as n from ${child} x where x.${column} is not null
        and not exists (select 1 from ${parent} y where y.${target} = x.${column})`),
    );
    if (Number(row?.n ?? 0) > 0) found.push({ constraint: key.name, rows: Number(row!.n) });
  }
  return found;
}

function quoteIdent(name: string): string {
  // regclass::text quotes names that need it already; plain names are quoted here.
  return name.startsWith('"') ? name : `"${name.replace(/"/g, '""')}"`;
}

export interface HistoryConsistency {
  /** Cases whose ticket is not of the same centre and day, or whose service is not that ticket's. */
  casesOffTheirTicket: number;
  /** Ratings whose service is of another centre or window. */
  ratingsOffTheirService: number;
  /** Tickets with a number that is not their line's letter and sequence. */
  malformedTickets: number;
  /** Counter rows behind the numbers they handed out. */
  countersBehind: number;
  /** Committed decided cases whose overdue days disagree with handling days and the promised limit. */
  overdueMismatches: number;
}

/** Relations between the generated rows that no foreign key states. */
export async function historyConsistency(tx: Tx, centreIds: string[]): Promise<HistoryConsistency> {
  const ids = sql`${`{${centreIds.join(',')}}`}::uuid[]`;
  const [row] = await queryRows<Record<keyof HistoryConsistency, number>>(
    tx,
    sql`select
      (select count(*)::int from cases c join tickets t on t.id = c.ticket_id left join services s on s.id = c.service_id
        where c.centre_id = any(${ids}) and (t.centre_id <> c.centre_id or t.business_date <> c.accepted_on or s.ticket_id is distinct from t.id)) as "casesOffTheirTicket",
      (select count(*)::int from ratings r join services s on s.id = r.service_id
        where r.centre_id = any(${ids}) and (s.centre_id <> r.centre_id or s.window_id <> r.window_id)) as "ratingsOffTheirService",
      (select count(*)::int from tickets where centre_id = any(${ids})
        and number <> line || case when seq < 1000 then lpad(seq::text, 3, '0') else seq::text end) as "malformedTickets",
      (select count(*)::int from ticket_counters k where k.centre_id = any(${ids}) and k.last_seq <
        (select max(seq) from tickets t where t.centre_id = k.centre_id and t.business_date = k.business_date and t.line = k.line)) as "countersBehind",
      (select count(*)::int from cases where centre_id = any(${ids}) and kind = 'committed' and decided_on is not null
        and overdue_days <> greatest(0, handling_days - promised_days)) as "overdueMismatches"`,
  );
  return {
    casesOffTheirTicket: Number(row!.casesOffTheirTicket),
    ratingsOffTheirService: Number(row!.ratingsOffTheirService),
    malformedTickets: Number(row!.malformedTickets),
    countersBehind: Number(row!.countersBehind),
    overdueMismatches: Number(row!.overdueMismatches),
  };
}
