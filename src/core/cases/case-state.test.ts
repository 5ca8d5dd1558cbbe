import { describe, expect, it } from 'vitest';
import { initialCaseStatus, nextCaseStatus } from './case-state.js';
import { missingMaterials } from './materials.js';

describe('the case state machine', () => {
  it('finishes an immediate item on the spot', () => {
    expect(initialCaseStatus('immediate')).toBe('accepted');
    expect(nextCaseStatus('immediate', 'accepted', 'finish')).toBe('finished');
  });

  it('takes a committed item through supplement, decision and collection', () => {
    let status = initialCaseStatus('committed');
    expect(status).toBe('in_progress');
    status = nextCaseStatus('committed', status, 'request_supplement');
    expect(status).toBe('paused');
    status = nextCaseStatus('committed', status, 'receive_supplement');
    status = nextCaseStatus('committed', status, 'approve');
    expect(status).toBe('ready');
    expect(nextCaseStatus('committed', status, 'collect')).toBe('collected');
  });

  it('refuses to decide a paused case or to finish a committed one at the window', () => {
    expect(() => nextCaseStatus('committed', 'paused', 'approve')).toThrow(expect.objectContaining({ code: 'case.invalid_transition' }));
    expect(() => nextCaseStatus('committed', 'in_progress', 'finish')).toThrow(expect.objectContaining({ code: 'case.wrong_kind' }));
    expect(() => nextCaseStatus('immediate', 'accepted', 'approve')).toThrow(expect.objectContaining({ code: 'case.wrong_kind' }));
    expect(() => nextCaseStatus('committed', 'collected', 'collect')).toThrow(expect.objectContaining({ code: 'case.invalid_transition' }));
  });
});

describe('missing materials', () => {
  it('lists every required material not received, in the guide\'s order', () => {
    const guide = [
      { id: 'm1', name: '身份证', required: true },
      { id: 'm2', name: '户口簿', required: true },
      { id: 'm3', name: '照片', required: false },
      { id: 'm4', name: '申请表', required: true },
    ];
    expect(missingMaterials(guide, ['m2']).map((m) => m.id)).toEqual(['m1', 'm4']);
    expect(missingMaterials(guide, ['m1', 'm2', 'm4'])).toEqual([]);
  });
});
