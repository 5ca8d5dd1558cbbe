/**
 * The staffing planner's arithmetic: from an hour's arrivals and service time, the comprehensive
 * windows Erlang C recommends and what the current staffing would give. The source documents ask
 * that the number of comprehensive windows be set from the population served and the volume of
 * business; this turns a centre's own queue log (or figures a manager enters) into that number.
 */
import {
  meanWaitMinutes,
  offeredLoad,
  shareWaitingWithin,
  utilisation,
  windowsNeeded,
  type QueueLoad,
} from './erlang.js';

/** The hours the hall is open, 8:00–17:00 Shanghai time: the hour starting at 8 through 16. */
export const OPENING_HOURS: readonly number[] = [8, 9, 10, 11, 12, 13, 14, 15, 16];

export interface HourInputs extends QueueLoad {
  hour: number;
  currentWindows: number;
}

export interface PlanTarget {
  targetMinutes: number;
  targetShare: number;
  maxWindows: number;
}

export interface HourPlan {
  hour: number;
  arrivalsPerHour: number;
  meanServiceMinutes: number;
  /** Erlangs: windows kept busy on average. */
  offeredLoad: number;
  /** Null when even `maxWindows` windows cannot meet the target. */
  recommendedWindows: number | null;
  recommendedMeanWaitMinutes: number | null;
  recommendedShareWithinTarget: number | null;
  currentWindows: number;
  /** Null when no window is open (the load has nowhere to go). */
  currentUtilisation: number | null;
  /** Null when the current windows cannot keep up (utilisation ≥ 1): the queue keeps growing. */
  predictedMeanWaitMinutes: number | null;
  predictedShareWithinTarget: number | null;
  /** `overloaded`: utilisation ≥ 1; `below_target`: steady but short of the target. */
  status: 'meets_target' | 'below_target' | 'overloaded';
}

/** One hour of the plan: the recommendation and the forecast for the windows open now. */
export function planHour(input: HourInputs, target: PlanTarget): HourPlan {
  const recommended = windowsNeeded({ ...input, ...target });
  const current = input.currentWindows;
  // An hour nobody comes in waits for nothing, even with every window shut.
  const isIdle = input.arrivalsPerHour === 0;
  const share = isIdle ? 1 : shareWaitingWithin(input, current, target.targetMinutes);
  const status =
    share === null ? 'overloaded' : share >= target.targetShare ? 'meets_target' : 'below_target';
  const rho = isIdle ? 0 : utilisation(input, current);
  return {
    hour: input.hour,
    arrivalsPerHour: input.arrivalsPerHour,
    meanServiceMinutes: input.meanServiceMinutes,
    offeredLoad: offeredLoad(input),
    recommendedWindows: recommended,
    recommendedMeanWaitMinutes: recommended === null ? null : meanWaitMinutes(input, recommended),
    recommendedShareWithinTarget:
      recommended === null ? null : shareWaitingWithin(input, recommended, target.targetMinutes),
    currentWindows: current,
    currentUtilisation: Number.isFinite(rho) ? rho : null,
    predictedMeanWaitMinutes: isIdle ? 0 : meanWaitMinutes(input, current),
    predictedShareWithinTarget: share,
    status,
  };
}

/** Tickets issued in one Shanghai hour of one business date on one line. */
export interface ArrivalCount {
  date: string;
  hour: number;
  line: string;
  tickets: number;
}

/** Finished services of one line on one business date: their count and total minutes. */
export interface ServiceTotal {
  date: string;
  line: string;
  services: number;
  minutes: number;
}

export interface HourProfile {
  hour: number;
  arrivalsPerHour: number;
  meanServiceMinutes: number;
}

export interface ServiceProfile {
  /** Mean over every finished service counted, or the default when there was none. */
  meanServiceMinutes: number;
  isDefault: boolean;
  services: number;
  lines: { line: string; services: number; meanServiceMinutes: number }[];
}

/**
 * Service minutes per line over the working days given, lines sorted by letter. With no finished
 * service to learn from, `defaultMinutes` (the centre's setting) stands in.
 */
export function serviceProfile(
  totals: readonly ServiceTotal[],
  workingDays: ReadonlySet<string>,
  defaultMinutes: number,
): ServiceProfile {
  const byLine = new Map<string, { services: number; minutes: number }>();
  for (const t of totals) {
    if (!workingDays.has(t.date)) continue;
    const sum = byLine.get(t.line) ?? { services: 0, minutes: 0 };
    sum.services += t.services;
    sum.minutes += t.minutes;
    byLine.set(t.line, sum);
  }
  const lines = [...byLine]
    .filter(([, s]) => s.services > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([line, s]) => ({
      line,
      services: s.services,
      meanServiceMinutes: s.minutes / s.services,
    }));
  const services = lines.reduce((n, l) => n + l.services, 0);
  const minutes = lines.reduce((m, l) => m + l.meanServiceMinutes * l.services, 0);
  return services > 0
    ? { meanServiceMinutes: minutes / services, isDefault: false, services, lines }
    : { meanServiceMinutes: defaultMinutes, isDefault: true, services: 0, lines };
}

/**
 * Average arrivals per opening hour over the working days given (a day without a single ticket
 * still counts: the hall was open and nobody came), and each hour's mean service time as the mix
 * of its lines: Σ share of line × the line's mean, so a morning of quick certificates and an
 * afternoon of long pension cases get different figures. A line without finished services uses
 * the centre's overall mean; an hour without arrivals uses it too.
 */
export function hourProfile(
  arrivals: readonly ArrivalCount[],
  workingDays: ReadonlySet<string>,
  service: ServiceProfile,
): HourProfile[] {
  const lineMeans = new Map(service.lines.map((l) => [l.line, l.meanServiceMinutes]));
  return OPENING_HOURS.map((hour) => {
    let tickets = 0;
    let minutes = 0;
    for (const a of arrivals) {
      if (a.hour !== hour || !workingDays.has(a.date)) continue;
      tickets += a.tickets;
      minutes += a.tickets * (lineMeans.get(a.line) ?? service.meanServiceMinutes);
    }
    return {
      hour,
      arrivalsPerHour: workingDays.size > 0 ? tickets / workingDays.size : 0,
      meanServiceMinutes: tickets > 0 ? minutes / tickets : service.meanServiceMinutes,
    };
  });
}
