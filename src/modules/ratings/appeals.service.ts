/**
 * 误评申诉: a rating given in error (the wrong button, a rating meant for another window, a
 * rating about something outside the clerk's control) can be appealed by the clerk it is about or
 * by the centre manager, and the manager decides. An upheld appeal annuls the rating: it stays on
 * record, counts in no indicator, and its follow-up stops. A rejected appeal changes nothing but
 * the record of the appeal.
 */
import { isBadRating } from '../../core/indicators/ratings.js';
import { can } from '../../server/permissions.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { conflict, forbidden, notFound } from '../../server/errors.js';
import * as repo from './appeals.repository.js';

function present(row: repo.AppealListRow) {
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  return {
    ...row,
    ratedAt: iso(row.ratedAt)!,
    requestedAt: iso(row.requestedAt)!,
    decidedAt: iso(row.decidedAt),
  };
}

async function getAppealView(ctx: AppContext, centreId: string, appealId: string) {
  const [row] = await repo.listAppeals(ctx.db, centreId, { appealId });
  if (!row) throw notFound('appeal.not_found', '申诉不存在');
  return present(row);
}

const isPgUniqueViolation = (err: unknown) =>
  ((err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code) ===
  '23505';

export async function requestAppeal(
  ctx: AppContext,
  user: SessionUser,
  ratingId: string,
  reason: string,
) {
  let appealId = '';
  try {
    appealId = await ctx.db.transaction(async (tx) => {
      const rating = await repo.lockRating(tx, user.centreId, ratingId);
      if (!rating) throw notFound('rating.not_found', '评价不存在');
      if (!can(user.role, 'followup.manage') && rating.clerkId !== user.id) {
        throw forbidden('appeal.not_allowed', '只有被评价的工作人员或中心主任可以对该评价申诉');
      }
      if (rating.annulledAt) throw conflict('appeal.rating_annulled', '该评价已因申诉成立被撤销');
      // An appeal is against a bad rating given in error (误评); a good rating needs none.
      if (!isBadRating(rating.level)) throw conflict('appeal.not_bad', '只有差评（1–2级）可以申诉');
      if (await repo.findPendingAppeal(tx, rating.id)) {
        throw conflict('appeal.pending', '该评价已有待审核的申诉，请等待中心主任审核');
      }
      const row = await repo.insertAppeal(tx, {
        centreId: user.centreId,
        ratingId: rating.id,
        reason,
        requestedBy: user.id,
        requestedAt: ctx.clock.now(),
      });
      return row.id;
    });
  } catch (err) {
    // Two appeals at the same instant: the partial unique index lets one through.
    if (isPgUniqueViolation(err))
      throw conflict('appeal.pending', '该评价已有待审核的申诉，请等待中心主任审核');
    throw err;
  }
  return getAppealView(ctx, user.centreId, appealId);
}

export async function decideAppeal(
  ctx: AppContext,
  user: SessionUser,
  appealId: string,
  input: { upheld: boolean; reason: string },
) {
  await ctx.db.transaction(async (tx) => {
    const found = await repo.findAppeal(tx, user.centreId, appealId);
    if (!found) throw notFound('appeal.not_found', '申诉不存在');
    // The rating first, then the appeal: the same order as a new appeal takes them.
    await repo.lockRating(tx, user.centreId, found.ratingId);
    const appeal = await repo.findAppeal(tx, user.centreId, appealId, true);
    if (appeal!.status !== 'pending') throw conflict('appeal.already_decided', '该申诉已审核');
    const now = ctx.clock.now();
    await repo.updateAppeal(tx, appeal!.id, {
      status: input.upheld ? 'upheld' : 'rejected',
      decidedBy: user.id,
      decidedAt: now,
      decisionReason: input.reason,
    });
    if (input.upheld) await repo.annulRating(tx, appeal!.ratingId, now);
  });
  return getAppealView(ctx, user.centreId, appealId);
}

export async function listAppeals(
  ctx: AppContext,
  user: SessionUser,
  status?: 'pending' | 'upheld' | 'rejected',
) {
  const rows = await repo.listAppeals(ctx.db, user.centreId, { status });
  return rows.map(present);
}
