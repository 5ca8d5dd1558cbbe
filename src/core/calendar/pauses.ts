/**
 * Steps whose time the law does not count in a licensing limit. Administrative Licensing Law
 * art. 45: hearings, testing, inspection, appraisal and expert review are not counted, and the
 * applicant is told in writing how long they take; Shanghai practice also leaves out public-notice
 * periods (公示) and the time the applicant spends supplementing materials (补正).
 */
import { RuleError } from '../errors.js';
import type { Pause } from './deadline.js';

export const PAUSE_KINDS = [
  'supplement',
  'public_notice',
  'testing',
  'appraisal',
  'expert_review',
  'hearing',
] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

export const PAUSE_KIND_LABELS: Record<PauseKind, string> = {
  supplement: '补正材料',
  public_notice: '公示',
  testing: '检测、检验',
  appraisal: '鉴定',
  expert_review: '专家评审',
  hearing: '听证',
};

/**
 * The most working days a step may be announced to take. No statute caps art. 45 steps; 120
 * working days (about half a year) is far beyond any local guide and catches a typing slip.
 */
export const MAX_PAUSE_EXPECTED_DAYS = 120;

export function isPauseKind(value: string): value is PauseKind {
  return (PAUSE_KINDS as readonly string[]).includes(value);
}

export function pauseKindLabel(kind: string): string {
  return isPauseKind(kind) ? PAUSE_KIND_LABELS[kind] : kind;
}

/**
 * What a paused case reads as: "补正中（暂停计时）" for a supplement (the state machine's own label)
 * and the step's name otherwise, so a resident in a hearing is not told to bring materials.
 */
export function pausedStatusLabel(pauseKind: string | null, supplementLabel: string): string {
  return pauseKind && pauseKind !== 'supplement' && isPauseKind(pauseKind)
    ? `${PAUSE_KIND_LABELS[pauseKind]}中（暂停计时）`
    : supplementLabel;
}

/** The pause still running (at most one runs at a time), if any. */
export function runningPause<T extends Pause>(pauses: readonly T[]): T | undefined {
  return pauses.find((p) => p.endedOn === null);
}

/**
 * One pause runs at a time: the clock cannot stop twice. A second step while one is running is
 * refused (`case.already_paused`); the officer ends the first, or waits for it, and starts the next.
 * (A supplement asked for during a pause is the exception: it is recorded and joins the running
 * pause, which keeps its start — see `supplementJoinsPause`.)
 */
export function assertMayStartPause(running: { kind: string } | undefined, kind: PauseKind): void {
  if (!running) return;
  throw new RuleError(
    'case.already_paused',
    `办件已因“${pauseKindLabel(running.kind)}”暂停计时，请先结束该程序再开始“${PAUSE_KIND_LABELS[kind]}”`,
    { running: running.kind, requested: kind },
  );
}

/** A supplement asked for while the clock is already stopped does not restart the pause. */
export function supplementJoinsPause(running: { kind: string } | undefined): boolean {
  return running !== undefined;
}

/**
 * Whether materials arriving end the running pause: only a supplement pause ends with them; a
 * public notice or a test keeps the clock stopped until that step itself ends.
 */
export function supplementEndsPause(running: { kind: string } | undefined): boolean {
  return running?.kind === 'supplement';
}
