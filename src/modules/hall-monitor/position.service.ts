import { and, eq } from 'drizzle-orm';
import { TICKET_STATUS_LABELS } from '../../core/queue/ticket-state.js';
import { centres, lines, windows } from '../../db/schema.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { getSettings } from '../settings/settings.service.js';
import * as ticketsRepo from '../tickets/tickets.repository.js';
import { waitFor } from '../tickets/tickets.service.js';

/**
 * Where a ticket stands, for the resident's phone (the ticket's QR code): people ahead, the
 * estimate, and the window once called. The ticket id is the only key; nothing personal is shown.
 */
export async function ticketPosition(ctx: AppContext, ticketId: string) {
  const ticket = await ticketsRepo.findTicket(ctx.db, ticketId);
  if (!ticket) throw notFound('ticket.not_found', '号码不存在');
  const [centre] = await ctx.db
    .select({ code: centres.code })
    .from(centres)
    .where(eq(centres.id, ticket.centreId));
  const [line] = await ctx.db
    .select({ name: lines.name })
    .from(lines)
    .where(and(eq(lines.centreId, ticket.centreId), eq(lines.letter, ticket.line)));
  const window = ticket.windowId
    ? (
        await ctx.db
          .select({ name: windows.name })
          .from(windows)
          .where(eq(windows.id, ticket.windowId))
      )[0]
    : undefined;
  const wait =
    ticket.status === 'waiting'
      ? await waitFor(ctx, ctx.db, ticket, await getSettings(ctx.db, ticket.centreId))
      : { ahead: 0, estimatedWaitMinutes: null };
  return {
    number: ticket.number,
    lineName: line?.name ?? ticket.line,
    status: ticket.status,
    statusLabel: TICKET_STATUS_LABELS[ticket.status],
    ahead: wait.ahead,
    estimatedWaitMinutes: wait.estimatedWaitMinutes,
    window:
      ticket.status === 'called' || ticket.status === 'serving' ? (window?.name ?? null) : null,
    centreCode: centre?.code ?? '',
  };
}
