/**
 * Appointments (预约): a resident books a date, a time band and an item for the next few working
 * days, one booking a person a day, within a cap per band and per day; can cancel until two
 * hours before; checks in at the kiosk with the booking code or ID number and gets a ticket that
 * joins the queue at the booked time. A booking not checked in by the end of its band is a no-show.
 */
import { randomInt } from 'node:crypto';
import { assertBookable, bookableDates, parseBand } from '../../core/queue/appointments.js';
import { shanghaiDate, shanghaiMidnight } from '../../core/dates.js';
import { validateIdentity } from '../../core/identity/validate.js';
import { maskIdNumber, maskName, maskPhone } from '../../core/identity/mask.js';
import type { AppContext } from '../../server/context.js';
import { AppError, conflict, notFound } from '../../server/errors.js';
import type { SessionUser } from '../../server/auth.js';
import { getItem, listItems } from '../catalogue/catalogue.service.js';
import { getCentre } from '../centres/centres.service.js';
import { getSettings } from '../settings/settings.service.js';
import { issueTicketInTx } from '../tickets/tickets.service.js';
import * as repo from './appointments.repository.js';
import type { BookInput } from './appointments.schema.js';

function bandStart(date: string, band: string): Date {
  return new Date(shanghaiMidnight(date).getTime() + parseBand(band)!.start * 60_000);
}

function bandEnd(date: string, band: string): Date {
  return new Date(shanghaiMidnight(date).getTime() + parseBand(band)!.end * 60_000);
}

export function toAppointmentView(row: repo.AppointmentRow, itemName: string) {
  return { id: row.id, code: row.code, date: row.date, band: row.band, itemCode: row.itemCode, itemName, status: row.status, name: maskName(row.name) };
}

/** What can still be booked: the open dates and, per band, the places left. */
export async function availability(ctx: AppContext, centreCode: string, date?: string) {
  const centre = await getCentre(ctx.db, centreCode);
  const settings = await getSettings(ctx.db, centre.id);
  const calendar = await ctx.calendar.get();
  const dates = bookableDates(calendar, shanghaiDate(ctx.clock.now()), settings.appointmentDaysAhead);
  const day = date ?? dates[0]!;
  const booked = await repo.countBooked(ctx.db, centre.id, day);
  const total = booked.reduce((a, b) => a + b.n, 0);
  return {
    dates,
    date: day,
    open: dates.includes(day),
    dayLeft: Math.max(0, settings.appointmentDailyCap - total),
    bands: settings.appointmentBands.map((band) => ({
      band,
      left: Math.max(0, Math.min(settings.appointmentBandCap - (booked.find((b) => b.band === band)?.n ?? 0), settings.appointmentDailyCap - total)),
    })),
  };
}

