import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../src/db/connection.js';
import { sendPending } from '../../src/modules/notifications/notifications.service.js';
import type { OutgoingMessage } from '../../src/modules/notifications/sender.js';
import { logSender } from '../../src/modules/notifications/sender.js';
import { describeOnEachDb } from '../support/harness.js';
import { windowsByNumber } from '../support/factories.js';

describeOnEachDb('"your turn is near" messages', (env) => {
  it('queues one message when a resident who left a phone number gets near the front, and sends it', async () => {
    const take = (body: object) => env().call('POST', '/api/v1/centres/demo/tickets', { body });
    for (let i = 0; i < 4; i++) await take({ line: 'G' }); // G001–G004
    const mine = await take({ line: 'G', notifyPhone: '13912345678' }); // G005: 4 ahead
    expect((await take({ line: 'G', notifyPhone: '12345' })).status).toBe(400);
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    const outbox = () => queryRows<{ recipient: string; template: string; status: string; payload: { ticket: string; ahead: number } }>(env().ctx.db, sql`select recipient, template, status, payload from outbox order by id`);
    const serveOne = async () => {
      const called = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie });
      await env().call('POST', `/api/v1/tickets/${called.body.ticket.id}/start`, { cookie });
      await env().call('POST', `/api/v1/tickets/${called.body.ticket.id}/finish`, { cookie });
    };
    await serveOne(); // 3 ahead now: not yet
    expect(await outbox()).toEqual([]);
    await serveOne(); // 2 ahead: below the default of 3
    await serveOne();
    expect(await outbox()).toEqual([{ recipient: '13912345678', template: 'turn_near', status: 'pending', payload: { ticket: 'G005', ahead: 2 } }]);
    const [ticket] = await queryRows<{ notify_phone: string | null }>(env().ctx.db, sql`select notify_phone from tickets where id = ${mine.body.id}`);
    expect(ticket!.notify_phone).toBeNull();

    const sent: OutgoingMessage[] = [];
    const failing = { send: async () => { throw new Error('gateway down'); } };
    expect(await sendPending(env().ctx, failing)).toEqual({ sent: 0, failed: 1 });
    expect((await outbox())[0]!.status).toBe('pending');
    expect(await sendPending(env().ctx, { send: async (m) => void sent.push(m) })).toEqual({ sent: 1, failed: 0 });
    expect(sent).toEqual([{ channel: 'sms', recipient: '13912345678', template: 'turn_near', payload: { ticket: 'G005', ahead: 2 } }]);
    expect((await outbox())[0]!.status).toBe('sent');
  });

  it('logs with the phone number masked in the shipped sender', async () => {
    const lines: Record<string, unknown>[] = [];
    await logSender((l) => lines.push(l)).send({ channel: 'sms', recipient: '13912345678', template: 'turn_near', payload: { ticket: 'A001' } });
    expect(JSON.stringify(lines)).toContain('139****5678');
    expect(JSON.stringify(lines)).not.toContain('13912345678');
  });
});
