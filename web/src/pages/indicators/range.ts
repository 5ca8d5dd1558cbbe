/** A range of business days (YYYY-MM-DD, both counted) and the presets the range picker offers. */
import dayjs from 'dayjs';

export interface DayRange {
  from: string;
  to: string;
}

const DAY = 'YYYY-MM-DD';

/** The month so far, which every indicator page opens on. */
export function monthSoFar(today: string): DayRange {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

export function rangePresets(today: string): { label: string; range: DayRange }[] {
  const t = dayjs(today);
  const lastMonth = t.subtract(1, 'month');
  const quarterStart = t.month(Math.floor(t.month() / 3) * 3).date(1);
  return [
    { label: '本月', range: monthSoFar(today) },
    {
      label: '上月',
      range: {
        from: lastMonth.startOf('month').format(DAY),
        to: lastMonth.endOf('month').format(DAY),
      },
    },
    { label: '本季度', range: { from: quarterStart.format(DAY), to: today } },
    { label: '本年', range: { from: `${today.slice(0, 4)}-01-01`, to: today } },
    { label: '近30天', range: { from: t.subtract(29, 'day').format(DAY), to: today } },
  ];
}

/** 2026-03 for a range inside one month (for the monthly report), else the month of its end. */
export function monthOf(range: DayRange): string {
  return range.to.slice(0, 7);
}
