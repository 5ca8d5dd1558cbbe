/**
 * Results not collected: listed once `uncollectedDays` working days have passed since the
 * decision (art. 44 asks the certificate be issued within 10 days of the decision; a result left
 * at the reply window is followed up). Each reminder (phone, SMS, letter) is a case event; the
 * case's status does not change.
 */
import { workingDaysBetween } from '../../core/calendar/working-days.js';
import { shanghaiDate } from '../../core/dates.js';
import { maskPhone } from '../../core/identity/mask.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { transition } from '../cases/cases.service.js';
import { getSettings } from '../settings/settings.service.js';
import * as repo from './deadlines.repository.js';

export type ReminderChannel = 'phone' | 'sms' | 'letter';

export async function listUncollected(ctx: AppContext, user: SessionUser) {
  const today = shanghaiDate(ctx.clock.now());
  const [calendar, settings] = await Promise.all([
    ctx.calendar.get(),
    getSettings(ctx.db, user.centreId),
  ]);
  const rows = await repo.listUncollected(ctx.db, user.centreId, today);
  const cases = rows
    .map((r) => ({ row: r, since: workingDaysBetween(calendar, r.decided_on, today) }))
    .filter((r) => r.since >= settings.uncollectedDays)
    .map(({ row, since }) => ({
      caseId: row.id,
      number: row.number,
      itemName: row.item_name,
      department: row.department_code,
      decision: row.decision,
      decidedOn: row.decided_on,
      workingDaysSinceDecision: since,
      applicant: { name: row.applicant_name, phone: maskPhone(row.applicant_phone) },
      reminders: row.reminders,
      lastReminder: row.last_at
        ? {
            at: new Date(row.last_at).toISOString(),
            channel: row.last_channel ?? '',
            note: row.last_note ?? '',
            actorName: row.last_actor ?? '',
          }
        : null,
    }));
  return { uncollectedDays: settings.uncollectedDays, cases };
}

/** The reply window records that it reminded the applicant to collect the result. */
export async function recordReminder(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { channel: ReminderChannel; note: string },
  ip: string,
) {
  await transition(
    ctx,
    user,
    {
      caseId,
      action: 'collection_reminder',
      ip,
      data: { channel: input.channel, note: input.note },
    },
    async () => ({}),
  );
  return {
    caseId,
    channel: input.channel,
    note: input.note,
    at: ctx.clock.now().toISOString(),
    reminders: await repo.countReminders(ctx.db, caseId),
  };
}
