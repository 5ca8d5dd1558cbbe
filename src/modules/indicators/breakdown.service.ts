/**
 * An indicator report broken down by day, week, month or centre (from the day figures), or by
 * department, item, window or staff member (from the raw rows, one centre at a time), with a
 * total row. Rows a key cannot be named for (a ticket has no department) form one row of their
 * own, so the rows always add up to the total; a department or item filter keeps only the rows
 * that can be named for it, and the total then counts only those.
 */
import { computeIndicators, type TargetOverrides } from '../../core/indicators/compute.js';
import { isFlowIndicator } from '../../core/indicators/definitions.js';
import type { FigureSums } from '../../core/indicators/figures.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { sumFigures, sumFiguresBy, waitPercentiles } from './figures.repository.js';
import { plainSums, plainSumsBy, plainWaitPercentiles, type RawFilter } from './figures.plain.js';
import {
  prepareReport,
  scopeView,
  WAIT_PERCENTILE,
  type RangeQuery,
} from './indicators.service.js';
import { labelsFor, UNATTRIBUTED } from './labels.query.js';

export type BreakdownBy =
  'day' | 'week' | 'month' | 'centre' | 'department' | 'item' | 'window' | 'clerk';

export interface BreakdownQuery extends RangeQuery {
  by: BreakdownBy;
  department?: string;
  item?: string;
}

export interface BreakdownRow {
  key: string | null;
  label: string;
  figures: FigureSums;
  indicators: Record<string, number | null>;
}

function indicatorValues(
  sums: FigureSums,
  waitP90Minutes: number | null,
  targets: TargetOverrides,
): Record<string, number | null> {
  const values = computeIndicators(
    { sums, waitP90Minutes, snapshot: null, openOverdue: null },
    targets,
    isFlowIndicator,
  );
  return Object.fromEntries(values.map((v) => [v.code, v.value]));
}

export async function getBreakdown(ctx: AppContext, viewer: Viewer, query: BreakdownQuery) {
  const report = await prepareReport(ctx, viewer, query);
  const filter: RawFilter = { department: query.department, item: query.item };
  const isFiltered = Boolean(filter.department || filter.item);
  const fromDayFigures =
    !isFiltered &&
    (query.by === 'day' || query.by === 'week' || query.by === 'month' || query.by === 'centre');
  if (!fromDayFigures && report.scope.kind !== 'centre') {
    throw badRequest(
      'indicators.centre_scope_only',
      '按部门、事项、窗口、人员分组或筛选时，只能查询单个中心',
    );
  }

  const scope = report.figureScope;
  let groups: Map<string | null, FigureSums>;
  let waits: Map<string | null, number | null>;
  let total: FigureSums;
  let totalWait: number | null;
  if (fromDayFigures) {
    const by = query.by as 'day' | 'week' | 'month' | 'centre';
    [groups, waits, total, totalWait] = await Promise.all([
      sumFiguresBy(ctx.db, scope, by),
      waitPercentiles(ctx.db, scope, WAIT_PERCENTILE, by),
      sumFigures(ctx.db, scope),
      waitPercentiles(ctx.db, scope, WAIT_PERCENTILE).then((m) => m.get(null) ?? null),
    ]);
  } else {
    [groups, waits, total, totalWait] = await Promise.all([
      plainSumsBy(ctx.db, scope, query.by, filter),
      plainWaitPercentiles(ctx.db, scope, WAIT_PERCENTILE, { by: query.by, filter }),
      plainSums(ctx.db, scope, filter),
      plainWaitPercentiles(ctx.db, scope, WAIT_PERCENTILE, { filter }).then(
        (m) => m.get(null) ?? null,
      ),
    ]);
  }

  const keys = [...groups.keys()].filter((k): k is string => k !== null).sort();
  const labels = await labelsFor(ctx.db, query.by, keys);
  const rows: BreakdownRow[] = [...keys, ...(groups.has(null) ? [null] : [])].map((key) => ({
    key,
    label: key === null ? UNATTRIBUTED : (labels.get(key) ?? key),
    figures: groups.get(key)!,
    indicators: indicatorValues(groups.get(key)!, waits.get(key) ?? null, report.targets),
  }));
  return {
    scope: scopeView(report.scope),
    from: report.from,
    to: report.to,
    by: query.by,
    filter: { department: filter.department ?? null, item: filter.item ?? null },
    source: fromDayFigures ? ('day_figures' as const) : ('raw' as const),
    rows,
    total: {
      key: null,
      label: '合计',
      figures: total,
      indicators: indicatorValues(total, totalWait, report.targets),
    },
  };
}
