import { afterEach, expect, it } from 'vitest';
import { MAX_STREAMS_PER_ADDRESS } from '../../src/modules/hall/hall.stream.js';
import {
  APPLICANT,
  VALID_ID,
  acceptCase,
  findItem,
  windowsByNumber,
} from '../support/factories.js';
import { EventReader } from '../support/event-stream.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';

describeOnEachDb('the hall screens', (env) => {
  let port = 0;
  const open: EventReader[] = [];

  async function stream(path: string, headers: Record<string, string> = {}) {
    if (!port) {
      await env().app.listen({ port: 0, host: '127.0.0.1' });
      port = (env().app.server.address() as { port: number }).port;
    }
    const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, { headers });
    const reader = new EventReader(response);
    open.push(reader);
    return reader;
  }

  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.close()));
  });

  async function issue(line: string) {
    const res = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line } });
    expect(res.status).toBe(201);
    return res.body as { id: string; number: string };
  }

  async function callNext(e: TestEnv, windowId: string, clerk: string) {
    const cookie = await e.login(clerk);
    const res = await e.call('POST', `/api/v1/windows/${windowId}/call-next`, { cookie });
    expect(res.status).toBe(200);
    return { ticket: res.body.ticket as { id: string; number: string }, cookie };
  }

  it("shows each window's number, the waiting per line and the latest calls", async () => {
    env().clock.set('2026-03-02T01:00:00Z');
    const windows = await windowsByNumber(env());
    const a1 = await issue('A');
    await issue('A');
    await issue('B');
    const { ticket, cookie } = await callNext(env(), windows.get(3)!.id, 'clerk');
    expect(ticket.number).toBe(a1.number);

    const board = await env().call('GET', '/api/v1/centres/demo/hall');
    expect(board.status).toBe(200);
    expect(board.body.centre).toEqual({ code: 'demo', name: '示范街道社区事务受理服务中心' });
    expect(board.body.businessDate).toBe('2026-03-02');
    const byName = new Map(board.body.windows.map((w: any) => [w.name, w]));
    expect(byName.get('3号窗口')).toMatchObject({
      number: 3,
      kind: 'comprehensive',
      status: 'called',
      ticket: 'A001',
    });
    expect(byName.get('1号窗口')).toMatchObject({ status: 'unstaffed', ticket: null });
    const lines = new Map(board.body.lines.map((l: any) => [l.letter, l.waiting]));
    expect([lines.get('A'), lines.get('B'), lines.get('C')]).toEqual([1, 1, 0]);
    expect(board.body.recentCalls).toEqual([
      {
        eventId: expect.any(Number),
        ticket: 'A001',
        window: '3号窗口',
        windowId: windows.get(3)!.id,
        calls: 1,
        at: '2026-03-02T01:00:00.000Z',
        announcement: '请A001号到3号窗口办理',
      },
    ]);
    expect(board.body.lastEventId).toBeGreaterThanOrEqual(board.body.recentCalls[0].eventId);

    await env().call('POST', `/api/v1/tickets/${ticket.id}/start`, { cookie });
    const screen = await env().call('GET', `/api/v1/windows/${windows.get(3)!.id}/screen`);
    expect(screen.status).toBe(200);
    expect(screen.body).toMatchObject({
      centre: { code: 'demo' },
      // The clerk's name on a public screen is masked: 王晓燕 → 王*燕.
      window: { name: '3号窗口', status: 'serving', ticket: 'A001', clerkName: '王*燕' },
      recentCalls: [{ ticket: 'A001', calls: 1 }],
    });
    const other = await env().call('GET', `/api/v1/windows/${windows.get(1)!.id}/screen`);
    expect(other.body.window).toMatchObject({ status: 'unstaffed', ticket: null, clerkName: null });
  });

  it('streams a call to the screens at once, with its durable id', async () => {
    env().clock.set('2026-03-03T01:00:00Z');
    const windows = await windowsByNumber(env());
    const events = await stream('/centres/demo/hall/events');
    expect(events.response.headers.get('content-type')).toContain('text/event-stream');
    await issue('C');
    const board = await events.next('board');
    expect(board.data.lines.find((l: any) => l.letter === 'C').waiting).toBe(1);
    expect(board.id).toBeUndefined();

    const { ticket, cookie } = await callNext(env(), windows.get(2)!.id, 'clerk2');
    const call = await events.next('call');
    expect(call.data).toEqual({
      eventId: Number(call.id),
      ticket: ticket.number,
      window: '2号窗口',
      windowId: windows.get(2)!.id,
      calls: 1,
      at: '2026-03-03T01:00:00.000Z',
      announcement: `请${ticket.number}号到2号窗口办理`,
    });
    const counts = await events.next('board');
    expect(counts.data.lines.find((l: any) => l.letter === 'C').waiting).toBe(0);
    expect(counts.data.windows.find((w: any) => w.number === 2)).toMatchObject({
      status: 'called',
      ticket: ticket.number,
    });

    // A recall is a call too, with the window's name though its live event carries only the id.
    env().clock.advanceMinutes(1);
    await env().call('POST', `/api/v1/tickets/${ticket.id}/recall`, { cookie });
    const recall = await events.next('call');
    expect(recall.data).toMatchObject({
      ticket: ticket.number,
      window: '2号窗口',
      calls: 2,
      at: '2026-03-03T01:01:00.000Z',
    });
    expect(Number(recall.id)).toBeGreaterThan(Number(call.id));
  });

  it('sends a reconnecting screen the calls it missed (Last-Event-ID or ?lastEventId=)', async () => {
    env().clock.set('2026-03-04T01:00:00Z');
    const windows = await windowsByNumber(env());
    for (let i = 0; i < 3; i++) await issue('D');
    const first = await stream('/centres/demo/hall/events');
    await callNext(env(), windows.get(4)!.id, 'clerk4');
    const seen = await first.next('call');
    await first.close();

    // While the screen is away (a restart, a network cut), two more windows call.
    env().clock.advanceMinutes(2);
    const d2 = await callNext(env(), windows.get(5)!.id, 'clerk5');
    const d3 = await callNext(env(), windows.get(6)!.id, 'clerk3');

    const again = await stream('/centres/demo/hall/events', { 'last-event-id': seen.id! });
    const missed = [await again.next('call'), await again.next('call')];
    expect(missed.map((e) => [e.data.ticket, e.data.window])).toEqual([
      [d2.ticket.number, '5号窗口'],
      [d3.ticket.number, '6号窗口'],
    ]);
    expect(missed[0]!.data.at).toBe('2026-03-04T01:02:00.000Z');
    expect(Number(missed[1]!.id)).toBeGreaterThan(Number(missed[0]!.id));

    // The same from the query (a page that lost its EventSource and opened a new one).
    const byQuery = await stream(`/centres/demo/hall/events?lastEventId=${missed[0]!.id}`);
    expect((await byQuery.next('call')).data.ticket).toBe(d3.ticket.number);

    // After the replay the stream carries on live, and a call is sent once.
    env().clock.advanceMinutes(1);
    await env().call('POST', `/api/v1/tickets/${d3.ticket.id}/recall`, { cookie: d3.cookie });
    expect((await again.next('call')).data).toMatchObject({ ticket: d3.ticket.number, calls: 2 });
    const calls = again.received.filter((raw) => raw.includes('event: call'));
    expect(calls).toHaveLength(3);
  });

  it("never shows a resident's name or ID number, nor a clerk's name unmasked", async () => {
    env().clock.set('2026-03-05T01:00:00Z');
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'immediate');
    const events = await stream('/centres/demo/hall/events');
    await issue(item.line);
    const { ticket, cookie } = await callNext(env(), windows.get(7)!.id, 'clerk');
    await events.next('call');
    await env().call('POST', `/api/v1/tickets/${ticket.id}/start`, { cookie });
    const accepted = await acceptCase(env(), { ticketId: ticket.id, item, cookie });
    expect(accepted.status).toBe(201);
    await events.next('board');

    const board = await env().call('GET', '/api/v1/centres/demo/hall');
    const screen = await env().call('GET', `/api/v1/windows/${windows.get(7)!.id}/screen`);
    const everything = JSON.stringify([board.body, screen.body, events.received]);
    for (const secret of [
      APPLICANT.name,
      VALID_ID,
      VALID_ID.slice(-4),
      APPLICANT.phone,
      '王晓燕',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(screen.body.window.clerkName).toBe('王*燕');
  });

  it('answers an unknown centre or window with 404 and a malformed event id with 400', async () => {
    const board = await env().call('GET', '/api/v1/centres/nowhere/hall');
    expect(board).toMatchObject({ status: 404, body: { error: { code: 'centre.not_found' } } });
    const events = await env().call('GET', '/api/v1/centres/nowhere/hall/events');
    expect(events).toMatchObject({ status: 404, body: { error: { code: 'centre.not_found' } } });
    const screen = await env().call(
      'GET',
      '/api/v1/windows/00000000-0000-4000-8000-000000000000/screen',
    );
    expect(screen).toMatchObject({ status: 404, body: { error: { code: 'window.not_found' } } });
    const bad = await env().call('GET', '/api/v1/centres/demo/hall/events?lastEventId=abc');
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
  });

  it(`refuses a ${MAX_STREAMS_PER_ADDRESS + 1}th stream from one address with 429`, async () => {
    // One address of its own (the app trusts X-Forwarded-For from its proxy), so streams other
    // tests are still closing do not count.
    const from = { 'x-forwarded-for': '203.0.113.7' };
    const streams = await Promise.all(
      Array.from({ length: MAX_STREAMS_PER_ADDRESS }, () =>
        stream('/centres/demo/hall/events', from),
      ),
    );
    const url = `http://127.0.0.1:${port}/api/v1/centres/demo/hall/events`;
    expect(streams.every((s) => s.response.status === 200)).toBe(true);
    const refused = await fetch(url, { headers: from });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: { code: 'hall.too_many_streams', message: expect.any(String) },
    });
    const elsewhere = await fetch(url);
    expect(elsewhere.status).toBe(200);
    await elsewhere.body?.cancel();
    // A stream that closes frees its place.
    await streams[0]!.close();
    await expect
      .poll(async () => {
        const res = await fetch(url, { headers: from });
        await res.body?.cancel();
        return res.status;
      })
      .toBe(200);
  });
});
