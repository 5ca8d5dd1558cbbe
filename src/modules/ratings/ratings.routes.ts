import { z } from 'zod';
import { requirePermission, requireUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import * as appeals from './appeals.service.js';
import {
  appealBody,
  appealParams,
  appealStatus,
  appealView,
  decideBody,
  ratingBody,
  ratingParams,
  ratingView,
} from './ratings.schema.js';
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
            pending: z
              .object({
                serviceId: z.string(),
                ticketNumber: z.string().nullable(),
                clerkName: z.string(),
                endedAt: z.string(),
              })
              .nullable(),
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
        summary: '好差评：每次服务评价一次（1–2级为差评，自动生成整改）',
        body: ratingBody,
        response: { 201: z.object({ rating: ratingView }), ...errors(400, 404, 409, 429) },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false },
    },
    async (request, reply) =>
      reply.status(201).send({ rating: await service.rate(ctx, request.body) }),
  );

  app.post(
    '/ratings/:ratingId/appeals',
    {
      schema: {
        tags: ['ratings'],
        summary: '误评申诉（被评价的工作人员或中心主任）',
        params: ratingParams,
        body: appealBody,
        response: { 201: z.object({ appeal: appealView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const appeal = await appeals.requestAppeal(
        ctx,
        user,
        request.params.ratingId,
        request.body.reason,
      );
      return reply.status(201).send({ appeal });
    },
  );

  app.post(
    '/appeals/:id/decide',
    {
      schema: {
        tags: ['ratings'],
        summary: '审核误评申诉：成立则撤销该评价（保留记录，不计入指标）',
        params: appealParams,
        body: decideBody,
        response: { 200: z.object({ appeal: appealView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      return { appeal: await appeals.decideAppeal(ctx, user, request.params.id, request.body) };
    },
  );

  app.get(
    '/appeals',
    {
      schema: {
        tags: ['ratings'],
        summary: '误评申诉列表（中心主任）',
        querystring: z.object({ status: appealStatus.optional() }),
        response: { 200: z.object({ appeals: z.array(appealView) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      return { appeals: await appeals.listAppeals(ctx, user, request.query.status) };
    },
  );
}
