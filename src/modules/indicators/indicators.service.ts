/**
 * The DB31/T 467 indicators of a centre, a district or the city over a range of business days.
 * Every read first recomputes the day figures marked dirty, so what is shown is never stale, and
 * records the centres' standing figures for today.
 */
import {
  computeIndicators,
  type IndicatorValue,
  type TargetOverrides,
} from '../../core/indicators/compute.js';
import { asOfDay, rangeProblem } from '../../core/indicators/range.js';
import { shanghaiDate } from '../../core/dates.js';
import type { Tx } from '../../db/connection.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { getSettings } from '../settings/settings.service.js';
import {
  recordSnapshots,
  refreshFigures,
  snapshotFigures,
  sumFigures,
  waitPercentile,
  type FigureScope,
} from './figures.repository.js';
import { countOpenOverdue } from './open-overdue.query.js';
import { resolveScope, type ResolvedScope } from './scope.js';

export interface RangeQuery {
  scope: string;
  from?: string;
  to?: string;
}

export interface ReportContext {
  scope: ResolvedScope;
  from: string;
  to: string;
  today: string;
  /** The day standing figures and open cases are read as of: min(to, today). */
  asOf: string;
  figureScope: FigureScope;
  targets: TargetOverrides;
}

export interface IndicatorReport {
  scope: { value: string; kind: ResolvedScope['kind']; code: string | null; name: string };
  from: string;
  to: string;
  asOf: string;
  indicators: IndicatorValue[];
}

/** The share of waits the percentile indicator reports (wait_p90_minutes). */
export const WAIT_PERCENTILE = 0.9;

/** Targets a centre set in its settings; anything but a number or null is ignored. */
function ownTargets(stored: unknown): TargetOverrides {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(
      ([, v]) => v === null || (typeof v === 'number' && Number.isFinite(v)),
    ),
  );
}

/**
 * Resolves and authorises the scope, applies the default range (the month so far), refreshes the
 * dirty day figures and records today's standing figures of the scope's centres.
 */
export async function prepareReport(
  ctx: AppContext,
  viewer: Viewer,
  query: RangeQuery,
): Promise<ReportContext> {
  const today = shanghaiDate(ctx.clock.now());
  const to = query.to ?? today;
  const from = query.from ?? `${to.slice(0, 8)}01`;
  const problem = rangeProblem(from, to);
  if (problem) throw badRequest('indicators.bad_range', problem);
  const scope = await resolveScope(ctx.db, viewer, query.scope);
  await ctx.db.transaction(async (tx) => {
    await refreshFigures(tx);
    await recordSnapshots(tx, scope.centreIds, today);
  });
  const targets = scope.centreId
    ? ownTargets((await getSettings(ctx.db, scope.centreId)).indicatorTargets)
    : {};
  return {
    scope,
    from,
    to,
    today,
    asOf: asOfDay(to, today),
    figureScope: { centreIds: scope.centreIds, from, to },
    targets,
  };
}

export function scopeView(scope: ResolvedScope): IndicatorReport['scope'] {
  return { value: scope.value, kind: scope.kind, code: scope.code, name: scope.name };
}

/** Every indicator of a prepared report, from the fast path. */
export async function computeReport(tx: Tx, report: ReportContext): Promise<IndicatorValue[]> {
  const [sums, waitP90Minutes, snapshot, openOverdue] = await Promise.all([
    sumFigures(tx, report.figureScope),
    waitPercentile(tx, report.figureScope, WAIT_PERCENTILE),
    snapshotFigures(tx, report.scope.centreIds, report.asOf, report.today),
    countOpenOverdue(tx, report.scope.centreIds, report.asOf),
  ]);
  return computeIndicators(
    { sums, waitP90Minutes, snapshot: snapshot.figures, openOverdue },
    report.targets,
  );
}

export async function getIndicators(
  ctx: AppContext,
  viewer: Viewer,
  query: RangeQuery,
): Promise<IndicatorReport> {
  const report = await prepareReport(ctx, viewer, query);
  const indicators = await computeReport(ctx.db, report);
  return {
    scope: scopeView(report.scope),
    from: report.from,
    to: report.to,
    asOf: report.asOf,
    indicators,
  };
}
