import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import {
  answerBody,
  assignBody,
  classifyBody,
  complaintDetail,
  complaintParams,
  complaintQuery,
  complaintView,
  recordBody,
  satisfactionBody,
} from './complaints.schema.js';
import * as service from './complaints.service.js';

/** 投诉: recorded by a clerk or the manager (`complaint.record`), worked by the manager (`followup.manage`). */
export async function complaintsRoutes(app: App, ctx: AppContext) {
  app.post(
    '/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: '登记现场或电话投诉',
        body: recordBody,
        response: {
          201: z.object({ complaint: complaintDetail, lookupCode: z.string() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'complaint.record');
      return reply.status(201).send(await service.recordComplaint(ctx, user, request.body));
    },
  );

  app.get(
    '/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: '投诉列表（姓名、电话已脱敏；overdue=true 为超期未答复）',
        querystring: complaintQuery,
        response: {
          200: z.object({ complaints: z.array(complaintView) }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      const { status, overdue } = request.query;
      const complaints = await service.listComplaints(ctx, user, {
        status,
        overdue: overdue === undefined ? undefined : overdue === 'true',
      });
      return { complaints };
    },
  );

  app.get(
    '/complaints/:id',
    {
      schema: {
        tags: ['complaints'],
        summary: '投诉详情与处理记录（含投诉人电话，供回访）',
        params: complaintParams,
        response: { 200: z.object({ complaint: complaintDetail }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      return { complaint: await service.getComplaint(ctx, user, request.params.id) };
    },
  );

  const steps = [
    { path: 'classify', summary: '调整投诉类别', body: classifyBody },
    { path: 'assign', summary: '转办给工作人员', body: assignBody },
    { path: 'answer', summary: '答复投诉人（记录答复用时，按工作日计）', body: answerBody },
    { path: 'satisfaction', summary: '记录投诉人对答复的满意度（回访后）', body: satisfactionBody },
    // Closing takes no body: the answer and the satisfaction are already on record.
    { path: 'close', summary: '办结投诉（须已答复）', body: undefined },
  ] as const;
  for (const step of steps) {
    app.post(
      `/complaints/:id/${step.path}`,
      {
        schema: {
          tags: ['complaints'],
          summary: step.summary,
          params: complaintParams,
          ...(step.body ? { body: step.body } : {}),
          response: {
            200: z.object({ complaint: complaintDetail }),
            ...errors(400, 401, 403, 404, 409),
          },
        },
      },
      async (request) => {
        const user = requirePermission(request, 'followup.manage');
        const body = step.body ? (request.body as object) : {};
        const input = { action: step.path, ...body } as service.ComplaintStep;
        return { complaint: await service.complaintStep(ctx, user, request.params.id, input) };
      },
    );
  }
}
