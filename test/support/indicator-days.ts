/**
 * Two weeks at the demo centre built through the real API, for the indicator tests: tickets with
 * known waits, immediate cases finished in known times, committed cases decided on time and late
 * (one after a supplement pause), an open case past its deadline and one paused past it, notices,
 * appointments shown and missed, ratings of every kind (good, neutral, bad). The follow-up work on bad ratings, an upheld
 * appeal and complaints are written straight into their tables, as their own services would.
 * Times are Asia/Shanghai; March 2026 has no public holiday, so working days are Monday–Friday.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { checkCharacter } from '../../src/core/identity/validate.js';
import { APPLICANT, findItem, windowsByNumber } from './factories.js';
import type { TestEnv } from './harness.js';

export const at = (day: string, time: string) => `${day}T${time}+08:00`;
const MON = '2026-03-02';
const TUE = '2026-03-03';

/** Seconds between issue and start of service of every ticket served (T5 is a no-show). */
export const WAITS = {
  T1: 300,
  T2: 930,
  T3: 1200,
  T4: 125,
  T6: 2460,
  T7: 60,
  T8: 59,
  T9: 610,
  TA1: 1800,
  T10: 3599,
};
/** Seconds from the start of service to the finish of each immediate case finished on the spot. */
export const IMMEDIATE = { C1: 480, C3: 900, C6: 360 };

export interface IndicatorDays {
  cases: Record<'C1' | 'C2' | 'C3' | 'C5' | 'C6' | 'C7' | 'C8' | 'C9', string>;
  ratings: Record<'T1' | 'T2' | 'T3' | 'T4' | 'T6' | 'T7' | 'TA1', string>;
  windowIds: Map<number, string>;
}

