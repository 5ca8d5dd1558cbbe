import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { loggableError } from '../../src/server/errors.js';
import { queryRows } from '../../src/db/connection.js';
import { describeOnEachDb } from '../support/harness.js';
import { acceptCase, findItem, serveNewTicket, windowsByNumber } from '../support/factories.js';

/** Reads server-sent events from a response until `want` matches one. */
async function waitForEvent(body: ReadableStream<Uint8Array>, want: (event: string, data: any) => boolean) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data && want(event, JSON.parse(data))) {
        await reader.cancel();
        return { event, data: JSON.parse(data) };
      }
    }
  }
}

describeOnEachDb('live updates and atomic writes', (env) => {
  it('streams a call to the manager\'s live page, without personal data', async () => {
    await env().app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = env().app.server.address() as { port: number };
    const manager = await env().login('manager');
    const stream = await fetch(`http://127.0.0.1:${port}/api/v1/live`, { headers: { cookie: manager } });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'immediate');
    const received = waitForEvent(stream.body!, (event) => event === 'call');
    const served = await serveNewTicket(env(), { line: item.line, windowId: windows.get(1)!.id });
    const { data } = await received;
    expect(data).toMatchObject({ ticket: served.number, window: '1号窗口', calls: 1 });
    const anonymous = await fetch(`http://127.0.0.1:${port}/api/v1/live`);
    expect(anonymous.status).toBe(401);
  });

  it('leaves nothing half-written when acceptance fails midway', async () => {
    const { db } = env().ctx;
    // A fault after the case row is written: writing the receipt fails.
    await db.execute(sql`create function fail_receipt() returns trigger language plpgsql as $$
      begin raise exception 'receipt store unavailable'; end $$`);
    await db.execute(sql`create trigger fail_receipt before insert on notices for each row execute function fail_receipt()`);
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    const state = await env().call('GET', `/api/v1/windows/${windows.get(1)!.id}/current`, { cookie });
    const item = await findItem(env(), 'committed');
    const before = await queryRows<{ cases: number; events: number; applicants: number }>(db, sql`select
      (select count(*)::int from cases) as cases, (select count(*)::int from case_events) as events, (select count(*)::int from applicants) as applicants`);
    const res = await acceptCase(env(), { ticketId: state.body.ticket.id, item, cookie, applicant: { idType: 'resident_id', idNumber: '440524188001010014', name: '李四', phone: '13900000000' } });
    expect(res.status).toBe(500);
    expect(res.body.error).toEqual({ code: 'server.internal', message: expect.stringContaining('系统内部错误') });
    const after = await queryRows<typeof before[number]>(db, sql`select
      (select count(*)::int from cases) as cases, (select count(*)::int from case_events) as events, (select count(*)::int from applicants) as applicants`);
    expect(after).toEqual(before);
    await db.execute(sql`drop trigger fail_receipt on notices`);
    // What such a fault would log carries no query parameters.
    const fault = await db.execute(sql`select ${'440524188001010014'}::int`).catch((err: unknown) => err);
    expect(JSON.stringify(loggableError(fault))).not.toContain('440524188001010014');
    const retried = await acceptCase(env(), { ticketId: state.body.ticket.id, item, cookie });
    expect(retried.status).toBe(201);
  });
});
