/**
 * The clock of committed cases, always recomputed from the whole history (acceptance, promised
 * limit, every pause, granted extensions) with `core/calendar`, never shifted in place: a paused
 * span is then neither counted twice nor lost when a limit or an extension changes.
 */
import {
  caseTimeStatus,
  decisionFigures,
  warningSince,
  type CaseClock,
  type CaseTime,
  type Pause,
} from '../../core/calendar/deadline.js';
import { runningPause } from '../../core/calendar/pauses.js';
import type { IsoDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../server/context.js';
import type { CaseRow } from '../cases/cases.repository.js';
import { DEFAULT_SETTINGS } from '../settings/settings.service.js';
import * as repo from './deadlines.repository.js';

/** Where an open case stands today, and the kind of its running pause, if any. */
export interface LiveTime extends CaseTime {
  pauseKind: string | null;
}

export type AmberThreshold = (centreId: string, itemCode: string) => number;

const OPEN_STATUSES: readonly CaseRow['status'][] = ['in_progress', 'paused'];

export function isOpenCommitted(row: Pick<CaseRow, 'kind' | 'status'>): boolean {
  return row.kind === 'committed' && OPEN_STATUSES.includes(row.status);
}

export function clockOf(
  row: Pick<CaseRow, 'acceptedOn' | 'promisedDays' | 'extensionDays'>,
  pauses: readonly Pause[],
): CaseClock {
  return {
    acceptedOn: row.acceptedOn,
    promisedDays: row.promisedDays,
    extensionDays: row.extensionDays,
    pauses: pauses.map((p) => ({ startedOn: p.startedOn, endedOn: p.endedOn })),
  };
}

/**
 * The amber threshold of an item at a centre: centre_items.amber_days when set, else the centre's
 * `amberDays` setting, else its default.
 */
export async function loadAmberThresholds(tx: Tx, centreIds: string[]): Promise<AmberThreshold> {
  const unique = [...new Set(centreIds)];
  const [overrides, stored] = await Promise.all([
    repo.amberOverrides(tx, unique),
    repo.amberSettings(tx, unique),
  ]);
  const byItem = new Map(overrides.map((o) => [`${o.centreId}:${o.itemCode}`, o.amberDays!]));
  const byCentre = new Map(
    stored.filter((s) => typeof s.value === 'number').map((s) => [s.centreId, s.value as number]),
  );
  return (centreId, itemCode) =>
    byItem.get(`${centreId}:${itemCode}`) ?? byCentre.get(centreId) ?? DEFAULT_SETTINGS.amberDays;
}

/** Live deadline, days left and warning of the open committed cases among `rows`. */
export async function liveTimes(
  ctx: AppContext,
  tx: Tx,
  rows: readonly CaseRow[],
  today: IsoDate,
): Promise<Map<string, LiveTime>> {
  const open = rows.filter(isOpenCommitted);
  const out = new Map<string, LiveTime>();
  if (open.length === 0) return out;
  const calendar = await ctx.calendar.get(tx);
  const pauses = await repo.pausesForCases(
    tx,
    open.map((r) => r.id),
  );
  const amber = await loadAmberThresholds(
    tx,
    open.map((r) => r.centreId),
  );
  const byCase = new Map<string, repo.PauseRow[]>();
  for (const p of pauses) byCase.set(p.caseId, [...(byCase.get(p.caseId) ?? []), p]);
  for (const row of open) {
    const own = byCase.get(row.id) ?? [];
    const time = caseTimeStatus(
      calendar,
      clockOf(row, own),
      today,
      amber(row.centreId, row.itemCode),
    );
    out.set(row.id, { ...time, pauseKind: runningPause(own)?.kind ?? null });
  }
  return out;
}

/**
 * The stored time fields of a committed case after a change (`next` is the row as it will be):
 * deadline, paused days and warning for an open case; for a case just decided, the decision
 * figures the indicators add up (decided_on, handling_days, overdue_days) and no warning.
 */
export async function clockFields(
  ctx: AppContext,
  tx: Tx,
  next: CaseRow,
  previous: CaseRow,
  today: IsoDate,
): Promise<Partial<CaseRow>> {
  if (next.kind !== 'committed') return {};
  const justDecided = next.status === 'ready' && previous.status !== 'ready';
  if (!isOpenCommitted(next) && !justDecided) return {};
  const calendar = await ctx.calendar.get(tx);
  const pauses = await repo.pausesForCases(tx, [next.id]);
  const amber = await loadAmberThresholds(tx, [next.centreId]);
  const time = caseTimeStatus(
    calendar,
    clockOf(next, pauses),
    today,
    amber(next.centreId, next.itemCode),
  );
  if (justDecided) {
    const figures = decisionFigures(calendar, {
      acceptedOn: next.acceptedOn,
      decidedOn: today,
      pausedDays: time.pausedDays,
      deadline: time.deadline,
    });
    return {
      deadline: time.deadline,
      pausedDays: time.pausedDays,
      decidedOn: today,
      ...figures,
      warning: 'none',
      warningSince: null,
    };
  }
  return {
    deadline: time.deadline,
    pausedDays: time.pausedDays,
    warning: time.warning,
    warningSince: warningSince(
      { warning: previous.warning, since: previous.warningSince },
      time.warning,
      today,
    ),
  };
}
