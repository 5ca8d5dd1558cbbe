/** The days a trend point or a breakdown row covers, clipped to the report's range. */
import dayjs from 'dayjs';
import type { BreakdownBy } from '../../api/types';
import type { DayRange } from './range';

const DAY = 'YYYY-MM-DD';

const clip = (r: DayRange, within: DayRange): DayRange => ({
  from: r.from > within.from ? r.from : within.from,
  to: r.to < within.to ? r.to : within.to,
});

/** Day keys are dates, week keys their Monday, month keys YYYY-MM; other keys cover the range. */
export function bucketRange(by: BreakdownBy, key: string | null, within: DayRange): DayRange {
  if (key === null) return within;
  if (by === 'day') return { from: key, to: key };
  if (by === 'week') return clip({ from: key, to: dayjs(key).add(6, 'day').format(DAY) }, within);
  if (by === 'month') {
    const start = dayjs(`${key}-01`);
    return clip({ from: start.format(DAY), to: start.endOf('month').format(DAY) }, within);
  }
  return within;
}
