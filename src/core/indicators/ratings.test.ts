import { describe, expect, it } from 'vitest';
import { countsInIndicators, isBadRating, ratingStage, summariseRatings } from './ratings.js';

describe("which of a case's ratings a rating is", () => {
  it('rates a committed case at acceptance and at completion, an immediate item once', () => {
    expect(
      ratingStage({
        serviceKind: 'counter',
        collectedCaseId: null,
        acceptedCaseKinds: ['committed'],
      }),
    ).toBe('acceptance');
    expect(
      ratingStage({ serviceKind: 'collection', collectedCaseId: 'c1', acceptedCaseKinds: [] }),
    ).toBe('completion');
    expect(
      ratingStage({
        serviceKind: 'counter',
        collectedCaseId: null,
        acceptedCaseKinds: ['immediate'],
      }),
    ).toBe('service');
  });

  it('counts a counter service that accepted a committed case among others as its acceptance', () => {
    expect(
      ratingStage({
        serviceKind: 'counter',
        collectedCaseId: null,
        acceptedCaseKinds: ['immediate', 'committed'],
      }),
    ).toBe('acceptance');
  });

  it('rates a service that accepted nothing (a consultation, a refusal) as the service itself', () => {
    expect(
      ratingStage({ serviceKind: 'counter', collectedCaseId: null, acceptedCaseKinds: [] }),
    ).toBe('service');
    expect(
      ratingStage({ serviceKind: 'collection', collectedCaseId: null, acceptedCaseKinds: [] }),
    ).toBe('service');
  });
});

describe('rating figures', () => {
  it('treats levels 1 and 2 as bad (GB/T 39734)', () => {
    expect([1, 2, 3, 4, 5].map(isBadRating)).toEqual([true, true, false, false, false]);
  });

  it('leaves annulled ratings out of every count and rate', () => {
    const annulled = new Date('2026-03-03T02:00:00Z');
    expect(countsInIndicators({ annulledAt: annulled })).toBe(false);
    const summary = summariseRatings([
      { level: 5, annulledAt: null },
      { level: 5, annulledAt: null },
      { level: 4, annulledAt: null },
      { level: 3, annulledAt: null },
      { level: 1, annulledAt: null },
      { level: 1, annulledAt: annulled },
      { level: 2, annulledAt: annulled },
    ]);
    // 5 counted: good 5,5,4 = 3 → 60 %; bad 1 → 20 %.
    expect(summary).toEqual({
      total: 5,
      byLevel: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 2 },
      good: 3,
      bad: 1,
      goodRate: 0.6,
      badRate: 0.2,
    });
  });

  it('gives no rate when nothing was rated: an unrated service is not a top-level one', () => {
    expect(summariseRatings([])).toMatchObject({ total: 0, goodRate: null, badRate: null });
  });
});
