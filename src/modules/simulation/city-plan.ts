/**
 * The plan of a generated city: which centres exist, in which districts, and how each behaves
 * (volume, waits, service times, late cases, bad ratings). Drawn once from the seed with
 * `core/random`, so the same seed plans the same city; the rows themselves are then written by
 * set-based SQL (city-history.sql.ts) that reads these numbers.
 */
import { Random } from '../../core/random.js';

/** Shanghai's sixteen districts with roughly how many streets and towns (街镇) each has. */
export const SHANGHAI_DISTRICTS = [
  { code: '310101', name: '黄浦区', streets: 10 },
  { code: '310104', name: '徐汇区', streets: 13 },
  { code: '310105', name: '长宁区', streets: 10 },
  { code: '310106', name: '静安区', streets: 14 },
  { code: '310107', name: '普陀区', streets: 10 },
  { code: '310109', name: '虹口区', streets: 8 },
  { code: '310110', name: '杨浦区', streets: 12 },
  { code: '310112', name: '闵行区', streets: 14 },
  { code: '310113', name: '宝山区', streets: 12 },
  { code: '310114', name: '嘉定区', streets: 12 },
  { code: '310115', name: '浦东新区', streets: 36 },
  { code: '310116', name: '金山区', streets: 11 },
  { code: '310117', name: '松江区', streets: 17 },
  { code: '310118', name: '青浦区', streets: 11 },
  { code: '310120', name: '奉贤区', streets: 11 },
  { code: '310151', name: '崇明区', streets: 18 },
] as const;

export type District = { code: string; name: string };

/** How one generated centre behaves; every share is a probability per ticket, case or rating. */
export interface CentrePlan {
  /** 1-based position in the city: part of every generated id and random key. */
  ordinal: number;
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  /** Tickets a business day, on average (before the weekday's swing). */
  ticketsPerDay: number;
  /** Applicants on file; a day never has more tickets than this (each draws a different one). */
  applicantPool: number;
  comprehensiveWindows: number;
  noShowShare: number;
  oneTimeShare: number;
  refusalShare: number;
  /** Tickets that end in advice only: a service, no case, no notice. */
  consultShare: number;
  immediateShare: number;
  meanWaitMinutes: number;
  immediateMinutes: number;
  lateShare: number;
  pauseShare: number;
  ratedShare: number;
  badShare: number;
  appointmentShare: number;
  complaintsPerDay: number;
  /** Bad-rating follow-ups contacted after the due day. */
  lateFollowupShare: number;
}

export interface CityPlanOptions {
  centres: number;
  /** District codes to use, or how many of the sixteen (in the order above). */
  districts: number | readonly string[];
  casesPerCentreDay: number;
  seed: number;
  /** Centres to name after real streets instead of numbers, in order within their district. */
  names?: readonly { districtCode: string; name: string }[];
  /** How many centres each district gets (aligned with `districts`); by streets when omitted. */
  perDistrict?: readonly number[];
}

/** The districts asked for, by code or by count. */
export function pickDistricts(districts: number | readonly string[]): District[] {
  if (typeof districts === 'number') {
    if (!Number.isInteger(districts) || districts < 1 || districts > SHANGHAI_DISTRICTS.length) {
      throw new RangeError(`districts must be 1–${SHANGHAI_DISTRICTS.length}: ${districts}`);
    }
    return SHANGHAI_DISTRICTS.slice(0, districts).map(({ code, name }) => ({ code, name }));
  }
  return districts.map((code) => {
    const found = SHANGHAI_DISTRICTS.find((d) => d.code === code);
    if (!found) throw new RangeError(`not a Shanghai district code: ${code}`);
    return { code: found.code, name: found.name };
  });
}

/**
 * Spreads `total` centres over the districts in proportion to their streets (largest remainder),
 * every district getting at least one.
 */
export function centresPerDistrict(districts: readonly District[], total: number): number[] {
  if (total < districts.length)
    throw new RangeError(`${total} centres cannot cover ${districts.length} districts`);
  const weights = districts.map((d) => SHANGHAI_DISTRICTS.find((x) => x.code === d.code)!.streets);
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - districts.length;
  const exact = weights.map((w) => (w / sum) * spare);
  const counts = exact.map((x) => 1 + Math.floor(x));
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < total; k++)
    counts[order[k % order.length]!.i]! += 1;
  return counts;
}

const between = (random: Random, lo: number, hi: number) => lo + random.next() * (hi - lo);

/** Plans every centre of the city from the seed. */
export function planCity(options: CityPlanOptions): CentrePlan[] {
  const random = new Random(options.seed);
  const districts = pickDistricts(options.districts);
  const counts = options.perDistrict
    ? [...options.perDistrict]
    : centresPerDistrict(districts, options.centres);
  if (counts.length !== districts.length || counts.reduce((a, b) => a + b, 0) !== options.centres) {
    throw new RangeError('perDistrict must give every district a count, adding up to centres');
  }
  const plans: CentrePlan[] = [];
  districts.forEach((district, d) => {
    const named = (options.names ?? []).filter((n) => n.districtCode === district.code);
    for (let k = 1; k <= counts[d]!; k++) {
      // Centres differ a lot in size: a town centre may see half the residents of a busy street's.
      const size = Math.exp(random.normal() * 0.3);
      const noShowShare = between(random, 0.03, 0.07);
      const oneTimeShare = between(random, 0.04, 0.08);
      const refusalShare = between(random, 0.01, 0.025);
      const consultShare = between(random, 0.01, 0.03);
      const acceptShare = 1 - noShowShare - oneTimeShare - refusalShare - consultShare;
      const ticketsPerDay = Math.max(4, (options.casesPerCentreDay * size) / acceptShare);
      plans.push({
        ordinal: plans.length + 1,
        code: `c${district.code}-${String(k).padStart(2, '0')}`,
        name: named[k - 1]?.name ?? `${district.name}第${k}社区事务受理服务中心`,
        districtCode: district.code,
        districtName: district.name,
        ticketsPerDay,
        // Three times the busiest day's tickets at most (the weekday swing and noise stay below 1.6×).
        applicantPool: Math.max(600, Math.ceil(ticketsPerDay * 3)),
        comprehensiveWindows: Math.min(12, Math.max(3, Math.round(4 + size * 4))),
        noShowShare,
        oneTimeShare,
        refusalShare,
        consultShare,
        immediateShare: between(random, 0.55, 0.75),
        meanWaitMinutes: between(random, 4, 20),
        immediateMinutes: between(random, 8, 14),
        lateShare: between(random, 0.01, 0.08),
        pauseShare: between(random, 0.05, 0.15),
        ratedShare: between(random, 0.5, 0.85),
        badShare: between(random, 0.005, 0.03),
        appointmentShare: between(random, 0.02, 0.06),
        complaintsPerDay: between(random, 0.05, 0.3),
        lateFollowupShare: between(random, 0.02, 0.15),
      });
    }
  });
  return plans;
}
