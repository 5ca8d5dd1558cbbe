import { describe, expect, it } from 'vitest';
import { rankBy } from './ranking.js';

describe('league ranks', () => {
  it('gives equal values the same rank and skips the next (1, 2, 2, 4)', () => {
    expect(rankBy([0.5, 0.9, 0.7, 0.7], true)).toEqual([4, 1, 2, 2]);
  });

  it('ranks the lowest first when lower is better (minutes, days)', () => {
    expect(rankBy([12, 8.5, 20], false)).toEqual([2, 1, 3]);
  });

  it('leaves a centre with nothing to count unranked instead of last', () => {
    expect(rankBy([null, 0.6, null, 0.8], true)).toEqual([null, 2, null, 1]);
    expect(rankBy([null], true)).toEqual([null]);
  });
});
