/** The five 好差评 levels (GB/T 39734-2020); 1 and 2 are bad ratings (差评). */
export const RATING_LEVELS = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const;

export function isBadRating(level: number): boolean {
  return level <= 2;
}

export function isGoodRating(level: number): boolean {
  return level >= 4;
}