const person = (seq: number) => {
  const first17 = `310104198001${String(10 + seq).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return {
    idType: 'resident_id',
    idNumber: first17 + checkCharacter(first17),
    name: `李${'一二三四五六'[seq]}华`,
    phone: '13900000000',
  };
};

export async function buildIndicatorDays(env: TestEnv): Promise<IndicatorDays> {
  const windows = await windowsByNumber(env);
  const windowIds = new Map([...windows].map(([n, w]) => [n, w.id]));
  const immediate = await findItem(env, 'immediate', 'MZ-002');
  const other = await findItem(env, 'immediate', 'MZ-004');
  const rs008 = await findItem(env, 'committed', 'RS-008');
  const gj004 = await findItem(env, 'committed', 'GJ-004');
  const gj005 = await findItem(env, 'committed', 'GJ-005');
  const gj006 = await findItem(env, 'committed', 'GJ-006');

  const set = (day: string, time: string) => env.clock.set(at(day, time));
  const call = async (method: string, url: string, cookie?: string, body?: unknown) => {
    const res = await env.call(method, url, { cookie, body });
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    return res.body;
  };

  /** A ticket issued at `issue`, called and started at `start` at a window by its clerk. */
  const visit = async (o: {
    day: string;
    window: number;
    clerk: string;
    line: string;
    issue: string;
    start: string;
  }) => {
    set(o.day, o.issue);
    const ticket = await call('POST', '/api/v1/centres/demo/tickets', undefined, { line: o.line });
    set(o.day, o.start);
    const cookie = await env.login(o.clerk);
    const called = await call(
      'POST',
      `/api/v1/windows/${windowIds.get(o.window)}/call-next`,
      cookie,
    );
    expect(called.ticket.id).toBe(ticket.id);
    const started = await call('POST', `/api/v1/tickets/${called.ticket.id}/start`, cookie);
    return { ticketId: called.ticket.id as string, serviceId: started.serviceId as string, cookie };
  };
  const accept = async (
    v: { ticketId: string; cookie: string },
    item: { code: string; materials: { id: string }[] },
    applicant: object = APPLICANT,
  ) => {
    const body = {
      requestId: randomUUID(),
      ticketId: v.ticketId,
      itemCode: item.code,
      applicant,
      materialsReceived: item.materials.map((m) => m.id),
    };
    return (await call('POST', '/api/v1/intake/accept', v.cookie, body)).case.id as string;
  };
  const finishTicket = (v: { ticketId: string; cookie: string }) =>
    call('POST', `/api/v1/tickets/${v.ticketId}/finish`, v.cookie);
  const rate = async (serviceId: string, level: number) =>
    (await call('POST', '/api/v1/ratings', undefined, { serviceId, level })).rating.id as string;

  // Bookings made on Monday: two for Tuesday 10:00–11:00 (one shows, one does not), one cancelled,
  // one for Wednesday that nobody comes to.
  set(MON, '08:40:00');
  const book = (seq: number, date: string) =>
    call('POST', '/api/v1/centres/demo/appointments', undefined, {
      ...person(seq),
      date,
      band: '10:00-11:00',
      itemCode: immediate.code,
    });
  const a1 = (await book(1, TUE)).appointment;
  await book(2, TUE);
  const a3 = (await book(3, TUE)).appointment;
  await book(4, '2026-03-04');
  await call('POST', '/api/v1/centres/demo/appointments/cancel', undefined, {
    code: a3.code,
    idTail: person(3).idNumber.slice(-4),
  });

  // Monday, window 1 (clerk).
  const v1 = await visit({
    day: MON,
    window: 1,
    clerk: 'clerk',
    line: immediate.line,
    issue: '09:00:00',
    start: '09:05:00',
  });
  const C1 = await accept(v1, immediate);
  set(MON, '09:13:00');
  await call('POST', `/api/v1/cases/${C1}/finish`, v1.cookie);
  await finishTicket(v1);
  const r1 = await rate(v1.serviceId, 5);

  const v2 = await visit({
    day: MON,
    window: 1,
    clerk: 'clerk',
    line: rs008.line,
    issue: '09:14:00',
    start: '09:29:30',
  });
  const C2 = await accept(v2, rs008);
  set(MON, '09:35:00');
  await finishTicket(v2);
  const r2 = await rate(v2.serviceId, 2);

  const v3 = await visit({
    day: MON,
    window: 1,
    clerk: 'clerk',
    line: other.line,
    issue: '09:36:00',
    start: '09:56:00',
  });
  await call('POST', '/api/v1/intake/one-time-notice', v3.cookie, {
    requestId: randomUUID(),
    ticketId: v3.ticketId,
    itemCode: other.code,
    applicant: APPLICANT,
    materialsReceived: [],
  });
  set(MON, '09:58:00');
  await finishTicket(v3);
  const r3 = await rate(v3.serviceId, 4);

  const v4 = await visit({
    day: MON,
    window: 1,
    clerk: 'clerk',
    line: other.line,
    issue: '09:59:00',
    start: '10:01:05',
  });
  await call('POST', '/api/v1/intake/refuse', v4.cookie, {
    requestId: randomUUID(),
    ticketId: v4.ticketId,
    itemCode: other.code,
    applicant: APPLICANT,
    reason: '申请人不属于本事项的服务对象',
  });
  set(MON, '10:03:00');
  await finishTicket(v4);
  const r4 = await rate(v4.serviceId, 1);

  set(MON, '10:04:00');
  const t5 = await call('POST', '/api/v1/centres/demo/tickets', undefined, {
    line: immediate.line,
  });
  set(MON, '10:10:00');
  const clerk = await env.login('clerk');
  const called5 = await call('POST', `/api/v1/windows/${windowIds.get(1)}/call-next`, clerk);
  expect(called5.ticket.id).toBe(t5.id);
  await call('POST', `/api/v1/tickets/${called5.ticket.id}/recall`, clerk);
  await call('POST', `/api/v1/tickets/${called5.ticket.id}/recall`, clerk);
  await call('POST', `/api/v1/tickets/${called5.ticket.id}/no-show`, clerk);

  // Window 2 (clerk2).
  const v6 = await visit({
    day: MON,
    window: 2,
    clerk: 'clerk2',
    line: immediate.line,
    issue: '10:15:00',
    start: '10:56:00',
  });
  const C3 = await accept(v6, immediate);
  set(MON, '11:11:00');
  await call('POST', `/api/v1/cases/${C3}/finish`, v6.cookie);
  await finishTicket(v6);
  const r6 = await rate(v6.serviceId, 1);

  const v7 = await visit({
    day: MON,
    window: 2,
    clerk: 'clerk2',
    line: gj004.line,
    issue: '11:15:00',
    start: '11:16:00',
  });
  const C5 = await accept(v7, gj004);
  await finishTicket(v7);
  const r7 = await rate(v7.serviceId, 3);

  const v8 = await visit({
    day: MON,
    window: 1,
    clerk: 'clerk',
    line: gj005.line,
    issue: '11:21:00',
    start: '11:21:59',
  });
  const C7 = await accept(v8, gj005);
  await finishTicket(v8);

  const v9 = await visit({
    day: MON,
    window: 1,
    clerk: 'clerk',
    line: gj006.line,
    issue: '11:30:00',
    start: '11:40:10',
  });
  const C8 = await accept(v9, gj006);
  await finishTicket(v9);

  // Tuesday: the booked resident checks in at 09:30 and is called at the band's start.
  set(TUE, '09:30:00');
  await call('POST', '/api/v1/centres/demo/appointments/check-in', undefined, { code: a1.code });
  set(TUE, '10:00:00');
  const clerkTue = await env.login('clerk');
  const calledA1 = await call('POST', `/api/v1/windows/${windowIds.get(1)}/call-next`, clerkTue);
  const startedA1 = await call('POST', `/api/v1/tickets/${calledA1.ticket.id}/start`, clerkTue);
  const vA1 = { ticketId: calledA1.ticket.id as string, cookie: clerkTue };
  const C6 = await accept(vA1, immediate, person(1));
  set(TUE, '10:06:00');
  await call('POST', `/api/v1/cases/${C6}/finish`, clerkTue);
  await finishTicket(vA1);
  const rA1 = await rate(startedA1.serviceId, 2);

  set(TUE, '10:30:00');
  const officer = await env.login('officer');
  await call('POST', `/api/v1/cases/${C2}/supplement-request`, officer, {
    missing: ['近6个月收入证明'],
  });

  // An immediate case accepted but not finished on the spot.
  const v10 = await visit({
    day: TUE,
    window: 2,
    clerk: 'clerk2',
    line: other.line,
    issue: '10:40:00',
    start: '11:39:59',
  });
  const C9 = await accept(v10, other);
  await finishTicket(v10);

  // Wednesday: C8 (deadline Thursday) is paused for a supplement that never comes.
  set('2026-03-04', '10:00:00');
  await call('POST', `/api/v1/cases/${C8}/supplement-request`, await env.login('officer'), {
    missing: ['房产证明'],
  });
  // Thursday: C2's supplement arrives (paused Wed, Thu: 2 working days).
  set('2026-03-05', '10:00:00');
  await call('POST', `/api/v1/cases/${C2}/supplement-received`, await env.login('officer'));
  // Friday: C2 decided on time. Monday 9 March: C5 (deadline Thursday 5 March) decided late.
  set('2026-03-06', '10:00:00');
  await call('POST', `/api/v1/cases/${C2}/approve`, await env.login('officer'), {});
  set('2026-03-09', '10:00:00');
  await call('POST', `/api/v1/cases/${C5}/approve`, await env.login('officer'), {});

  await writeFollowUpWork(env, { contactedOnTime: r2, contactedLate: r4, annulled: r6 });
  return {
    cases: { C1, C2, C3, C5, C6, C7, C8, C9 },
    ratings: { T1: r1, T2: r2, T3: r3, T4: r4, T6: r6, T7: r7, TA1: rA1 },
    windowIds,
  };
}

/**
 * What the follow-up and complaint services would have written: one bad rating contacted the same
 * day and closed the next, one contacted late and still open, one annulled by an upheld appeal;
 * a complaint answered in 2 working days, one not answered, one outside the period.
 */
async function writeFollowUpWork(
  env: TestEnv,
  ids: { contactedOnTime: string; contactedLate: string; annulled: string },
) {
  const db = env.ctx.db;
  await db.execute(sql`update rating_followups set status = 'closed', contacted_on = '2026-03-02', contacted_at = '2026-03-02T06:00:00Z',
    closed_on = '2026-03-03', closed_at = '2026-03-03T06:00:00Z' where rating_id = ${ids.contactedOnTime}`);
  await db.execute(sql`update rating_followups set status = 'contacted', contacted_on = '2026-03-05', contacted_at = '2026-03-05T06:00:00Z'
    where rating_id = ${ids.contactedLate}`);
  await db.execute(
    sql`update ratings set annulled_at = '2026-03-04T06:00:00Z' where id = ${ids.annulled}`,
  );
  await db.execute(
    sql`update rating_followups set status = 'annulled' where rating_id = ${ids.annulled}`,
  );
  const complaint = (
    n: number,
    receivedOn: string,
    answeredOn: string | null,
    answerDays: number | null,
  ) =>
    sql`((select id from centres where code = 'demo'), ${`TS2026${n}`}, 'desk', 'attitude', '王小二', '13700000000', '窗口态度不好',
      ${answeredOn ? 'answered' : 'open'}, ${`${receivedOn}T02:00:00Z`}::timestamptz, ${receivedOn}::date, ${receivedOn}::date,
      ${answeredOn}::date, ${answerDays}::int)`;
  await db.execute(sql`insert into complaints (centre_id, number, channel, category, complainant_name, complainant_phone, content, status,
      received_at, received_on, answer_due, answered_on, answer_days)
    values ${sql.join([complaint(1, MON, '2026-03-04', 2), complaint(2, TUE, null, null), complaint(3, '2026-03-16', '2026-03-17', 1)], sql`, `)}`);
}
