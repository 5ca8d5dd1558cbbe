import { sql } from 'drizzle-orm';
import { shanghaiMidnight } from '../../core/dates.js';
import { queryRows, type Tx } from '../../db/connection.js';

/** The ticket events that are calls a hall hears: the first call and every recall. */
const CALL_KINDS = sql`('called', 'recalled')`;

export interface WindowStateRow {
  id: string;
  number: number;
  name: string;
  kind: 'comprehensive' | 'specialised' | 'reply' | 'cashier';
  is_open: boolean;
  clerk_id: string | null;
  ticket: string | null;
  ticket_status: 'called' | 'serving' | null;
}

/**
 * A centre's windows (or one window) with the ticket of the business day each is calling or
 * serving. A ticket left over from an earlier day is the clerk's to close, not the hall's to show.
 */
export async function listWindowStates(
  tx: Tx,
  options: { centreId: string; businessDate: string; windowId?: string },
): Promise<WindowStateRow[]> {
  return queryRows<WindowStateRow>(
    tx,
    // A seat left from an earlier business day is nobody at the window today.
    sql`select w.id, w.number, w.name, w.kind, w.is_open,
        case when w.seated_at >= ${shanghaiMidnight(options.businessDate)} then w.clerk_id end as clerk_id,
        t.number as ticket, t.status as ticket_status
      from windows w
      left join lateral (
        select number, status from tickets
        where window_id = w.id and business_date = ${options.businessDate}
          and status in ('called', 'serving')
        order by called_at
        limit 1) t on true
      where w.centre_id = ${options.centreId}
        ${options.windowId ? sql`and w.id = ${options.windowId}` : sql``}
      order by w.number`,
  );
}

export interface CallRow {
  id: number | string;
  at: Date | string;
  ticket: string;
  window_id: string;
  window_name: string;
  calls: number;
}

/**
 * Calls of a centre, newest first. `calls` counts this call among the ticket's calls since it
 * was last called afresh (a reinstated ticket starts again at 1), as the live event says.
 */
export async function listCalls(
  tx: Tx,
  options: {
    centreId: string;
    /** Only calls of tickets of this business day. */
    businessDate?: string;
    afterId?: number;
    eventId?: number;
    windowId?: string;
    ticket?: string;
    limit: number;
  },
): Promise<CallRow[]> {
  const where = [
    sql`te.centre_id = ${options.centreId}`,
    sql`te.kind in ${CALL_KINDS}`,
    options.businessDate ? sql`t.business_date = ${options.businessDate}` : undefined,
    options.afterId !== undefined ? sql`te.id > ${options.afterId}` : undefined,
    options.eventId !== undefined ? sql`te.id = ${options.eventId}` : undefined,
    options.windowId ? sql`te.window_id = ${options.windowId}` : undefined,
    options.ticket ? sql`t.number = ${options.ticket}` : undefined,
  ].filter((part) => part !== undefined);
  return queryRows<CallRow>(
    tx,
    sql`select te.id, te.at, t.number as ticket, w.id as window_id, w.name as window_name,
        (select count(*)::int from ticket_events c
          where c.ticket_id = te.ticket_id and c.kind in ${CALL_KINDS} and c.id <= te.id
            and c.id >= coalesce((select max(f.id) from ticket_events f
              where f.ticket_id = te.ticket_id and f.kind = 'called' and f.id <= te.id), 0)) as calls
      from ticket_events te
      join tickets t on t.id = te.ticket_id
      join windows w on w.id = te.window_id
      where ${sql.join(where, sql` and `)}
      order by te.id desc
      limit ${options.limit}`,
  );
}

/** The newest ticket event id of a centre, or 0: a screen's stream starts after it. */
export async function lastTicketEventId(tx: Tx, centreId: string): Promise<number> {
  const rows = await queryRows<{ id: number | string | null }>(
    tx,
    sql`select max(id) as id from ticket_events where centre_id = ${centreId}`,
  );
  return Number(rows[0]?.id ?? 0);
}
