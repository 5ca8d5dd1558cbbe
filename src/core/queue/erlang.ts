/**
 * Erlang C: the M/M/c queue (Poisson arrivals, exponential service, c windows, one FIFO queue).
 * It is the textbook model behind staffing a call centre or a service hall, and the yardstick the
 * wait estimator and the staffing planner are checked against. Rates are per minute inside; the
 * inputs are what a manager reads off the queue log: arrivals per hour and minutes per service.
 */
export interface QueueLoad {
  /** Residents arriving per hour (λ · 60). */
  arrivalsPerHour: number;
  /** Mean minutes one service takes at a window (1 / μ). */
  meanServiceMinutes: number;
}

/** Offered load a = λ / μ in Erlangs: how many windows the arrivals keep busy on average. */
export function offeredLoad(load: QueueLoad): number {
  return (load.arrivalsPerHour / 60) * load.meanServiceMinutes;
}

/** Utilisation ρ = a / c of c windows; 1 or more means the queue grows without end. */
export function utilisation(load: QueueLoad, windows: number): number {
  return windows > 0 ? offeredLoad(load) / windows : Infinity;
}

/**
 * Erlang B (the blocking probability of c windows and no queue) by the recursion
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)). Every step stays in [0, 1], so it holds for
 * hundreds of windows where a^c / c! would overflow.
 */
export function erlangB(offered: number, windows: number): number {
  let b = 1;
  for (let k = 1; k <= windows; k++) b = (offered * b) / (k + offered * b);
  return b;
}

/**
 * Erlang C: the probability that an arriving resident has to wait, C = c·B / (c − a·(1 − B)).
 * Null when a ≥ c: there is no steady state, everyone waits and the queue keeps growing.
 */
export function probabilityOfWaiting(load: QueueLoad, windows: number): number | null {
  const a = offeredLoad(load);
  if (!(windows > 0) || a >= windows) return null;
  const b = erlangB(a, windows);
  return (windows * b) / (windows - a * (1 - b));
}

/** Mean wait in the queue Wq = C / (cμ − λ), in minutes; null when a ≥ c. */
export function meanWaitMinutes(load: QueueLoad, windows: number): number | null {
  const c = probabilityOfWaiting(load, windows);
  if (c === null) return null;
  return c / drainRate(load, windows);
}

/** P(W ≤ t) = 1 − C·e^{−(cμ−λ)t}: the share of residents called within `minutes`; null when a ≥ c. */
export function shareWaitingWithin(
  load: QueueLoad,
  windows: number,
  minutes: number,
): number | null {
  const c = probabilityOfWaiting(load, windows);
  if (c === null) return null;
  return 1 - c * Math.exp(-drainRate(load, windows) * minutes);
}

/** cμ − λ per minute: how fast a queue empties while every window is busy. */
function drainRate(load: QueueLoad, windows: number): number {
  return windows / load.meanServiceMinutes - load.arrivalsPerHour / 60;
}

export interface StaffingTarget extends QueueLoad {
  /** The wait the centre promises, e.g. 15 minutes. */
  targetMinutes: number;
  /** The share of residents that must wait no longer than that, e.g. 0.8. */
  targetShare: number;
  /** The most windows the hall has (or the planner will consider). */
  maxWindows: number;
}

/**
 * The fewest windows (at least one: the hall is open) with utilisation below 1 at which
 * `targetShare` of residents wait at most `targetMinutes`, or null when even `maxWindows` cannot
 * do it. P(W ≤ t) rises with c, so the first c that meets the target is the answer.
 */
export function windowsNeeded(target: StaffingTarget): number | null {
  const first = Math.max(1, Math.floor(offeredLoad(target)) + 1);
  for (let c = first; c <= target.maxWindows; c++) {
    const share = shareWaitingWithin(target, c, target.targetMinutes);
    if (share !== null && share >= target.targetShare) return c;
  }
  return null;
}