export async function book(ctx: AppContext, centreCode: string, input: BookInput) {
  const today = shanghaiDate(ctx.clock.now());
  const id = validateIdentity(input.idType, input.idNumber, today);
  if (!id.valid) throw new AppError(400, id.code, id.message);
  const item = await getItem(ctx, ctx.db, input.itemCode);
  const calendar = await ctx.calendar.get();
  try {
    return await ctx.db.transaction(async (tx) => {
      const centre = await getCentre(tx, centreCode);
      const settings = await getSettings(tx, centre.id);
      await repo.lockDay(tx, centre.id, input.date);
      // A booking for someone else's ID is refused unless the name matches the one on record.
      const known = await repo.knownName(tx, centre.id, input.idType, id.normalized);
      if (known && known !== input.name) throw conflict('appointment.name_mismatch', '姓名与证件号码不一致，不能为他人预约');
      const booked = await repo.countBooked(tx, centre.id, input.date);
      assertBookable({
        calendar,
        today,
        date: input.date,
        band: input.band,
        bands: settings.appointmentBands,
        daysAhead: settings.appointmentDaysAhead,
        bookedInBand: booked.find((b) => b.band === input.band)?.n ?? 0,
        bookedInDay: booked.reduce((a, b) => a + b.n, 0),
        bandCap: settings.appointmentBandCap,
        dailyCap: settings.appointmentDailyCap,
      });
      const row = await repo.insertAppointment(tx, {
        centreId: centre.id,
        code: String(randomInt(0, 100_000_000)).padStart(8, '0'),
        date: input.date,
        band: input.band,
        itemCode: item.code,
        idType: input.idType,
        idNumber: id.normalized,
        name: input.name,
        phone: input.phone,
        status: 'booked',
        createdAt: ctx.clock.now(),
      });
      return toAppointmentView(row, item.name);
    });
  } catch (err) {
    const code = (err as { code?: string; cause?: { code?: string; constraint?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (code === '23505') throw conflict('appointment.one_a_day', '每人每天只能预约一次');
    throw err;
  }
}

export async function cancel(ctx: AppContext, centreCode: string, input: { code: string; idTail: string }) {
  return ctx.db.transaction(async (tx) => {
    const centre = await getCentre(tx, centreCode);
    const row = await repo.findByCode(tx, centre.id, input.code, true);
    if (!row || !row.idNumber.toUpperCase().endsWith(input.idTail.toUpperCase())) throw notFound('appointment.not_found', '未找到该预约，请核对预约码和证件号码后4位');
    if (row.status !== 'booked') throw conflict('appointment.not_cancellable', '该预约已签到、已取消或已过期');
    const { appointmentCancelHours } = await getSettings(tx, centre.id);
    if (ctx.clock.now().getTime() > bandStart(row.date, row.band).getTime() - appointmentCancelHours * 3600_000) {
      throw conflict('appointment.too_late_to_cancel', `预约时段开始前${appointmentCancelHours}小时内不能取消`);
    }
    const updated = await repo.updateAppointment(tx, row.id, { status: 'cancelled', cancelledAt: ctx.clock.now() });
    return toAppointmentView(updated, (await getItem(ctx, tx, row.itemCode)).name);
  });
}

/**
 * Check-in at the kiosk on the booked day with the booking code or the ID number: a ticket for the
 * item's line that joins the queue at the booked time (or now, when the resident comes late).
 */
export async function checkIn(ctx: AppContext, centreCode: string, input: { code?: string; idNumber?: string }) {
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  return ctx.db.transaction(async (tx) => {
    const centre = await getCentre(tx, centreCode);
    let row: repo.AppointmentRow | undefined;
    if (input.code) row = await repo.findByCode(tx, centre.id, input.code, true);
    else if (input.idNumber) {
      const id = validateIdentity('resident_id', input.idNumber, today);
      row = id.valid ? await repo.findBookedForPerson(tx, centre.id, today, id.normalized) : undefined;
    }
    if (!row) throw notFound('appointment.not_found', '未找到今日的预约');
    if (row.status !== 'booked') throw conflict('appointment.not_checkable', '该预约已签到、已取消或已过期');
    if (row.date !== today) throw conflict('appointment.not_today', `该预约日期为 ${row.date}`);
    if (now >= bandEnd(row.date, row.band)) throw conflict('appointment.band_over', '预约时段已过，请直接取号');
    const item = await getItem(ctx, tx, row.itemCode);
    const start = bandStart(row.date, row.band);
    // Early arrivals are called at the booked time; within the band, from now.
    const ticket = await issueTicketInTx(ctx, tx, centreCode, { line: item.line, appointment: { id: row.id, queueAt: start > now ? start : now } });
    const updated = await repo.updateAppointment(tx, row.id, { status: 'checked_in', checkedInAt: now, ticketId: ticket.id });
    return { ticket, appointment: toAppointmentView(updated, item.name) };
  });
}

/** The day's bookings for the manager, masked; bookings whose band has ended unseen become no-shows. */
export async function listDay(ctx: AppContext, user: SessionUser, date: string) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const open = await repo.listBookedUpTo(tx, user.centreId, shanghaiDate(now));
    await repo.markNoShows(tx, open.filter((a) => bandEnd(a.date, a.band) <= now).map((a) => a.id));
  });
  const rows = await repo.listForDay(ctx.db, user.centreId, date);
  const names = new Map((await listItems(ctx, {})).map((i) => [i.code, i.name]));
  return rows.map((r) => ({ ...toAppointmentView(r, names.get(r.itemCode) ?? r.itemCode), idNumber: maskIdNumber(r.idNumber), phone: maskPhone(r.phone) }));
}

