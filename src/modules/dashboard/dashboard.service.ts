import { addWorkingDays } from '../../core/calendar/working-days.js';
import { shanghaiDate } from '../../core/dates.js';
import { rate, roundTo, TARGETS } from '../../core/indicators/formulas.js';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../server/context.js';
import { refreshFigures, sumFigures } from '../indicators/figures.repository.js';
import { getSettings } from '../settings/settings.service.js';
import { liveCounts } from './today.query.js';

const perMinute = (seconds: number, count: number) => (count > 0 ? seconds / 60 / count : null);

/**
 * The manager's numbers for one business day of one centre (today by default), as shown on the
 * manager page and printed by the simulator. The day's sums are the day figures the indicators
 * read, so the page and the indicator report never disagree (docs/indicators.md).
 */
export async function dayFigures(ctx: AppContext, tx: Tx, centreId: string, date?: string) {
  const today = date ?? shanghaiDate(ctx.clock.now());
  const calendar = await ctx.calendar.get();
  const { amberDays } = await getSettings(tx, centreId);
  const dueBy = addWorkingDays(calendar, today, amberDays).deadline;
  await tx.transaction((t) => refreshFigures(t));
  const [sums, live] = await Promise.all([
    sumFigures(tx, { centreIds: [centreId], from: today, to: today }),
    liveCounts(tx, centreId, today, dueBy),
  ]);
  const status = await ctx.calendar.status(today);
  return {
    date: today,
    ticketsIssued: sums.ticketsIssued,
    waitingNow: live.waitingNow,
    noShows: sums.ticketsNoShow,
    // Issue to the start of service, no-shows left out (wait_avg_minutes).
    averageWaitMinutes: roundTo(perMinute(sums.waitSecondsSum, sums.waitCount), 1),
    // Start of the service at the window to the finish on the spot (immediate_avg_minutes).
    immediateAvgMinutes: roundTo(perMinute(sums.immediateSecondsSum, sums.immediateCount), 1),
    accepted: sums.casesAccepted,
    acceptedImmediate: live.acceptedImmediate,
    finishedOnSpot: sums.casesOnSpot,
    // DB31/T 467 当场办结率: cases finished on the spot over cases accepted.
    onSpotRate: roundTo(rate(sums.casesOnSpot, sums.casesAccepted), 4),
    dueSoon: live.dueSoon,
    overdue: live.overdue,
    // Annulled ratings (an appeal upheld) count in no figure.
    ratings: sums.ratingsCount,
    badRatings: sums.ratingsBad,
    openBadRatings: live.openBadRatings,
    targets: { immediateAvgMinutes: TARGETS.immediateAvgMinutes, onSpotRate: TARGETS.onSpotRate },
    calendar: { nextYear: status.nextYear, nextYearEntered: status.nextYearEntered },
  };
}
