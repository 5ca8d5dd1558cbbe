import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { ticketParams } from '../tickets/tickets.schema.js';
import { hallMonitor, setWindowOpen } from './hall-monitor.service.js';
import { ticketPosition } from './position.service.js';

const nn = z.number().nullable();

export async function hallMonitorRoutes(app: App, ctx: AppContext) {
  app.get(
    '/hall-monitor',
    {
      schema: {
        tags: ['hall'],
        summary: '大厅监控：各窗口人员、当前号码、办理/空闲时长，各业务线等候与超时提醒',
        response: {
          200: z.object({
            at: z.string(),
            waitAlertMinutes: z.number(),
            windows: z.array(
              z.object({
                id: z.string(),
                number: z.number(),
                name: z.string(),
                kind: z.string(),
                lines: z.array(z.string()),
                isOpen: z.boolean(),
                clerkName: z.string().nullable(),
                ticket: z.string().nullable(),
                ticketStatus: z.string().nullable(),
                servingMinutes: nn,
                idleMinutes: nn,
              }),
            ),
            lines: z.array(
              z.object({
                letter: z.string(),
                name: z.string(),
                waiting: z.number(),
                longestWaitMinutes: nn,
                alert: z.boolean(),
              }),
            ),
            alerts: z.array(z.string()),
          }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => hallMonitor(ctx, requirePermission(request, 'dashboard.read')),
  );

  app.put(
    '/windows/:windowId/open',
    {
      schema: {
        tags: ['hall'],
        summary: '开放或关闭窗口（当日）',
        params: z.object({ windowId: z.uuid('窗口标识格式不正确') }),
        body: z.strictObject({ isOpen: z.boolean('请说明开放或关闭') }),
        response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await setWindowOpen(
        ctx,
        requirePermission(request, 'window.manage'),
        request.params.windowId,
        request.body.isOpen,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tickets/:ticketId/position',
    {
      schema: {
        tags: ['hall'],
        summary: '号码实时位置（取号凭条二维码打开，无个人信息）',
        params: ticketParams,
        response: {
          200: z.object({
            number: z.string(),
            lineName: z.string(),
            status: z.string(),
            statusLabel: z.string(),
            ahead: z.number(),
            estimatedWaitMinutes: nn,
            window: z.string().nullable(),
            centreCode: z.string(),
          }),
          ...errors(400, 404, 429),
        },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 120, timeWindow: '1 minute' } : false },
    },
    async (request) => ticketPosition(ctx, request.params.ticketId),
  );
}
