/** The range an indicator page shows: the month so far (by the server's date) until one is picked. */
import { useState } from 'react';
import { useMeta } from '../../lib/meta';
import { monthSoFar, type DayRange } from './range';

export function useDayRange() {
  const meta = useMeta();
  const [chosen, setChosen] = useState<DayRange | null>(null);
  const today = meta?.businessDate ?? null;
  const range = chosen ?? (today ? monthSoFar(today) : null);
  return { range, today, setRange: setChosen };
}
