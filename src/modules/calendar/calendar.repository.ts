import { asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.js';
import { calendarDays, calendarYears } from '../../db/schema.js';
import type { CalendarException } from '../../core/calendar/working-days.js';

export async function listExceptions(tx: Tx): Promise<CalendarException[]> {
  return tx
    .select({ date: calendarDays.date, workday: calendarDays.workday, name: calendarDays.name })
    .from(calendarDays)
    .orderBy(asc(calendarDays.date));
}

export async function listYears(tx: Tx): Promise<{ year: number; source: string }[]> {
  return tx.select({ year: calendarYears.year, source: calendarYears.source }).from(calendarYears).orderBy(asc(calendarYears.year));
}

/** Inserts or replaces a batch of days in one statement. */
export async function upsertDays(
  tx: Tx,
  days: (CalendarException & { source: 'chinese-days' | 'admin' })[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < days.length; i += 500) {
    const chunk = days.slice(i, i + 500).map((d) => ({ ...d, updatedAt: now }));
    await tx
      .insert(calendarDays)
      .values(chunk)
      .onConflictDoUpdate({
        target: calendarDays.date,
        set: {
          workday: sql`excluded.workday`,
          name: sql`excluded.name`,
          source: sql`excluded.source`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
}

export async function deleteDay(tx: Tx, date: string): Promise<void> {
  await tx.delete(calendarDays).where(eq(calendarDays.date, date));
}

export async function upsertYears(tx: Tx, years: number[], source: 'chinese-days' | 'admin', now: Date): Promise<void> {
  if (years.length === 0) return;
  await tx
    .insert(calendarYears)
    .values(years.map((year) => ({ year, source, enteredAt: now })))
    .onConflictDoNothing();
}

/** Days an administrator has set by hand: a reseed from the package leaves them alone. */
export async function listAdminDates(tx: Tx): Promise<string[]> {
  const rows = await tx.select({ date: calendarDays.date }).from(calendarDays).where(eq(calendarDays.source, 'admin'));
  return rows.map((r) => r.date);
}
