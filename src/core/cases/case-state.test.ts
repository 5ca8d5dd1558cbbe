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
    expect(() => nextCaseStatus('committed', 'paused', 'approve')).toThrow(
      expect.objectContaining({ code: 'case.invalid_transition' }),
    );
    expect(() => nextCaseStatus('committed', 'in_progress', 'finish')).toThrow(
      expect.objectContaining({ code: 'case.wrong_kind' }),
    );
    expect(() => nextCaseStatus('immediate', 'accepted', 'approve')).toThrow(
      expect.objectContaining({ code: 'case.wrong_kind' }),
    );
    expect(() => nextCaseStatus('committed', 'collected', 'collect')).toThrow(
      expect.objectContaining({ code: 'case.invalid_transition' }),
    );
  });
});

describe('missing materials', () => {
  it("lists every required material not received, in the guide's order", () => {
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

describe('steps the law does not count, extensions and reminders', () => {
  it('pauses and resumes for any step, and takes a supplement while already paused', () => {
    expect(nextCaseStatus('committed', 'in_progress', 'pause')).toBe('paused');
    expect(nextCaseStatus('committed', 'paused', 'end_pause')).toBe('in_progress');
    expect(nextCaseStatus('committed', 'paused', 'request_supplement')).toBe('paused');
    expect(nextCaseStatus('committed', 'paused', 'note_supplement')).toBe('paused');
    expect(() => nextCaseStatus('committed', 'in_progress', 'end_pause')).toThrow(
      expect.objectContaining({ code: 'case.invalid_transition' }),
    );
    expect(() => nextCaseStatus('committed', 'paused', 'pause')).toThrow(
      expect.objectContaining({ code: 'case.invalid_transition' }),
    );
  });

  it('records extensions and limit changes on open cases only, without moving them', () => {
    for (const status of ['in_progress', 'paused'] as const) {
      for (const action of [
        'request_extension',
        'approve_extension',
        'refuse_extension',
        'change_limit',
      ] as const) {
        expect(nextCaseStatus('committed', status, action)).toBe(status);
      }
    }
    expect(() => nextCaseStatus('committed', 'ready', 'request_extension')).toThrow(
      expect.objectContaining({ code: 'case.invalid_transition' }),
    );
    expect(() => nextCaseStatus('immediate', 'accepted', 'change_limit')).toThrow(
      expect.objectContaining({ code: 'case.wrong_kind' }),
    );
  });

  it('reminds only about results waiting for collection', () => {
    expect(nextCaseStatus('committed', 'ready', 'collection_reminder')).toBe('ready');
    expect(() => nextCaseStatus('committed', 'collected', 'collection_reminder')).toThrow(
      expect.objectContaining({ code: 'case.invalid_transition' }),
    );
  });
});
