/**
 * A staff member's record for the manager (个人服务档案): services given, ratings by level, the
 * good-rating rate, bad ratings with the state of their follow-up, appeals upheld, and complaints
 * about them. Annulled ratings (an upheld appeal) are listed but counted in no figure.
 */
import { addDays, daysBetween, shanghaiDate, shanghaiMidnight } from '../../core/dates.js';
import { rate } from '../../core/indicators/formulas.js';
import { summariseRatings } from '../../core/indicators/ratings.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { ROLE_LABELS } from '../../server/permissions.js';
import { listComplaints } from '../complaints/complaints.service.js';
import { listFollowups } from '../followups/followups.service.js';
import * as repo from './staff-record.repository.js';

/** The longest span one record covers: a year, enough for an annual review. */
const MAX_DAYS = 366;

export async function staffRecord(
  ctx: AppContext,
  user: SessionUser,
  input: { userId: string; from?: string; to?: string },
) {
  const today = shanghaiDate(ctx.clock.now());
  const to = input.to ?? today;
  // By default the month so far: the period a centre reviews its staff by.
  const from = input.from ?? `${to.slice(0, 7)}-01`;
  if (from > to) throw badRequest('staff_record.bad_range', '开始日期不能晚于结束日期');
  if (daysBetween(from, to) >= MAX_DAYS)
    throw badRequest('staff_record.bad_range', '查询区间不能超过366天');

  const member = await repo.getStaffMemberForPath(ctx.db, user.centreId, input.userId);
  const scope = { centreId: user.centreId, userId: member.id, from, to };
  const services = await repo.countServices(ctx.db, {
    centreId: user.centreId,
    userId: member.id,
    since: shanghaiMidnight(from),
    before: shanghaiMidnight(addDays(to, 1)),
  });
  const levels = await repo.listRatingLevels(ctx.db, scope);
  const summary = summariseRatings(levels);
  const totalServices = services.counter + services.collection;
  const appeals = await repo.listUpheldAppeals(ctx.db, scope);

  return {
    staff: {
      id: member.id,
      name: member.name,
      role: member.role,
      roleLabel: ROLE_LABELS[member.role],
    },
    from,
    to,
    services: { total: totalServices, ...services },
    ratings: {
      ...summary,
      annulled: levels.length - summary.total,
      /** Counted ratings per service ended: how many residents rated at all. */
      ratedRate: rate(summary.total, totalServices),
    },
    badRatings: await listFollowups(ctx, user, { clerkId: member.id, from, to }),
    upheldAppeals: appeals.map((a) => ({ ...a, decidedAt: new Date(a.decidedAt).toISOString() })),
    complaints: await listComplaints(ctx, user, { staffId: member.id, from, to }),
  };
}
