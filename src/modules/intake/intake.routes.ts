import { z } from 'zod';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { caseView } from '../cases/cases.view.js';
import { getCaseDetail } from '../cases/cases.service.js';
import { noticeView } from '../notices/notices.schema.js';
import { toNoticeView } from '../notices/notices.service.js';
import { acceptBody, oneTimeBody, refuseBody } from './intake.schema.js';
import * as service from './intake.service.js';

export async function intakeRoutes(app: App, ctx: AppContext) {
  app.post(
    '/intake/accept',
    {
      schema: {
        tags: ['intake'],
        summary: '受理：生成办件与受理回执；带 handoffId 时受理转送件（同一 requestId 重复提交返回同一结果）',
        body: acceptBody,
        response: { 201: z.object({ case: caseView, notice: noticeView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.intake');
      const result = await service.accept(ctx, user, request.body, request.ip);
      const detail = await getCaseDetail(ctx, user, result.caseId);
      return reply.status(201).send({ case: detail.case, notice: await toNoticeView(ctx, result.notice) });
    },
  );

  app.post(
    '/intake/one-time-notice',
    {
      schema: {
        tags: ['intake'],
        summary: '一次性告知：列出全部缺少的材料',
        body: oneTimeBody,
        response: { 201: z.object({ notice: noticeView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await service.oneTimeNotice(ctx, requirePermission(request, 'case.intake'), request.body);
      return reply.status(201).send({ notice: await toNoticeView(ctx, result.notice) });
    },
  );

  app.post(
    '/intake/refuse',
    {
      schema: {
        tags: ['intake'],
        summary: '不予受理：出具不予受理通知书',
        body: refuseBody,
        response: { 201: z.object({ notice: noticeView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await service.refuse(ctx, requirePermission(request, 'case.intake'), request.body);
      return reply.status(201).send({ notice: await toNoticeView(ctx, result.notice) });
    },
  );
}
