import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import * as service from './ratings.service.js';

export async function ratingsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/windows/:windowId/pad',
    {
      schema: {
        tags: ['ratings'],
        summary: '评价器：本窗口待评价的服务',
        params: z.object({ windowId: z.uuid('窗口标识格式不正确') }),
        response: {
          200: z.object({
            window: z.object({ id: z.string(), name: z.string() }),
            pending: z.object({ serviceId: z.string(), ticketNumber: z.string().nullable(), clerkName: z.string(), endedAt: z.string() }).nullable(),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => service.padState(ctx, request.params.windowId),
  );

  app.post(
    '/ratings',
    {
      schema: {
        tags: ['ratings'],
        summary: '好差评：每次服务评价一次（1–2级为差评）',
        body: z.object({
          serviceId: z.uuid('服务标识格式不正确'),
          level: z.number().int('评价等级应为1–5的整数').min(1, '评价等级应为1–5').max(5, '评价等级应为1–5'),
          comment: z.string().trim().max(500, '意见过长').optional(),
        }),
        response: { 201: z.object({ rating: z.object({ id: z.string(), level: z.number(), isBad: z.boolean() }) }), ...errors(400, 404, 409, 429) },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false },
    },
    async (request, reply) => reply.status(201).send({ rating: await service.rate(ctx, request.body) }),
  );

  app.get(
    '/ratings/flags',
    {
      schema: {
        tags: ['ratings'],
        summary: '差评提醒（中心主任）',
        response: {
          200: z.object({
            flags: z.array(
              z.object({
                ratingId: z.string(),
                level: z.number(),
                comment: z.string(),
                createdAt: z.string(),
                windowName: z.string(),
                clerkName: z.string(),
                ticketNumber: z.string().nullable(),
                status: z.string(),
              }),
            ),
          }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => ({ flags: await service.listFlags(ctx, requirePermission(request, 'rating.read')) }),
  );
}
