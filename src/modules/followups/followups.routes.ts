import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import {
  assignBody,
  closeBody,
  contactBody,
  followupParams,
  followupQuery,
  followupView,
} from './followups.schema.js';
import * as service from './followups.service.js';

/** 差评整改 (centre manager: `followup.manage`). */
export async function followupsRoutes(app: App, ctx: AppContext) {
  const one = { 200: z.object({ followup: followupView }), ...errors(400, 401, 403, 404, 409) };

  app.get(
    '/followups',
    {
      schema: {
        tags: ['followups'],
        summary: '差评整改列表（status=pending 为未办结；overdue=true 为已超期）',
        querystring: followupQuery,
        response: { 200: z.object({ followups: z.array(followupView) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      const { status, overdue } = request.query;
      const followups = await service.listFollowups(ctx, user, {
        status,
        overdue: overdue === undefined ? undefined : overdue === 'true',
      });
      return { followups };
    },
  );

  app.get(
    '/followups/:ratingId',
    {
      schema: {
        tags: ['followups'],
        summary: '差评整改详情（含评价人联系电话，供回访）',
        params: followupParams,
        response: one,
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      return { followup: await service.getFollowup(ctx, user, request.params.ratingId) };
    },
  );

  app.post(
    '/followups/:ratingId/assign',
    {
      schema: {
        tags: ['followups'],
        summary: '指派整改责任人',
        params: followupParams,
        body: assignBody,
        response: one,
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      const step = { action: 'assign' as const, ...request.body };
      return { followup: await service.followupStep(ctx, user, request.params.ratingId, step) };
    },
  );

  app.post(
    '/followups/:ratingId/contact',
    {
      schema: {
        tags: ['followups'],
        summary: '记录联系评价人的情况',
        params: followupParams,
        body: contactBody,
        response: one,
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      const step = { action: 'contact' as const, ...request.body };
      return { followup: await service.followupStep(ctx, user, request.params.ratingId, step) };
    },
  );

  app.post(
    '/followups/:ratingId/close',
    {
      schema: {
        tags: ['followups'],
        summary: '办结整改：原因、整改措施、评价人反馈（须先联系）',
        params: followupParams,
        body: closeBody,
        response: one,
      },
    },
    async (request) => {
      const user = requirePermission(request, 'followup.manage');
      const step = { action: 'close' as const, ...request.body };
      return { followup: await service.followupStep(ctx, user, request.params.ratingId, step) };
    },
  );
}
