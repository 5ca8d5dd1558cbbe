import { z } from 'zod';
import { requirePermission, requireUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { errors, type App } from '../../server/types.js';
import { noticeView } from '../notices/notices.schema.js';
import { getNoticeForPrint } from '../notices/notices.service.js';
import { MAX_PAUSE_EXPECTED_DAYS } from '../../core/calendar/pauses.js';
import { receiveSupplement, requestSupplement } from '../deadlines/pauses.service.js';
import * as service from './cases.service.js';
import { caseView } from './cases.view.js';

const caseParams = z.object({ caseId: z.uuid('办件标识格式不正确') });
const withNotice = z.object({ case: caseView, notice: noticeView });

export async function casesRoutes(app: App, ctx: AppContext) {
  app.post(
    '/cases/:caseId/finish',
    {
      schema: {
        tags: ['cases'],
        summary: '即办件当场办结',
        params: caseParams,
        response: { 200: z.object({ case: caseView }), ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => ({
      case: await service.finishOnSpot(
        ctx,
        requirePermission(request, 'case.intake'),
        request.params.caseId,
        request.ip,
      ),
    }),
  );

  app.get(
    '/cases',
    {
      schema: {
        tags: ['cases'],
        summary: '办件列表（按办结期限排序）',
        querystring: z.object({
          scope: z.enum(['department', 'all']).default('department'),
          status: z.enum(['open', 'ready', 'all']).default('open'),
        }),
        response: { 200: z.object({ cases: z.array(caseView) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (
        !can(user.role, 'case.process') &&
        !can(user.role, 'case.read_all') &&
        !can(user.role, 'case.collect')
      ) {
        throw forbidden('auth.forbidden', '您的角色无权查看办件');
      }
      return { cases: await service.listCases(ctx, user, request.query) };
    },
  );

  app.get(
    '/cases/:caseId',
    {
      schema: {
        tags: ['cases'],
        summary: '办件详情：流转记录、文书、暂停计时',
        params: caseParams,
        response: {
          200: z.object({
            case: caseView,
            events: z.array(
              z.object({
                kind: z.string(),
                fromStatus: z.string().nullable(),
                toStatus: z.string(),
                at: z.string(),
                actorName: z.string(),
                data: z.record(z.string(), z.unknown()),
              }),
            ),
            notices: z.array(noticeView),
            pauses: z.array(
              z.object({
                kind: z.string(),
                reason: z.string(),
                expectedDays: z.number().nullable(),
                startedOn: z.string(),
                endedOn: z.string().nullable(),
                workingDays: z.number(),
              }),
            ),
            extensions: z.array(
              z.object({
                id: z.string(),
                days: z.number(),
                reason: z.string(),
                status: z.enum(['pending', 'approved', 'refused']),
                requestedAt: z.string(),
                decidedAt: z.string().nullable(),
                decisionReason: z.string().nullable(),
              }),
            ),
          }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => service.getCaseDetail(ctx, requireUser(request), request.params.caseId),
  );

  const noticeFor = async (userId: Parameters<typeof getNoticeForPrint>[1], id: string) =>
    (await getNoticeForPrint(ctx, userId, id)).notice;

  app.post(
    '/cases/:caseId/supplement-request',
    {
      schema: {
        tags: ['cases'],
        summary: '要求补正材料（暂停计时；已暂停时不重新起算）',
        params: caseParams,
        body: z.object({
          missing: z.array(z.string().trim().min(1).max(100)).min(1, '请列出需补正的材料').max(30),
          note: z.string().trim().max(500).optional(),
          expectedDays: z
            .number()
            .int('预计所需工作日数应为整数')
            .min(1, '预计所需工作日数至少为1')
            .max(MAX_PAUSE_EXPECTED_DAYS, `预计所需工作日数不能超过${MAX_PAUSE_EXPECTED_DAYS}`)
            .optional(),
        }),
        response: { 200: withNotice, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'case.process');
      const result = await requestSupplement(
        ctx,
        user,
        request.params.caseId,
        request.body,
        request.ip,
      );
      return { case: result.case, notice: await noticeFor(user, result.noticeId) };
    },
  );

  app.post(
    '/cases/:caseId/supplement-received',
    {
      schema: {
        tags: ['cases'],
        summary: '补正材料已收到（补正暂停结束，恢复计时）',
        params: caseParams,
        response: { 200: z.object({ case: caseView }), ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => ({
      case: await receiveSupplement(
        ctx,
        requirePermission(request, 'case.process'),
        request.params.caseId,
        request.ip,
      ),
    }),
  );

  app.post(
    '/cases/:caseId/approve',
    {
      schema: {
        tags: ['cases'],
        summary: '准予办理（结果待领取）',
        params: caseParams,
        body: z.object({ note: z.string().trim().max(500).optional() }).default({}),
        response: { 200: withNotice, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'case.process');
      const result = await service.decide(
        ctx,
        user,
        request.params.caseId,
        { decision: 'approved', reason: request.body.note },
        request.ip,
      );
      return { case: result.case, notice: await noticeFor(user, result.noticeId) };
    },
  );

  app.post(
    '/cases/:caseId/deny',
    {
      schema: {
        tags: ['cases'],
        summary: '不予批准（须说明理由）',
        params: caseParams,
        body: z.object({ reason: z.string().trim().min(2, '请填写不予批准的理由').max(500) }),
        response: { 200: withNotice, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'case.process');
      const result = await service.decide(
        ctx,
        user,
        request.params.caseId,
        { decision: 'denied', reason: request.body.reason },
        request.ip,
      );
      return { case: result.case, notice: await noticeFor(user, result.noticeId) };
    },
  );

  app.get(
    '/reply/ready',
    {
      schema: {
        tags: ['cases'],
        summary: '回复窗口：待领取的结果',
        response: { 200: z.object({ cases: z.array(caseView) }), ...errors(401, 403) },
      },
    },
    async (request) => ({
      cases: await service.listCases(ctx, requirePermission(request, 'case.collect'), {
        scope: 'all',
        status: 'ready',
      }),
    }),
  );

  app.post(
    '/cases/:caseId/collect',
    {
      schema: {
        tags: ['cases'],
        summary: '结果已领取（记录领取人与时间）',
        params: caseParams,
        body: z
          .object({
            windowId: z.uuid('窗口标识格式不正确').optional(),
            collectorName: z.string().trim().min(1).max(50).optional(),
          })
          .default({}),
        response: {
          200: z.object({ case: caseView, serviceId: z.string().nullable() }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      service.collect(
        ctx,
        requirePermission(request, 'case.collect'),
        request.params.caseId,
        request.body,
        request.ip,
      ),
  );
}
