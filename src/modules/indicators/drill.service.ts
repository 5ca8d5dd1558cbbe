/**
 * 指标穿透: the cases, tickets, ratings or other records behind an indicator's numerator or
 * denominator, a page at a time, with residents' names masked.
 */
import { findIndicator } from '../../core/indicators/definitions.js';
import { maskName } from '../../core/identity/mask.js';
import type { Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { badRequest } from '../../server/errors.js';
import { drillRows, drillTarget, type DrillPart } from './drill.query.js';
import { prepareReport, scopeView, type RangeQuery } from './indicators.service.js';

export interface DrillQuery extends RangeQuery {
  indicator: string;
  part: DrillPart;
  page: number;
  pageSize: number;
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
  const report = await prepareReport(ctx, viewer, query);
  const page = await drillRows(ctx.db, {
    target,
    scope: report.figureScope,
    asOf: report.asOf,
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
    page: query.page,
    pageSize: query.pageSize,
    rowCount: page.rowCount,
    total: page.total,
    rows: page.rows.map((r) => ({ ...r, person: r.person === null ? null : maskName(r.person) })),
  };
}
