/**
 * Ranks for a league table: the best value is 1, equal values share a rank and the next rank skips
 * (1, 2, 2, 4 — "standard competition" ranking, as league tables are read). A centre without a
 * value (nothing to divide by) has no rank rather than the last one: it did not do badly, it had
 * nothing to count.
 */
export function rankBy(
  values: readonly (number | null)[],
  higherIsBetter: boolean,
): (number | null)[] {
  const ranked = values.filter((v): v is number => v !== null);
  return values.map((v) => {
    if (v === null) return null;
    const better = ranked.filter((o) => (higherIsBetter ? o > v : o < v)).length;
    return better + 1;
  });
}
