import { z } from 'zod';
import { businessDate } from '../../server/schemas.js';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import {
  centreParams,
  issuedTicket,
  issueTicketBody,
  ticketParams,
  ticketView,
  windowParams,
} from './tickets.schema.js';
import * as service from './tickets.service.js';
import { priorityUses } from './tickets.repository.js';
import { shanghaiDate } from '../../core/dates.js';
import { PRIORITY_REASONS, type PriorityReason } from '../../core/queue/priority.js';

export async function ticketsRoutes(app: App, ctx: AppContext) {
  app.post(
    '/centres/:centreCode/tickets',
    {
      schema: {
        tags: ['queue'],
        summary: '取号（自助取号机、手机取号）',
        params: centreParams,
        body: issueTicketBody,
        response: { 201: issuedTicket, ...errors(400, 404, 429) },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 60, timeWindow: '1 minute' } : false },
    },
    async (request, reply) => {
      const ticket = await service.issueTicket(ctx, request.params.centreCode, request.body);
      return reply.status(201).send(ticket);
    },
  );

  app.post(
    '/windows/:windowId/call-next',
    {
      schema: {
        tags: ['queue'],
        summary: '叫号：本窗口可办理的下一位',
        params: windowParams,
        response: {
          200: z.object({ ticket: ticketView }),
          204: z.null(),
          ...errors(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'window.operate');
      const ticket = await service.callNext(ctx, user, request.params.windowId);
      if (!ticket) return reply.status(204).send(null);
      return { ticket };
    },
  );

  app.get(
    '/windows/:windowId/current',
    {
      schema: {
        tags: ['queue'],
        summary: '窗口当前状态',
        params: windowParams,
        response: {
          200: z.object({
            window: z.object({
              id: z.string(),
              name: z.string(),
              kind: z.string(),
              lines: z.array(z.string()),
              clerk: z.object({ id: z.string(), name: z.string() }).nullable(),
            }),
            ticket: ticketView.nullable(),
            serviceId: z.string().nullable(),
          }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) =>
      service.windowState(
        ctx,
        requirePermission(request, 'window.operate'),
        request.params.windowId,
      ),
  );

  app.post(
    '/windows/:windowId/leave',
    {
      schema: {
        tags: ['queue'],
        summary: '离开窗口',
        params: windowParams,
        response: { 204: z.null(), ...errors(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.leaveWindow(
        ctx,
        requirePermission(request, 'window.operate'),
        request.params.windowId,
      );
      return reply.status(204).send(null);
    },
  );

  const ticketAction = (path: string, summary: string, run: typeof service.recall) =>
    app.post(
      `/tickets/:ticketId/${path}`,
      {
        schema: {
          tags: ['queue'],
          summary,
          params: ticketParams,
          response: { 200: z.object({ ticket: ticketView }), ...errors(401, 403, 404, 409) },
        },
      },
      async (request) => ({
        ticket: await run(
          ctx,
          requirePermission(request, 'window.operate'),
          request.params.ticketId,
        ),
      }),
    );
  ticketAction('recall', '重呼', service.recall);
  ticketAction('no-show', '过号（叫号3次无人应答）', service.markNoShow);
  ticketAction('finish', '结束服务（评价器随即请群众评价）', service.finishService);
  ticketAction('reinstate', '过号恢复（插回队列靠前几位，非队首）', service.reinstate);
  ticketAction('hold', '暂停（群众取材料期间，窗口可叫下一位）', service.hold);
  ticketAction('resume', '恢复暂停的号码（回到原窗口、原位置）', service.resume);

  app.post(
    '/tickets/:ticketId/transfer',
    {
      schema: {
        tags: ['queue'],
        summary: '转移号码到其他业务线或指定窗口（保留原取号时间与排队位置）',
        params: ticketParams,
        body: z.strictObject({
          line: z
            .string()
            .regex(/^[A-Z]$/, '业务线应为一个大写字母')
            .optional(),
          windowId: z.uuid('窗口标识格式不正确').optional(),
        }),
        response: { 200: z.object({ ticket: ticketView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      ticket: await service.transfer(
        ctx,
        requirePermission(request, 'window.operate'),
        request.params.ticketId,
        request.body,
      ),
    }),
  );

  app.get(
    '/tickets/priority-uses',
    {
      schema: {
        tags: ['queue'],
        summary: '绿色通道使用记录（中心主任）',
        querystring: z.object({ date: businessDate.optional() }),
        response: {
          200: z.object({
            uses: z.array(
              z.object({
                ticket: z.string(),
                line: z.string(),
                reason: z.string(),
                reasonLabel: z.string(),
                source: z.string(),
                at: z.string(),
                status: z.string(),
              }),
            ),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'dashboard.read');
      const date = request.query.date ?? shanghaiDate(ctx.clock.now());
      const rows = await priorityUses(ctx.db, user.centreId, date);
      return {
        uses: rows.map((r) => ({
          ...r,
          reasonLabel: PRIORITY_REASONS[r.reason as PriorityReason] ?? r.reason,
          at: new Date(r.at).toISOString(),
        })),
      };
    },
  );

  app.get(
    '/windows/:windowId/queue',
    {
      schema: {
        tags: ['queue'],
        summary: '本窗口暂停的号码与可恢复的过号',
        params: windowParams,
        response: { 200: z.object({ tickets: z.array(ticketView) }), ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      tickets: await service.windowQueue(
        ctx,
        requirePermission(request, 'window.operate'),
        request.params.windowId,
      ),
    }),
  );

  app.post(
    '/tickets/:ticketId/start',
    {
      schema: {
        tags: ['queue'],
        summary: '开始办理',
        params: ticketParams,
        response: {
          200: z.object({ ticket: ticketView, serviceId: z.string() }),
          ...errors(401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.startService(
        ctx,
        requirePermission(request, 'window.operate'),
        request.params.ticketId,
      ),
  );
}
