import type { Batch } from '../../core/reports/exchange-format.js';
import { requirePermission, requireViewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { errors, type App } from '../../server/types.js';
import { XLSX_TYPE } from '../catalogue/catalogue.routes.js';
import { findCentreById } from '../centres/centres.repository.js';
import { exportBatch } from './export-batch.js';
import { importBatch } from './import-batch.js';
import { leagueFileName, leagueToCsv, leagueToXlsx } from './league.export.js';
import { getLeague } from './league.service.js';
import { getMonthlyReport } from './monthly.service.js';
import { monthlyFileName, monthlyToXlsx } from './monthly.xlsx.js';
import {
  batchBody,
  batchView,
  importView,
  leagueQuery,
  leagueView,
  monthlyQuery,
  periodQuery,
} from './reports.schema.js';

const TAGS = ['reports'];
/** A year of a busy centre's figures, waits and open cases fits well inside this. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/** 数据上传 (report batches), the league table of a district or the city, and the monthly report. */
export async function reportsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/reports/batch',
    {
      schema: {
        tags: TAGS,
        summary: '导出本中心某期间的上报批次（交换格式 yimen-report/1）',
        querystring: periodQuery,
        response: { 200: batchView, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'report.export');
      const centre = await findCentreById(ctx.db, user.centreId);
      if (!centre) throw notFound('centre.not_found', '受理中心不存在');
      return ctx.db.transaction((tx) => exportBatch(ctx, tx, centre, request.query));
    },
  );

  app.post(
    '/reports/import',
    {
      schema: {
        tags: TAGS,
        summary: '导入中心上报批次（整体校验；同一批次重复导入不作修改）',
        body: batchBody,
        response: { 200: importView, ...errors(400, 401, 403, 409, 413) },
      },
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    async (request) => {
      const viewer = requireViewer(request, 'report.import');
      return importBatch(ctx, request.body as unknown as Batch, viewer);
    },
  );

  app.get(
    '/indicators/league',
    {
      schema: {
        tags: TAGS,
        summary: '区或全市受理中心指标排名表（含范围合计）',
        querystring: leagueQuery,
        response: { 200: leagueView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const viewer = requireViewer(request, 'indicators.read');
      return getLeague(ctx, viewer, request.query);
    },
  );

  app.get(
    '/indicators/league.csv',
    { schema: { tags: TAGS, summary: '导出排名表（CSV，UTF-8）', querystring: leagueQuery } },
    async (request, reply) => {
      const viewer = requireViewer(request, 'indicators.read');
      const league = await getLeague(ctx, viewer, request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${leagueFileName(league, 'csv')}"`)
        .send(leagueToCsv(league));
    },
  );

  app.get(
    '/indicators/league.xlsx',
    { schema: { tags: TAGS, summary: '导出排名表（Excel）', querystring: leagueQuery } },
    async (request, reply) => {
      const viewer = requireViewer(request, 'indicators.read');
      const league = await getLeague(ctx, viewer, request.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${leagueFileName(league, 'xlsx')}"`)
        .send(await leagueToXlsx(league, ctx.clock.now()));
    },
  );

  app.get(
    '/reports/monthly.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: '中心工作月报（Excel，报区级管理部门）',
        querystring: monthlyQuery,
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request, 'indicators.read');
      const report = await getMonthlyReport(ctx, viewer, request.query);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${monthlyFileName(report)}"`)
        .send(await monthlyToXlsx(report, ctx.clock.now()));
    },
  );
}
