import { addWorkingDays } from '../../core/calendar/working-days.js';
import { shanghaiDate } from '../../core/dates.js';
import { rate, roundTo, TARGETS } from '../../core/indicators/formulas.js';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../server/context.js';
import { getSettings } from '../settings/settings.service.js';
import { todayCounts } from './today.query.js';

/**
 * The manager's numbers for one business day of one centre (today by default), as shown on the
 * manager page and printed by the simulator.
 */
export async function dayFigures(ctx: AppContext, tx: Tx, centreId: string, date?: string) {
  const today = date ?? shanghaiDate(ctx.clock.now());
  const calendar = await ctx.calendar.get();
  const { amberDays } = await getSettings(tx, centreId);
  const dueBy = addWorkingDays(calendar, today, amberDays).deadline;
  const counts = await todayCounts(tx, centreId, today, dueBy);
  const status = await ctx.calendar.status(today);
  return {
    date: today,
    ...counts,
    averageWaitMinutes: roundTo(counts.averageWaitMinutes, 1),
    immediateAvgMinutes: roundTo(counts.immediateAvgMinutes, 1),
    // DB31/T 467 当场办结率: cases finished on the spot over cases accepted.
    onSpotRate: roundTo(rate(counts.finishedOnSpot, counts.accepted), 4),
    targets: { immediateAvgMinutes: TARGETS.immediateAvgMinutes, onSpotRate: TARGETS.onSpotRate },
    calendar: { nextYear: status.nextYear, nextYearEntered: status.nextYearEntered },
  };
}
