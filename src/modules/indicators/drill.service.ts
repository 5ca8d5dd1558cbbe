/**
 * 指标穿透: the cases, tickets, ratings or other records behind an indicator's numerator or
 * denominator, a page at a time, with residents' names masked. Filtered by the group of a
 * breakdown row (department, item, window, staff member; centre), it lists exactly the records
 * that row counts.
 */
import { findIndicator } from '../../core/indicators/definitions.js';
import { maskName } from '../../core/identity/mask.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { findCentreByCode } from '../centres/centres.repository.js';
import { drillRows, drillTarget, type DrillPart } from './drill.query.js';
import type { RawFilter } from './figures.plain.js';
import { prepareReport, scopeView, type RangeQuery } from './indicators.service.js';
import type { ResolvedScope } from './scope.js';

export interface DrillQuery extends RangeQuery {
  indicator: string;
  part: DrillPart;
  page: number;
  pageSize: number;
  department?: string;
  item?: string;
  window?: string;
  clerk?: string;
  /** A centre's code: narrows a district or city scope to that centre. */
  centre?: string;
}

/**
 * The centres left by a centre filter: the one named, if the scope covers it. A centre unknown or
 * outside the scope leaves none (an empty list, not a 404: the filter discloses nothing).
 */
async function filteredCentres(
  ctx: AppContext,
  scope: ResolvedScope,
  code: string | undefined,
): Promise<string[] | null> {
  if (code === undefined) return scope.centreIds;
  const centre = await findCentreByCode(ctx.db, code);
  if (!centre) return [];
  return scope.centreIds === null || scope.centreIds.includes(centre.id) ? [centre.id] : [];
}

export async function getDrillDown(ctx: AppContext, viewer: Viewer, query: DrillQuery) {
  const definition = findIndicator(query.indicator);
  if (!definition) throw badRequest('indicators.unknown', '没有该指标');
  const target = drillTarget(definition, query.part);
  if (!target) {
    throw badRequest(
      'indicators.no_such_part',
      query.part === 'numerator' ? '该指标没有分子，请查看分母' : '该指标没有分母，请查看分子',
    );
  }
  // Ids are compared as the database prints them (lower case).
  const filter: RawFilter = {
    department: query.department,
    item: query.item,
    window: query.window?.toLowerCase(),
    clerk: query.clerk?.toLowerCase(),
  };
  const isFiltered = Object.values(filter).some((v) => v !== undefined);
  // The breakdown by group gives the indicators made of day figures only: standing figures
  // (windows, staff, items) and open cases have no rows to attribute.
  if (isFiltered && target.kind !== 'figure') {
    throw badRequest(
      'indicators.filter_not_applicable',
      '存量指标（窗口、人员、事项）和在办超期件不能按部门、事项、窗口或人员筛选',
    );
  }
  const report = await prepareReport(ctx, viewer, query);
  if (isFiltered && report.scope.kind !== 'centre') {
    throw badRequest(
      'indicators.centre_scope_only',
      '按部门、事项、窗口、人员分组或筛选时，只能查询单个中心',
    );
  }
  const centreIds = await filteredCentres(ctx, report.scope, query.centre);
  const page = await drillRows(ctx.db, {
    target,
    scope: { ...report.figureScope, centreIds },
    asOf: report.asOf,
    filter,
    page: query.page,
    pageSize: query.pageSize,
  });
  return {
    scope: scopeView(report.scope),
    from: report.from,
    to: report.to,
    asOf: report.asOf,
    indicator: definition.code,
    part: query.part,
    filter: {
      department: filter.department ?? null,
      item: filter.item ?? null,
      window: filter.window ?? null,
      clerk: filter.clerk ?? null,
      centre: query.centre ?? null,
    },
    page: query.page,
    pageSize: query.pageSize,
    rowCount: page.rowCount,
    total: page.total,
    rows: page.rows.map((r) => ({ ...r, person: r.person === null ? null : maskName(r.person) })),
  };
}
