/**
 * 差评整改: the manager's list of bad-rating follow-ups and its three steps — assign, contact,
 * close — each recording who and when. Contact and close are due a number of working days after
 * the rating (settings `followupContactDays`, `followupCloseDays`, set when the rating is given).
 */
import { shanghaiDate } from '../../core/dates.js';
import {
  assertFollowupStep,
  followupTiming,
  type ResidentResponse,
} from '../../core/followups/followup.js';
import { maskDigits, maskName, maskPhone } from '../../core/identity/mask.js';
import { RATING_LEVEL_LABELS, type RatingLevel } from '../../core/indicators/ratings.js';
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { getStaffMember } from '../staff-record/staff-record.repository.js';
import * as repo from './followups.repository.js';

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * The answer shape of a follow-up. The resident's name and phone are masked in lists; the detail
 * shows them in full to a role that needs them (the manager calls the resident back).
 */
export function presentFollowup(row: repo.FollowupListRow, today: string, isFull = false) {
  const { residentName, residentPhone, appealId, appealStatus, ...rest } = row;
  const mask = <T extends string | null>(v: T, f: (s: string) => string) =>
    v === null || isFull ? v : f(v);
  return {
    ...rest,
    comment: isFull ? row.comment : maskDigits(row.comment),
    levelLabel: RATING_LEVEL_LABELS[row.level as RatingLevel],
    ratedAt: iso(row.ratedAt)!,
    assignedAt: iso(row.assignedAt),
    contactedAt: iso(row.contactedAt),
    closedAt: iso(row.closedAt),
    resident:
      residentName === null
        ? null
        : {
            name: mask(residentName, maskName),
            phone: mask(residentPhone, maskPhone),
          },
    appeal: appealId ? { id: appealId, status: appealStatus! } : null,
    ...followupTiming(row, today),
  };
}

export async function listFollowups(
  ctx: AppContext,
  user: SessionUser,
  filter: repo.FollowupFilter,
) {
  const today = shanghaiDate(ctx.clock.now());
  const rows = await repo.listFollowups(ctx.db, user.centreId, today, filter);
  return rows.map((r) => presentFollowup(r, today));
}

export async function getFollowup(ctx: AppContext, user: SessionUser, ratingId: string) {
  const today = shanghaiDate(ctx.clock.now());
  const [row] = await repo.listFollowups(ctx.db, user.centreId, today, { ratingId });
  if (!row) throw notFound('followup.not_found', '差评整改记录不存在');
  return presentFollowup(row, today, can(user.role, 'applicant.read_full'));
}

type Step =
  | { action: 'assign'; userId: string }
  | { action: 'contact'; note: string }
  | { action: 'close'; cause: string; remedy: string; residentResponse: ResidentResponse };

/** One step of a follow-up, in one transaction, with who and when. */
export async function followupStep(
  ctx: AppContext,
  user: SessionUser,
  ratingId: string,
  step: Step,
) {
  await ctx.db.transaction(async (tx) => {
    const followup = await repo.lockFollowup(tx, user.centreId, ratingId);
    if (!followup) throw notFound('followup.not_found', '差评整改记录不存在');
    assertFollowupStep(followup.status, step.action);
    const now = ctx.clock.now();
    switch (step.action) {
      case 'assign': {
        const assignee = await getStaffMember(tx, user.centreId, step.userId);
        await repo.updateFollowup(tx, ratingId, {
          assigneeId: assignee.id,
          assignedBy: user.id,
          assignedAt: now,
        });
        return;
      }
      case 'contact':
        await repo.updateFollowup(tx, ratingId, {
          status: 'contacted',
          contactedAt: now,
          contactedOn: shanghaiDate(now),
          contactedBy: user.id,
          contactNote: step.note,
        });
        return;
      case 'close':
        await repo.updateFollowup(tx, ratingId, {
          status: 'closed',
          cause: step.cause,
          remedy: step.remedy,
          residentResponse: step.residentResponse,
          closedAt: now,
          closedOn: shanghaiDate(now),
          closedBy: user.id,
        });
        return;
    }
  });
  return getFollowup(ctx, user, ratingId);
}
