import type { Random } from '../random.js';

/**
 * The shape of a centre's day: relative arrival intensity by minute of the opening hours
 * (8:30–16:30), peaking mid-morning around 10:00 with a smaller early-afternoon hump, as queue
 * logs of service halls typically show.
 */
export function arrivalIntensity(minuteOfDay: number): number {
  const h = minuteOfDay / 60;
  const morning = Math.exp(-((h - 10) ** 2) / (2 * 0.9 ** 2));
  const afternoon = 0.55 * Math.exp(-((h - 14.3) ** 2) / (2 * 0.9 ** 2));
  return 0.12 + morning + afternoon;
}

/**
 * `count` arrival minutes (minutes after midnight, sorted) between `open` and `lastEntry`, drawn
 * from the intensity above by inverse-transform sampling on a one-minute grid.
 */
export function drawArrivals(random: Random, count: number, open = 8 * 60 + 30, lastEntry = 16 * 60 + 15): number[] {
  const cumulative: number[] = [];
  let total = 0;
  for (let m = open; m < lastEntry; m++) {
    total += arrivalIntensity(m);
    cumulative.push(total);
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    out.push(open + lo + random.next());
  }
  return out.sort((a, b) => a - b);
}
