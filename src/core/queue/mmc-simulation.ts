import type { Random } from '../random.js';
import type { QueueLoad } from './erlang.js';
import { estimateWaitMinutes } from './estimate.js';

export interface MmcRun extends QueueLoad {
  /** Windows, all serving the one FIFO queue. */
  windows: number;
  /** Residents to measure, after the warm-up. */
  customers: number;
  /** Residents simulated first and not measured, so the run starts from a typical queue. */
  warmup: number;
  /** Waits, in minutes, that `shareWithin` counts residents against. */
  thresholdsMinutes: readonly number[];
}

export interface MmcResult {
  customers: number;
  /** Mean actual wait from arrival to the start of service, in minutes. */
  meanWaitMinutes: number;
  /** For each of `thresholdsMinutes`, the share of residents who waited at most that long. */
  shareWithin: number[];
  /** Mean of what `estimateWaitMinutes` told each resident on arrival, in minutes. */
  meanEstimateMinutes: number;
}

/**
 * Simulates an M/M/c queue served first come, first served, as the hall runs it. Under FIFO the
 * k-th resident starts at max(arrival, earliest moment a window frees up) — the Kiefer–Wolfowitz
 * recursion — so no event list is needed: one array of window free times and one of the start
 * times still in the future. Service starts never go backwards under FIFO, so residents still
 * queueing at an arrival are exactly the tail of that second array.
 *
 * At each arrival it also asks the wait estimator, seeing what a ticket machine sees: residents
 * queueing ahead, windows busy, windows open and the true mean service time.
 */
export function simulateMmc(random: Random, run: MmcRun): MmcResult {
  const meanGap = 60 / run.arrivalsPerHour;
  const total = run.warmup + run.customers;
  const freeAt = new Float64Array(run.windows);
  const starts = new Float64Array(total);
  let head = 0;
  let now = 0;
  let waitSum = 0;
  const within = run.thresholdsMinutes.map(() => 0);
  let estimateSum = 0;

  for (let k = 0; k < total; k++) {
    now += random.exponential(meanGap);
    // Residents whose service has begun by now have left the queue.
    while (head < k && starts[head]! <= now) head++;
    let earliest = 0;
    let busy = 0;
    for (let w = 0; w < run.windows; w++) {
      if (freeAt[w]! > now) busy++;
      if (freeAt[w]! < freeAt[earliest]!) earliest = w;
    }
    const start = Math.max(now, freeAt[earliest]!);
    starts[k] = start;
    freeAt[earliest] = start + random.exponential(run.meanServiceMinutes);
    if (k < run.warmup) continue;

    const wait = start - now;
    waitSum += wait;
    for (let i = 0; i < within.length; i++) if (wait <= run.thresholdsMinutes[i]!) within[i]!++;
    estimateSum += estimateWaitMinutes({
      ahead: k - head,
      openWindows: run.windows,
      busyWindows: busy,
      meanServiceMinutes: run.meanServiceMinutes,
    })!;
  }

  return {
    customers: run.customers,
    meanWaitMinutes: waitSum / run.customers,
    shareWithin: within.map((n) => n / run.customers),
    meanEstimateMinutes: estimateSum / run.customers,
  };
}
