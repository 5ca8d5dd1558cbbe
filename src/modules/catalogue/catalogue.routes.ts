import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { listDepartments } from './catalogue.repository.js';
import { itemGuideView, itemSummary } from './catalogue.schema.js';
import * as service from './catalogue.service.js';
import { catalogueFromXlsx, catalogueToXlsx } from './catalogue.xlsx.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function catalogueRoutes(app: App, ctx: AppContext) {
  app.get(
    '/items',
    {
      schema: {
        tags: ['catalogue'],
        summary: '事项目录',
        querystring: z.object({
          line: z.string().regex(/^[A-Z]$/, '业务线应为一个大写字母').optional(),
          department: z.string().regex(/^[a-z]+$/, '部门编码格式不正确').optional(),
          q: z.string().max(50).optional(),
        }),
        response: { 200: z.object({ items: z.array(itemSummary) }), ...errors(400) },
      },
    },
    async (request) => ({ items: await service.listItems(ctx, request.query) }),
  );

  app.get(
    '/items/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: '办事指南（含今日受理的预计办结日期）',
        params: z.object({ code: z.string().max(20) }),
        response: { 200: z.object({ item: itemGuideView }), ...errors(404) },
      },
    },
    async (request) => ({ item: await service.getGuide(ctx, request.params.code.toUpperCase()) }),
  );

  app.get(
    '/departments',
    { schema: { tags: ['catalogue'], summary: '后台条线（部门）', response: { 200: z.object({ departments: z.array(z.object({ code: z.string(), name: z.string() })) }) } } },
    async () => ({ departments: await listDepartments(ctx.db) }),
  );

  app.get('/admin/catalogue.xlsx', { schema: { tags: ['admin'], summary: '导出事项目录（Excel）' } }, async (request, reply) => {
    requirePermission(request, 'catalogue.edit');
    const shipped = await service.readShippedCatalogue();
    const file = await service.exportCatalogue(ctx.db, shipped.lines);
    return reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="catalogue.xlsx"`)
      .send(await catalogueToXlsx(file));
  });

  app.post(
    '/admin/catalogue.xlsx',
    {
      schema: {
        tags: ['admin'],
        summary: '导入事项目录（Excel，整体校验，有误则不作任何修改）',
        response: { 200: z.object({ departments: z.number(), items: z.number() }), ...errors(400, 401, 403, 413) },
      },
      bodyLimit: 10 * 1024 * 1024,
    },
    async (request) => {
      requirePermission(request, 'catalogue.edit');
      const body = request.body;
      const file = await catalogueFromXlsx(Buffer.isBuffer(body) ? body : Buffer.alloc(0));
      return ctx.db.transaction((tx) => service.importCatalogue(tx, file, ctx.clock.now()));
    },
  );
}
