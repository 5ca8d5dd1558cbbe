import { z } from 'zod';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { centreParams } from '../tickets/tickets.schema.js';
import * as service from './centres.service.js';

export async function centresRoutes(app: App, ctx: AppContext) {
  app.get(
    '/centres/:centreCode',
    {
      schema: {
        tags: ['queue'],
        summary: '受理中心与业务线（自助取号机首页）',
        params: centreParams,
        response: {
          200: z.object({
            centre: z.object({ code: z.string(), name: z.string(), districtName: z.string(), address: z.string(), phone: z.string() }),
            lines: z.array(z.object({ letter: z.string(), name: z.string(), icon: z.string(), waiting: z.number() })),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => service.getKioskView(ctx, request.params.centreCode),
  );

  app.get(
    '/centres/:centreCode/windows',
    {
      schema: {
        tags: ['queue'],
        summary: '窗口列表',
        params: centreParams,
        response: {
          200: z.object({
            windows: z.array(
              z.object({
                id: z.string(),
                number: z.number(),
                name: z.string(),
                kind: z.enum(['comprehensive', 'specialised', 'reply', 'cashier']),
                lines: z.array(z.string()),
              }),
            ),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => ({ windows: await service.listWindows(ctx, request.params.centreCode) }),
  );
}
