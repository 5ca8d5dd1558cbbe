import { requireViewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { XLSX_TYPE } from '../catalogue/catalogue.routes.js';
import { getBreakdown } from './breakdown.service.js';
import { getDrillDown } from './drill.service.js';
import { exportFileName, indicatorsToCsv, indicatorsToXlsx } from './indicators.export.js';
import {
  breakdownQuery,
  breakdownReport,
  drillQuery,
  drillReport,
  indicatorReport,
  rangeQuery,
} from './indicators.schema.js';
import { getIndicators } from './indicators.service.js';

const TAGS = ['indicators'];

export async function indicatorsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/indicators',
    {
      schema: {
        tags: TAGS,
        summary: 'DB31/T 467 指标（中心、区或全市，任意日期范围）',
        querystring: rangeQuery,
        response: { 200: indicatorReport, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request, 'indicators.read');
      return getIndicators(ctx, viewer, request.query);
    },
  );

  app.get(
    '/indicators.csv',
    { schema: { tags: TAGS, summary: '导出指标（CSV，UTF-8）', querystring: rangeQuery } },
    async (request, reply) => {
      const viewer = requireViewer(request, 'indicators.read');
      const report = await getIndicators(ctx, viewer, request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName(report, 'csv')}"`)
        .send(indicatorsToCsv(report));
    },
  );

  app.get(
    '/indicators.xlsx',
    { schema: { tags: TAGS, summary: '导出指标（Excel）', querystring: rangeQuery } },
    async (request, reply) => {
      const viewer = requireViewer(request, 'indicators.read');
      const report = await getIndicators(ctx, viewer, request.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${exportFileName(report, 'xlsx')}"`)
        .send(await indicatorsToXlsx(report, ctx.clock.now()));
    },
  );

  app.get(
    '/indicators/breakdown',
    {
      schema: {
        tags: TAGS,
        summary: '指标分组（按日、周、月、中心、部门、事项、窗口、人员）与合计',
        querystring: breakdownQuery,
        response: { 200: breakdownReport, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request, 'indicators.read');
      return getBreakdown(ctx, viewer, request.query);
    },
  );

  app.get(
    '/indicators/cases',
    {
      schema: {
        tags: TAGS,
        summary: '指标穿透：分子或分母背后的办件、号票、评价等（分页，个人信息脱敏）',
        querystring: drillQuery,
        response: { 200: drillReport, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request, 'indicators.read');
      return getDrillDown(ctx, viewer, request.query);
    },
  );
}
