/**
 * The wait a new ticket can expect. With c windows open for its line, b of them busy and n
 * tickets ahead, it is called once n + 1 − (c − b) more services have ended; with exponential
 * service of mean s those end at rate c/s while every window is busy, so the expected wait is
 * max(0, n + 1 − (c − b)) · s / c. This is exact for M/M/c queues (the memoryless case), which
 * is how `mmc.test.ts` checks it against the Erlang C formula.
 */
export interface WaitInputs {
  /** Tickets ahead of this one that the same windows will serve first. */
  ahead: number;
  /** Windows open and staffed for the line. */
  openWindows: number;
  /** Of those, windows busy with a resident now. */
  busyWindows: number;
  /** Recent mean service time at those windows, in minutes. */
  meanServiceMinutes: number;
}

export function estimateWaitMinutes(input: WaitInputs): number | null {
  if (input.openWindows <= 0) return null;
  const free = Math.max(0, input.openWindows - input.busyWindows);
  const departuresNeeded = Math.max(0, input.ahead + 1 - free);
  return (departuresNeeded * input.meanServiceMinutes) / input.openWindows;
}
