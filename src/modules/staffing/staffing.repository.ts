import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';

/** Lines some comprehensive window serves: the queue the planner sizes those windows for. */
const comprehensiveLines = (centreId: string) => sql`(
  select unnest(w.lines) from windows w where w.centre_id = ${centreId} and w.kind = 'comprehensive')`;

/**
 * Tickets issued per clock hour and line between two business dates. Hours are counted on the
 * Unix epoch, which is the same instant in every time zone, so neither the database's nor the
 * server's zone decides which hour a ticket falls in; the service reads the Shanghai hour off the
 * bucket's start.
 */
export async function arrivalsByHour(
  tx: Tx,
  centreId: string,
  range: { from: string; to: string },
): Promise<{ hourStart: Date; line: string; tickets: number }[]> {
  const rows = await queryRows<{ bucket: number | string; line: string; tickets: number | string }>(
    tx,
    sql`select floor(extract(epoch from issued_at) / 3600) as bucket, line, count(*) as tickets
      from tickets
      where centre_id = ${centreId} and business_date between ${range.from} and ${range.to}
        and line in ${comprehensiveLines(centreId)}
      group by 1, 2`,
  );
  return rows.map((r) => ({
    hourStart: new Date(Number(r.bucket) * 3_600_000),
    line: r.line,
    tickets: Number(r.tickets),
  }));
}

/**
 * Finished services per business date and line: start of service to its end. No-shows never
 * started and are left out, as is a ticket still being served.
 */
export async function serviceTotals(
  tx: Tx,
  centreId: string,
  range: { from: string; to: string },
): Promise<{ date: string; line: string; services: number; minutes: number }[]> {
  const rows = await queryRows<{
    date: string;
    line: string;
    services: number | string;
    minutes: number | string;
  }>(
    tx,
    sql`select business_date::text as date, line, count(*) as services,
        sum(extract(epoch from finished_at - started_at)) / 60 as minutes
      from tickets
      where centre_id = ${centreId} and business_date between ${range.from} and ${range.to}
        and status = 'done' and started_at is not null and finished_at is not null
        and line in ${comprehensiveLines(centreId)}
      group by 1, 2`,
  );
  return rows.map((r) => ({
    date: r.date,
    line: r.line,
    services: Number(r.services),
    minutes: Number(r.minutes),
  }));
}

/** Comprehensive windows open today: the staffing the forecast is for. */
export async function countOpenComprehensiveWindows(tx: Tx, centreId: string): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*) as n from windows where centre_id = ${centreId} and kind = 'comprehensive' and is_open`,
  );
  return Number(row?.n ?? 0);
}
