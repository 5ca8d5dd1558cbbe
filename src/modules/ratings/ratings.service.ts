/**
 * 好差评: a rating pad at each window offers the service just ended; one rating per service. The
 * rating knows which of its case's ratings it is (acceptance or completion of a committed case, or
 * the service itself), and a bad rating (levels 1–2, GB/T 39734) opens a follow-up with due dates
 * in working days. An unrated service stays unrated: nothing here invents a score.
 */
import { and, asc, desc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { addWorkingDays } from '../../core/calendar/working-days.js';
import { shanghaiDate } from '../../core/dates.js';
import { isBadRating, ratingStage } from '../../core/indicators/ratings.js';
import type { Tx } from '../../db/connection.js';
import {
  cases,
  ratingFollowups,
  ratings,
  services,
  tickets,
  users,
  windows,
} from '../../db/schema.js';
import type { AppContext } from '../../server/context.js';
import { conflict, notFound } from '../../server/errors.js';
import { getSettings } from '../settings/settings.service.js';

/** What the pad at a window should ask about now: the latest ended, unrated service there. */
export async function padState(ctx: AppContext, windowId: string) {
  const [window] = await ctx.db.select().from(windows).where(eq(windows.id, windowId)).limit(1);
  if (!window) throw notFound('window.not_found', '窗口不存在');
  const { padMinutes } = await getSettings(ctx.db, window.centreId);
  const since = new Date(ctx.clock.now().getTime() - padMinutes * 60_000);
  const [pending] = await ctx.db
    .select({
      serviceId: services.id,
      ticketNumber: tickets.number,
      clerkName: users.name,
      endedAt: services.endedAt,
    })
    .from(services)
    .innerJoin(users, eq(users.id, services.clerkId))
    .leftJoin(tickets, eq(tickets.id, services.ticketId))
    .leftJoin(ratings, eq(ratings.serviceId, services.id))
    .where(
      and(
        eq(services.windowId, window.id),
        isNotNull(services.endedAt),
        gt(services.endedAt, since),
        isNull(ratings.id),
      ),
    )
    .orderBy(desc(services.endedAt))
    .limit(1);
  return {
    window: { id: window.id, name: window.name },
    pending: pending
      ? {
          serviceId: pending.serviceId,
          ticketNumber: pending.ticketNumber,
          clerkName: pending.clerkName,
          endedAt: pending.endedAt!.toISOString(),
        }
      : null,
  };
}

/**
 * The case a service's rating belongs to and which of its ratings it is. A counter service may
 * accept several cases (one resident, two items): a committed one among them makes it the
 * acceptance rating of the first committed case.
 */
async function rateTarget(tx: Tx, service: typeof services.$inferSelect) {
  const accepted =
    service.kind === 'counter'
      ? await tx
          .select({ id: cases.id, kind: cases.kind })
          .from(cases)
          .where(and(eq(cases.centreId, service.centreId), eq(cases.serviceId, service.id)))
          .orderBy(asc(cases.acceptedAt))
      : [];
  const stage = ratingStage({
    serviceKind: service.kind,
    collectedCaseId: service.caseId,
    acceptedCaseKinds: accepted.map((c) => c.kind),
  });
  const caseId =
    service.kind === 'collection'
      ? service.caseId
      : ((accepted.find((c) => c.kind === 'committed') ?? accepted[0])?.id ?? null);
  return { stage, caseId };
}

export async function rate(
  ctx: AppContext,
  input: { serviceId: string; level: number; comment?: string },
) {
  return ctx.db.transaction(async (tx) => {
    const [service] = await tx
      .select()
      .from(services)
      .where(eq(services.id, input.serviceId))
      .for('update')
      .limit(1);
    if (!service) throw notFound('rating.service_not_found', '未找到要评价的服务');
    if (!service.endedAt) throw conflict('rating.service_open', '服务尚未结束，结束后再评价');
    const [existing] = await tx
      .select({ id: ratings.id })
      .from(ratings)
      .where(eq(ratings.serviceId, service.id))
      .limit(1);
    if (existing) throw conflict('rating.already_given', '该次服务已评价，每次服务只能评价一次');
    const now = ctx.clock.now();
    const today = shanghaiDate(now);
    const target = await rateTarget(tx, service);
    const [row] = await tx
      .insert(ratings)
      .values({
        centreId: service.centreId,
        serviceId: service.id,
        windowId: service.windowId,
        clerkId: service.clerkId,
        caseId: target.caseId,
        stage: target.stage,
        level: input.level,
        comment: input.comment ?? '',
        createdAt: now,
        createdOn: today,
      })
      .returning();
    const bad = isBadRating(input.level);
    if (bad) {
      const calendar = await ctx.calendar.get(tx);
      const settings = await getSettings(tx, service.centreId);
      await tx.insert(ratingFollowups).values({
        ratingId: row!.id,
        centreId: service.centreId,
        contactDue: addWorkingDays(calendar, today, settings.followupContactDays).deadline,
        closeDue: addWorkingDays(calendar, today, settings.followupCloseDays).deadline,
        createdAt: now,
      });
    }
    await ctx.bus.publish(tx, {
      centreId: service.centreId,
      type: 'rating',
      at: now.toISOString(),
      data: { level: input.level, bad },
    });
    return { id: row!.id, level: input.level, isBad: bad, stage: target.stage };
  });
}
