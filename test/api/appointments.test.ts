import { expect, it } from 'vitest';
import { checkCharacter } from '../../src/core/identity/validate.js';
import { applicants } from '../../src/db/schema.js';
import { findCentreByCode } from '../../src/modules/centres/centres.repository.js';
import { setSetting } from '../../src/modules/settings/settings.service.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import { findItem, windowsByNumber } from '../support/factories.js';

/** A valid resident ID number born on 1 January of `year`, with sequence `seq`. */
const idNumber = (year: number, seq: number) => {
  const first17 = `310104${year}0101${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};
const person = (seq: number) => ({ idType: 'resident_id', idNumber: idNumber(1980, seq), name: `测${String.fromCharCode(0x4e00 + seq)}明`, phone: '13900000000' });
const book = (env: TestEnv, body: object) => env.call('POST', '/api/v1/centres/demo/appointments', { body });

describeOnEachDb('appointments', (env) => {
  let itemCode = '';
  let checkInCode = '';

  it('opens the next five working days from the next working day', async () => {
    itemCode = (await findItem(env(), 'immediate')).code;
    const res = await env().call('GET', '/api/v1/centres/demo/appointments/availability');
    expect(res.body.dates).toEqual(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']);
    expect(res.body.bands[0]).toEqual({ band: '09:00-10:00', left: 8 });
  });

  it('books one slot a person a day, within the band and day caps, even when many book at once', async () => {
    const ok = await book(env(), { ...person(1), date: '2026-03-03', band: '10:00-11:00', itemCode });
    expect(ok.status).toBe(201);
    expect(ok.body.appointment).toMatchObject({ date: '2026-03-03', band: '10:00-11:00', status: 'booked', name: '测*明' });
    expect(ok.body.appointment.code).toMatch(/^\d{8}$/);
    checkInCode = ok.body.appointment.code;
    const twice = await book(env(), { ...person(1), date: '2026-03-03', band: '14:00-15:00', itemCode });
    expect(twice).toMatchObject({ status: 409, body: { error: { code: 'appointment.one_a_day' } } });
    expect((await book(env(), { ...person(2), date: '2026-03-02', band: '14:00-15:00', itemCode })).body.error.code).toBe('appointment.date_not_open');
    expect((await book(env(), { ...person(2), date: '2026-03-07', band: '14:00-15:00', itemCode })).body.error.code).toBe('appointment.date_not_open');
    expect((await book(env(), { ...person(2), date: '2026-03-03', band: '12:00-13:00', itemCode })).body.error.code).toBe('appointment.unknown_band');
    expect((await book(env(), { ...person(2), idNumber: '310104198001010010', date: '2026-03-03', band: '14:00-15:00', itemCode })).status).toBe(400);

    const centre = await findCentreByCode(env().ctx.db, 'demo');
    await setSetting(env().ctx.db, centre!.id, 'appointmentBandCap', 3);
    const burst = await Promise.all([10, 11, 12, 13, 14, 15].map((seq) => book(env(), { ...person(seq), date: '2026-03-04', band: '09:00-10:00', itemCode })));
    expect(burst.filter((r) => r.status === 201)).toHaveLength(3);
    expect(burst.filter((r) => r.status === 409).every((r) => r.body.error.code === 'appointment.band_full')).toBe(true);
    const left = await env().call('GET', '/api/v1/centres/demo/appointments/availability?date=2026-03-04');
    expect(left.body.bands[0]).toEqual({ band: '09:00-10:00', left: 0 });
  });

  it('refuses a booking for someone else\'s ID when the name on record differs', async () => {
    const centre = await findCentreByCode(env().ctx.db, 'demo');
    await env().ctx.db.insert(applicants).values({ centreId: centre!.id, idType: 'resident_id', idNumber: idNumber(1980, 50), name: '王大伟', phone: '13800000000', updatedAt: new Date() });
    const other = await book(env(), { ...person(50), name: '李小明', date: '2026-03-05', band: '09:00-10:00', itemCode });
    expect(other).toMatchObject({ status: 409, body: { error: { code: 'appointment.name_mismatch' } } });
    expect((await book(env(), { ...person(50), name: '王大伟', date: '2026-03-05', band: '09:00-10:00', itemCode })).status).toBe(201);
  });

  it('cancels until two hours before the band starts', async () => {
    const res = await book(env(), { ...person(60), date: '2026-03-03', band: '11:00-12:00', itemCode });
    const code = res.body.appointment.code;
    const tail = idNumber(1980, 60).slice(-4);
    expect((await env().call('POST', '/api/v1/centres/demo/appointments/cancel', { body: { code, idTail: '0000' } })).status).toBe(404);
    env().clock.set('2026-03-03T01:30:00Z'); // 09:30 Shanghai: 1.5 hours before 11:00
    const late = await env().call('POST', '/api/v1/centres/demo/appointments/cancel', { body: { code, idTail: tail } });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'appointment.too_late_to_cancel' } } });
    env().clock.set('2026-03-02T02:00:00Z');
    const done = await env().call('POST', '/api/v1/centres/demo/appointments/cancel', { body: { code, idTail: tail } });
    expect(done.body.appointment.status).toBe('cancelled');
  });

  it('checks in on the day and is called at the booked time, ahead of ordinary tickets', async () => {
    env().clock.set('2026-03-03T01:30:00Z'); // 09:30, band 10:00–11:00
    const checked = await env().call('POST', '/api/v1/centres/demo/appointments/check-in', { body: { code: checkInCode } });
    expect(checked.status).toBe(201);
    expect(checked.body.appointment.status).toBe('checked_in');
    const line = checked.body.ticket.line;
    // Called from 10:00 at the earliest: half an hour from now whatever the queue.
    expect(checked.body.ticket.estimatedWaitMinutes ?? 30).toBeGreaterThanOrEqual(30);
    const again = await env().call('POST', '/api/v1/centres/demo/appointments/check-in', { body: { code: checkInCode } });
    expect(again.body.error.code).toBe('appointment.not_checkable');
    const walkIn = await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line } });
    const windows = await windowsByNumber(env());
    const cookie = await env().login('clerk');
    // Before 10:00 the booked ticket is not due: the walk-in is called.
    const early = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie });
    expect(early.body.ticket.id).toBe(walkIn.body.id);
    await env().call('POST', `/api/v1/tickets/${walkIn.body.id}/start`, { cookie });
    await env().call('POST', `/api/v1/tickets/${walkIn.body.id}/finish`, { cookie });
    await env().call('POST', '/api/v1/centres/demo/tickets', { body: { line } });
    env().clock.set('2026-03-03T02:01:00Z'); // 10:01
    const due = await env().call('POST', `/api/v1/windows/${windows.get(1)!.id}/call-next`, { cookie });
    expect(due.body.ticket.id).toBe(checked.body.ticket.id);
  });

  it('checks in by ID number, and records bookings not kept as no-shows', async () => {
    env().clock.set('2026-03-02T03:00:00Z');
    await book(env(), { ...person(70), date: '2026-03-04', band: '13:00-14:00', itemCode });
    env().clock.set('2026-03-04T05:10:00Z'); // 13:10
    const byId = await env().call('POST', '/api/v1/centres/demo/appointments/check-in', { body: { idNumber: idNumber(1980, 70) } });
    expect(byId.status).toBe(201);
    env().clock.set('2026-03-04T09:00:00Z'); // 17:00: the 09:00 bookings of 4 March were not kept
    const manager = await env().login('manager');
    const list = await env().call('GET', '/api/v1/appointments?date=2026-03-04', { cookie: manager });
    const statuses = list.body.appointments.map((a: any) => a.status);
    expect(statuses.filter((s: string) => s === 'no_show')).toHaveLength(3);
    expect(statuses).toContain('checked_in');
    expect(list.body.appointments[0].idNumber).toMatch(/^310\*+\d{3}[\dX]$/);
  });
});
