/**
 * "Your turn is near": after each call, residents of the window's lines who left a phone number
 * and now have few enough people ahead get a message queued in the outbox (once), and a worker in
 * every process sends what is pending through the configured sender.
 */
import { shanghaiDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../server/context.js';
import { getSettings } from '../settings/settings.service.js';
import * as repo from './notifications.repository.js';
import type { MessageSender } from './sender.js';

export const TURN_NEAR = 'turn_near';

/** Queues "your turn is near" for tickets now within `notifyWhenAhead` of the front. */
export async function queueTurnNear(ctx: AppContext, tx: Tx, input: { centreId: string; lines: string[]; windowName: string }): Promise<number> {
  const now = ctx.clock.now();
  const { notifyWhenAhead } = await getSettings(tx, input.centreId);
  const due = (await repo.ticketsToNotify(tx, input.centreId, shanghaiDate(now), input.lines)).filter((t) => t.ahead < notifyWhenAhead);
  await repo.enqueue(
    tx,
    due.map((t) => ({
      centreId: input.centreId,
      channel: 'sms' as const,
      recipient: t.phone,
      template: TURN_NEAR,
      payload: { ticket: t.number, ahead: t.ahead },
      createdAt: now,
    })),
  );
  for (const t of due) await repo.clearNotifyPhone(tx, t.id);
  return due.length;
}

/** Sends up to `limit` pending messages; a failure is retried on a later round, three times at most. */
export async function sendPending(ctx: AppContext, sender: MessageSender, limit = 20): Promise<{ sent: number; failed: number }> {
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.claimPending(tx, limit);
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      try {
        await sender.send({ channel: row.channel, recipient: row.recipient, template: row.template, payload: row.payload });
        await repo.markSent(tx, row.id, ctx.clock.now());
        sent += 1;
      } catch {
        await repo.markFailed(tx, row.id, row.attempts, 3);
        failed += 1;
      }
    }
    return { sent, failed };
  });
}

/** Runs `sendPending` every `intervalMs` until stopped. */
export function startOutboxWorker(ctx: AppContext, sender: MessageSender, intervalMs = 2000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sendPending(ctx, sender)
      .catch(() => {})
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
