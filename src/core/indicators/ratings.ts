/**
 * 好差评: the five levels of GB/T 39734-2020 and what the indicators may count. Levels 1 and 2 are
 * bad ratings (差评). A service nobody rated stays unrated: nothing here fills in a score (the
 * regional "no rating within 7 days counts as 非常满意" rule is not Shanghai's and is left out).
 */
import { rate } from './formulas.js';

export const RATING_LEVELS = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const;

export type RatingLevel = 1 | 2 | 3 | 4 | 5;

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

export function isBadRating(level: number): boolean {
  return level <= 2;
}

export function isGoodRating(level: number): boolean {
  return level >= 4;
}

/** service (an immediate item or a consultation) | acceptance | completion. */
export type RatingStage = 'service' | 'acceptance' | 'completion';

export const RATING_STAGE_LABELS: Record<RatingStage, string> = {
  service: '服务评价',
  acceptance: '受理环节评价',
  completion: '办结环节评价',
};

/**
 * Which of a case's ratings a service's rating is. Regional practice (DOMAIN: 好差评) rates an
 * immediate item once and a committed item at least twice: when it is accepted at the counter and
 * when its result is collected. So a counter service that accepted a committed case is the
 * acceptance rating, a collection service is the completion rating, and anything else (an
 * immediate item, a consultation, a refusal) is a rating of the service itself.
 */
export function ratingStage(input: {
  serviceKind: 'counter' | 'collection';
  /** The case a collection service handed over. */
  collectedCaseId: string | null;
  /** The kinds of the cases accepted during a counter service. */
  acceptedCaseKinds: readonly ('immediate' | 'committed')[];
}): RatingStage {
  if (input.serviceKind === 'collection') return input.collectedCaseId ? 'completion' : 'service';
  return input.acceptedCaseKinds.includes('committed') ? 'acceptance' : 'service';
}

/**
 * A rating counts in an indicator unless an appeal against it was upheld (误评申诉): the annulled
 * rating stays on record but no rate, count or average may include it.
 */
export function countsInIndicators(rating: { annulledAt: Date | string | null }): boolean {
  return rating.annulledAt === null;
}

export interface RatingSummary {
  total: number;
  byLevel: Record<RatingLevel, number>;
  good: number;
  bad: number;
  /** Good ratings (4–5) over all counted ratings; null when there are none. */
  goodRate: number | null;
  /** Bad ratings (1–2) over all counted ratings; null when there are none. */
  badRate: number | null;
}

/** Counts, by level, the ratings that count in indicators (annulled ones are left out). */
export function summariseRatings(
  ratings: readonly { level: number; annulledAt: Date | string | null }[],
): RatingSummary {
  const byLevel: Record<RatingLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let total = 0;
  for (const r of ratings) {
    if (!countsInIndicators(r)) continue;
    byLevel[r.level as RatingLevel] += 1;
    total += 1;
  }
  const good = byLevel[4] + byLevel[5];
  const bad = byLevel[1] + byLevel[2];
  return { total, byLevel, good, bad, goodRate: rate(good, total), badRate: rate(bad, total) };
}
