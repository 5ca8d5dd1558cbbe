/**
 * 好差评: a rating pad at each window offers the service just ended; one rating per service; a bad
 * rating (levels 1–2, GB/T 39734) is flagged for the centre manager. An unrated service stays
 * unrated: nothing here invents a score.
 */
import { and, desc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { shanghaiDate } from '../../core/dates.js';
import { isBadRating } from '../../core/indicators/ratings.js';
import { addWorkingDays } from '../../core/calendar/working-days.js';
import { ratingFollowups, ratings, services, tickets, users, windows } from '../../db/schema.js';
import type { SessionUser } from '../../server/auth.js';
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
    .select({ serviceId: services.id, ticketNumber: tickets.number, clerkName: users.name, endedAt: services.endedAt })
    .from(services)
    .innerJoin(users, eq(users.id, services.clerkId))
    .leftJoin(tickets, eq(tickets.id, services.ticketId))
    .leftJoin(ratings, eq(ratings.serviceId, services.id))
    .where(and(eq(services.windowId, window.id), isNotNull(services.endedAt), gt(services.endedAt, since), isNull(ratings.id)))
    .orderBy(desc(services.endedAt))
    .limit(1);
  return {
    window: { id: window.id, name: window.name },
    pending: pending
      ? { serviceId: pending.serviceId, ticketNumber: pending.ticketNumber, clerkName: pending.clerkName, endedAt: pending.endedAt!.toISOString() }
      : null,
  };
}

export async function rate(ctx: AppContext, input: { serviceId: string; level: number; comment?: string }) {
  return ctx.db.transaction(async (tx) => {
    const [service] = await tx.select().from(services).where(eq(services.id, input.serviceId)).for('update').limit(1);
    if (!service) throw notFound('rating.service_not_found', '未找到要评价的服务');
    if (!service.endedAt) throw conflict('rating.service_open', '服务尚未结束，结束后再评价');
    const [existing] = await tx.select({ id: ratings.id }).from(ratings).where(eq(ratings.serviceId, service.id)).limit(1);
    if (existing) throw conflict('rating.already_given', '该次服务已评价，每次服务只能评价一次');
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(ratings)
      .values({
        centreId: service.centreId,
        serviceId: service.id,
        windowId: service.windowId,
        clerkId: service.clerkId,
        level: input.level,
        comment: input.comment ?? '',
        createdAt: now,
        createdOn: shanghaiDate(now),
      })
      .returning();
    const bad = isBadRating(input.level);
    if (bad) {
      const calendar = await ctx.calendar.get(tx);
      const today = shanghaiDate(now);
      await tx.insert(ratingFollowups).values({
        ratingId: row!.id,
        centreId: service.centreId,
        contactDue: addWorkingDays(calendar, today, 1).deadline,
        closeDue: addWorkingDays(calendar, today, 5).deadline,
        createdAt: now,
      });
    }
    await ctx.bus.publish(tx, { centreId: service.centreId, type: 'rating', at: now.toISOString(), data: { level: input.level, bad } });
    return { id: row!.id, level: input.level, isBad: bad };
  });
}

/** Bad ratings flagged for the manager, newest first. */
export async function listFlags(ctx: AppContext, user: SessionUser) {
  const rows = await ctx.db
    .select({
      ratingId: ratings.id,
      level: ratings.level,
      comment: ratings.comment,
      createdAt: ratings.createdAt,
      windowName: windows.name,
      clerkName: users.name,
      ticketNumber: tickets.number,
      status: ratingFollowups.status,
    })
    .from(ratingFollowups)
    .innerJoin(ratings, eq(ratings.id, ratingFollowups.ratingId))
    .innerJoin(windows, eq(windows.id, ratings.windowId))
    .innerJoin(users, eq(users.id, ratings.clerkId))
    .innerJoin(services, eq(services.id, ratings.serviceId))
    .leftJoin(tickets, eq(tickets.id, services.ticketId))
    .where(eq(ratingFollowups.centreId, user.centreId))
    .orderBy(desc(ratings.createdAt))
    .limit(200);

  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
