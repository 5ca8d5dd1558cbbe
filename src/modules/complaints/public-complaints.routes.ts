import { z } from 'zod';
import { COMPLAINT_CATEGORIES } from '../../core/complaints/complaint.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { centreParams } from '../tickets/tickets.schema.js';
import {
  lookupCode,
  onlineBody,
  publicComplaintView,
  publicParams,
  satisfactionField,
} from './complaints.schema.js';
import * as service from './public-complaints.service.js';

/** Online complaints without sign-in, rate-limited per address like every public post. */
export async function publicComplaintsRoutes(app: App, ctx: AppContext) {
  const limit = (max: number) => ({
    rateLimit: ctx.config.rateLimit ? { max, timeWindow: '1 minute' } : (false as const),
  });

  app.get(
    '/public/complaint-categories',
    {
      schema: {
        tags: ['public'],
        summary: '投诉类别',
        response: {
          200: z.object({ categories: z.array(z.object({ code: z.string(), label: z.string() })) }),
        },
      },
    },
    async () => ({
      categories: Object.entries(COMPLAINT_CATEGORIES).map(([code, label]) => ({ code, label })),
    }),
  );

  app.post(
    '/public/centres/:centreCode/complaints',
    {
      schema: {
        tags: ['public'],
        summary: '网上投诉：返回投诉编号和查询码',
        params: centreParams,
        body: onlineBody,
        response: {
          201: z.object({
            complaint: z.object({
              number: z.string(),
              lookupCode: z.string(),
              receivedOn: z.string(),
              answerDue: z.string(),
            }),
          }),
          ...errors(400, 404, 429),
        },
      },
      config: limit(5),
    },
    async (request, reply) => {
      const complaint = await service.submitOnline(ctx, request.params.centreCode, request.body);
      return reply.status(201).send({ complaint });
    },
  );

  app.get(
    '/public/complaints/:number',
    {
      schema: {
        tags: ['public'],
        summary: '查询投诉答复（投诉编号 + 查询码）',
        params: publicParams,
        querystring: z.object({ code: lookupCode }),
        response: { 200: z.object({ complaint: publicComplaintView }), ...errors(400, 404, 429) },
      },
      config: limit(20),
    },
    async (request) => ({
      complaint: await service.lookupComplaint(ctx, request.params.number, request.query.code),
    }),
  );

  app.post(
    '/public/complaints/:number/satisfaction',
    {
      schema: {
        tags: ['public'],
        summary: '投诉人评价对答复的满意度',
        params: publicParams,
        body: z.object({ code: lookupCode, satisfaction: satisfactionField }),
        response: {
          200: z.object({ complaint: publicComplaintView }),
          ...errors(400, 404, 409, 429),
        },
      },
      config: limit(20),
    },
    async (request) => {
      const { code, satisfaction } = request.body;
      return {
        complaint: await service.giveSatisfaction(ctx, request.params.number, code, satisfaction),
      };
    },
  );
}
