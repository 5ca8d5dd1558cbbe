import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, requireUser, type SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { errors, type App } from '../../server/types.js';
import { noticeView } from '../notices/notices.schema.js';
import { toNoticeView } from '../notices/notices.service.js';
import {
  handoffEventView,
  handoffParams,
  handoffView,
  listQuery,
  receiveBody,
  returnBody,
} from './handoffs.schema.js';
import * as service from './handoffs.service.js';

const detail = z.object({ handoff: handoffView, events: z.array(handoffEventView) });

/** Front clerks, who record and move hand-offs, and managers and administrators, who watch them. */
function requireHandoffReader(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  if (!can(user.role, 'case.intake') && !can(user.role, 'case.read_all')) {
    throw forbidden('auth.forbidden', '您的角色无权查看转送件');
  }
  return user;
}

export async function handoffsRoutes(app: App, ctx: AppContext) {
  app.post(
    '/handoffs',
    {
      schema: {
        tags: ['handoffs'],
        summary: '收受分离：收件并登记转送（同一 requestId 重复提交返回同一结果）',
        body: receiveBody,
        response: {
          201: z.object({
            handoff: handoffView,
            events: z.array(handoffEventView),
            notice: noticeView,
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.intake');
      const result = await service.receive(ctx, user, request.body);
      const shown = await service.getHandoffDetail(ctx, user, result.handoffId);
      return reply.status(201).send({ ...shown, notice: await toNoticeView(ctx, result.notice) });
    },
  );

  app.get(
    '/handoffs',
    {
      schema: {
        tags: ['handoffs'],
        summary: '转送件列表：本中心转出（outgoing）与转入（incoming）',
        querystring: listQuery,
        response: { 200: z.object({ handoffs: z.array(handoffView) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => ({
      handoffs: await service.listHandoffs(ctx, requireHandoffReader(request), request.query),
    }),
  );

  app.get(
    '/handoffs/:handoffId',
    {
      schema: {
        tags: ['handoffs'],
        summary: '转送件详情：流转记录、受理后的办件',
        params: handoffParams,
        response: { 200: detail, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      service.getHandoffDetail(ctx, requireHandoffReader(request), request.params.handoffId),
  );

  app.post(
    '/handoffs/:handoffId/forward',
    {
      schema: {
        tags: ['handoffs'],
        summary: '收件中心：材料已转送',
        params: handoffParams,
        response: { 200: detail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.forward(ctx, requirePermission(request, 'case.intake'), request.params.handoffId),
  );

  app.post(
    '/handoffs/:handoffId/arrive',
    {
      schema: {
        tags: ['handoffs'],
        summary: '受理中心：材料已送达',
        params: handoffParams,
        response: { 200: detail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.arrive(ctx, requirePermission(request, 'case.intake'), request.params.handoffId),
  );

  app.post(
    '/handoffs/:handoffId/return',
    {
      schema: {
        tags: ['handoffs'],
        summary: '受理中心：退回转送件（非本中心受理范围或材料不符）',
        params: handoffParams,
        body: returnBody,
        response: { 200: detail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      service.returnHandoff(
        ctx,
        requirePermission(request, 'case.intake'),
        request.params.handoffId,
        request.body.reason,
      ),
  );
}
