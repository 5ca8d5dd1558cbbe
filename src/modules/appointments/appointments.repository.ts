import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connection.js';
import { applicants, appointments } from '../../db/schema.js';

export type AppointmentRow = typeof appointments.$inferSelect;

/** Serialises bookings for one centre and day, so two at once cannot both take the last place. */
export async function lockDay(tx: Tx, centreId: string, date: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`appointments:${centreId}:${date}`}))`);
}

export async function countBooked(tx: Tx, centreId: string, date: string) {
  return queryRows<{ band: string; n: number }>(
    tx,
    sql`select band, count(*)::int as n from appointments
      where centre_id = ${centreId} and date = ${date} and status in ('booked', 'checked_in') group by band`,
  );
}

export async function insertAppointment(tx: Tx, values: typeof appointments.$inferInsert): Promise<AppointmentRow> {
  const [row] = await tx.insert(appointments).values(values).returning();
  return row!;
}

export async function findByCode(tx: Tx, centreId: string, code: string, lock = false): Promise<AppointmentRow | undefined> {
  const query = tx.select().from(appointments).where(and(eq(appointments.centreId, centreId), eq(appointments.code, code))).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findBookedForPerson(tx: Tx, centreId: string, date: string, idNumber: string): Promise<AppointmentRow | undefined> {
  const [row] = await tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.centreId, centreId), eq(appointments.date, date), eq(appointments.idNumber, idNumber), eq(appointments.status, 'booked')))
    .for('update')
    .limit(1);
  return row;
}

export async function updateAppointment(tx: Tx, id: string, values: Partial<typeof appointments.$inferInsert>): Promise<AppointmentRow> {
  const [row] = await tx.update(appointments).set(values).where(eq(appointments.id, id)).returning();
  return row!;
}

/** The name this centre has on record for an ID number, if it has served the person before. */
export async function knownName(tx: Tx, centreId: string, idType: string, idNumber: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ name: applicants.name })
    .from(applicants)
    .where(and(eq(applicants.centreId, centreId), eq(applicants.idType, idType), eq(applicants.idNumber, idNumber)))
    .limit(1);
  return row?.name;
}

export async function listForDay(tx: Tx, centreId: string, date: string): Promise<AppointmentRow[]> {
  return tx.select().from(appointments).where(and(eq(appointments.centreId, centreId), eq(appointments.date, date))).orderBy(asc(appointments.band), asc(appointments.createdAt));
}

/** Bookings whose band has ended without a check-in become no-shows (idempotent: safe in every process). */
export async function markNoShows(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.update(appointments).set({ status: 'no_show' }).where(and(inArray(appointments.id, ids), eq(appointments.status, 'booked')));
}

export async function listBookedUpTo(tx: Tx, centreId: string, date: string): Promise<AppointmentRow[]> {
  return tx.select().from(appointments).where(and(eq(appointments.centreId, centreId), eq(appointments.status, 'booked'), sql`${appointments.date} <= ${date}`));
}
