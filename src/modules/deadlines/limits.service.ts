/**
 * Changing the promised limit of one open case. The deadline is recomputed from acceptance and
 * the whole history (pauses, extensions), so paused time is neither counted twice nor lost.
 *
 * Editing an item's limit in the catalogue (catalogue import, `importCatalogue`) does NOT move open
 * cases: the limit a case runs on is the one promised to the applicant on the acceptance notice
 * (cases.promised_days). A manager who wants an open case to follow a new limit changes it here,
 * with a reason that stays on the case's record.
 */
import type { SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { findItem } from '../catalogue/catalogue.repository.js';
import { present, transition } from '../cases/cases.service.js';

export async function changeLimit(
  ctx: AppContext,
  user: SessionUser,
  caseId: string,
  input: { promisedDays: number; reason: string },
  ip: string,
) {
  const data: Record<string, unknown> = { promisedDays: input.promisedDays, reason: input.reason };
  await transition(
    ctx,
    user,
    {
      caseId,
      action: 'change_limit',
      ip,
      data,
      guard: async (tx, row) => {
        const item = await findItem(tx, row.itemCode);
        // The promised limit may be shorter than the statutory one, never longer (art. 42).
        if (item && input.promisedDays > item.statutoryDays) {
          throw badRequest(
            'case.limit_over_statutory',
            `承诺时限不能超过该事项的法定时限（${item.statutoryDays}个工作日）`,
            { statutoryDays: item.statutoryDays },
          );
        }
      },
    },
    async (_tx, row) => {
      data.previousDays = row.promisedDays;
      return { promisedDays: input.promisedDays };
    },
  );
  return present(ctx, user, ctx.db, caseId);
}
