import { eq } from 'drizzle-orm';
import { PRIORITY_REASONS } from '../../core/queue/priority.js';
import type { Tx } from '../../db/connection.js';
import { settings } from '../../db/schema.js';

/** A centre's settings with their defaults; a stored value of the same type overrides the default. */
export const DEFAULT_SETTINGS = {
  /** Unanswered calls after which a ticket may be marked a no-show. */
  maxCalls: 3,
  /** Working days left at which a case turns amber (centre_items.amber_days overrides it per item). */
  amberDays: 2,
  /**
   * 行政许可法 art. 42: working days a limit may be extended with the head's approval, in one
   * request or several (the total is capped too).
   */
  maxExtensionDays: 10,
  /** Working days after the decision from which an uncollected result is listed for a reminder. */
  uncollectedDays: 10,
  /** Minutes after a service ends during which the window's pad still asks for a rating. */
  padMinutes: 10,
  /** Consecutive priority/appointment calls at a window before an ordinary ticket must be called. */
  maxJumps: 2,
  /** Minutes after a no-show within which the ticket may be reinstated. */
  reinstateMinutes: 30,
  /** Places behind the head of its line a reinstated ticket goes (not to the front). */
  reinstatePlaces: 3,
  /** Mean service minutes assumed before a day has any history. */
  defaultServiceMinutes: 8,
  /** Appointment time bands (Asia/Shanghai), each HH:MM-HH:MM. */
  appointmentBands: ['09:00-10:00', '10:00-11:00', '11:00-12:00', '13:00-14:00', '14:00-15:00', '15:00-16:00'] as string[],
  /** Bookings a band takes, and a day. */
  appointmentBandCap: 8,
  appointmentDailyCap: 40,
  /** Bookings open for the next N working days, from the next working day on. */
  appointmentDaysAhead: 5,
  /** A booking can be cancelled until this many hours before its band starts. */
  appointmentCancelHours: 2,
  /** Minutes of waiting after which the hall monitor raises an alert for a line. */
  waitAlertMinutes: 30,
  /** Tickets ahead at which a resident who left a phone number is told their turn is near. */
  notifyWhenAhead: 3,
  /**
   * 差评整改: working days after a bad rating by which the resident must be contacted, and by which
   * the follow-up must be closed. Shanghai reports ask for contact the same day; one working day
   * leaves room for a rating given at closing time.
   */
  followupContactDays: 1,
  followupCloseDays: 5,
  /** 投诉: working days from receipt within which a complaint must be answered. */
  complaintAnswerDays: 5,
  // No "a service not rated within 7 days counts as 非常满意" rule: it is regional practice, not
  // Shanghai's, and an unrated service stays unrated (no invented scores).
  /**
   * 收受分离: working days after receipt by which a receiving centre must forward the materials to
   * the accepting centre (older Shanghai guides: forwarded within 2 working days).
   */
  handoffForwardDays: 2,
  /** Priority-lane reasons this centre accepts. */
  priorityReasons: Object.keys(PRIORITY_REASONS) as string[],
  /**
   * Indicator targets by code (docs/indicators.md), overriding the DB31/T 467 defaults for this
   * centre; null means "no target". District and city reports use the defaults.
   */
  indicatorTargets: {} as Record<string, number | null>,
};
export type CentreSettings = typeof DEFAULT_SETTINGS;

export async function getSettings(tx: Tx, centreId: string): Promise<CentreSettings> {
  const rows = await tx.select().from(settings).where(eq(settings.centreId, centreId));
  const out: CentreSettings = { ...DEFAULT_SETTINGS };
  const target = out as Record<string, unknown>;
  for (const row of rows) {
    const fallback = target[row.key];
    if (fallback === undefined) continue;
    const sameType = Array.isArray(fallback) ? Array.isArray(row.value) : typeof row.value === typeof fallback;
    if (sameType) target[row.key] = row.value;
  }
  return out;
}

export async function setSetting<K extends keyof CentreSettings>(tx: Tx, centreId: string, key: K, value: CentreSettings[K]): Promise<void> {
  await tx
    .insert(settings)
    .values({ centreId, key, value })
    .onConflictDoUpdate({ target: [settings.centreId, settings.key], set: { value } });
}
