import { RuleError } from '../errors.js';

/**
 * The life of a case after acceptance.
 * Immediate items: accepted → finished (当场办结).
 * Committed items: in_progress ⇄ paused (补正, 公示, 检测 … — steps not counted) → ready (decided: approved or denied, result
 * waiting at the reply window) → collected.
 */
export const CASE_STATUSES = [
  'accepted',
  'finished',
  'in_progress',
  'paused',
  'ready',
  'collected',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  accepted: '已受理',
  finished: '已办结',
  in_progress: '办理中',
  paused: '补正中（暂停计时）',
  ready: '已出结果，待领取',
  collected: '已领取',
};

export type CaseKind = 'immediate' | 'committed';
export type CaseDecision = 'approved' | 'denied';
/**
 * What can be done to a case. Some actions change its status; the others (marked `to: null`) are
 * recorded as events on an open or decided case without moving it.
 */
export type CaseAction =
  | 'finish'
  | 'request_supplement'
  | 'receive_supplement'
  /** Materials received while another step (公示, 检测 …) keeps the clock stopped. */
  | 'note_supplement'
  | 'pause'
  | 'end_pause'
  | 'approve'
  | 'deny'
  | 'collect'
  | 'request_extension'
  | 'approve_extension'
  | 'refuse_extension'
  | 'change_limit'
  | 'collection_reminder';

const OPEN: readonly CaseStatus[] = ['in_progress', 'paused'];

const TRANSITIONS: Record<
  CaseAction,
  { from: readonly CaseStatus[]; to: CaseStatus | null; kind: CaseKind }
> = {
  finish: { from: ['accepted'], to: 'finished', kind: 'immediate' },
  // Asked while already paused, the supplement joins the running pause (see core/calendar/pauses).
  request_supplement: { from: OPEN, to: 'paused', kind: 'committed' },
  receive_supplement: { from: ['paused'], to: 'in_progress', kind: 'committed' },
  note_supplement: { from: ['paused'], to: null, kind: 'committed' },
  pause: { from: ['in_progress'], to: 'paused', kind: 'committed' },
  end_pause: { from: ['paused'], to: 'in_progress', kind: 'committed' },
  approve: { from: ['in_progress'], to: 'ready', kind: 'committed' },
  deny: { from: ['in_progress'], to: 'ready', kind: 'committed' },
  collect: { from: ['ready'], to: 'collected', kind: 'committed' },
  request_extension: { from: OPEN, to: null, kind: 'committed' },
  approve_extension: { from: OPEN, to: null, kind: 'committed' },
  refuse_extension: { from: OPEN, to: null, kind: 'committed' },
  change_limit: { from: OPEN, to: null, kind: 'committed' },
  collection_reminder: { from: ['ready'], to: null, kind: 'committed' },
};

/** The status a freshly accepted case starts in. */
export function initialCaseStatus(kind: CaseKind): CaseStatus {
  return kind === 'immediate' ? 'accepted' : 'in_progress';
}

/**
 * The status after an action, or a `case.invalid_transition` / `case.wrong_kind` error.
 * A paused case cannot be decided: the pause must end first (or the case be denied after it resumes).
 */
export function nextCaseStatus(kind: CaseKind, status: CaseStatus, action: CaseAction): CaseStatus {
  const rule = TRANSITIONS[action];
  if (rule.kind !== kind) {
    throw new RuleError(
      'case.wrong_kind',
      kind === 'immediate' ? '即办件不经过后台办理流程' : '承诺件须由后台办理，不能当场办结',
      { kind, action },
    );
  }
  if (!rule.from.includes(status)) {
    throw new RuleError(
      'case.invalid_transition',
      `办件当前状态为“${CASE_STATUS_LABELS[status]}”，不能执行此操作`,
      {
        status,
        action,
      },
    );
  }
  return rule.to ?? status;
}

export function isOpenCase(status: CaseStatus): boolean {
  return status === 'in_progress' || status === 'paused' || status === 'accepted';
}
