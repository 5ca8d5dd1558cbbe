import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { businessDate } from '../../server/schemas.js';
import { errors, type App } from '../../server/types.js';
import { complaintView } from '../complaints/complaints.schema.js';
import { followupView } from '../followups/followups.schema.js';
import * as service from './staff-record.service.js';

const levelCounts = z.object({
  1: z.number(),
  2: z.number(),
  3: z.number(),
  4: z.number(),
  5: z.number(),
});

export async function staffRecordRoutes(app: App, ctx: AppContext) {
  app.get(
    '/staff/:userId/record',
    {
      schema: {
        tags: ['followups'],
        summary: '工作人员服务档案：服务量、评价分布、好评率、差评整改、申诉、投诉（中心主任）',
        params: z.object({ userId: z.uuid('工作人员标识格式不正确') }),
        querystring: z.object({ from: businessDate.optional(), to: businessDate.optional() }),
        response: {
          200: z.object({
            staff: z.object({
              id: z.string(),
              name: z.string(),
              role: z.string(),
              roleLabel: z.string(),
            }),
            from: z.string(),
            to: z.string(),
            services: z.object({ total: z.number(), counter: z.number(), collection: z.number() }),
            ratings: z.object({
              total: z.number(),
              byLevel: levelCounts,
              good: z.number(),
              bad: z.number(),
              goodRate: z.number().nullable(),
              badRate: z.number().nullable(),
              annulled: z.number(),
              ratedRate: z.number().nullable(),
            }),
            badRatings: z.array(followupView),
            upheldAppeals: z.array(
              z.object({
                appealId: z.string(),
                ratingId: z.string(),
                level: z.number(),
                comment: z.string(),
                ratedOn: z.string(),
                reason: z.string(),
                decidedAt: z.string(),
                decisionReason: z.string().nullable(),
              }),
            ),
            complaints: z.array(complaintView),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      return service.staffRecord(ctx, user, { userId: request.params.userId, ...request.query });
    },
  );
}
