/**
 * Time limits (受理时限制度): pauses of every kind, limit changes, extensions, deadline lists, the
 * daily digest, and reminders for results not collected. Rules and codes: docs/api.md "Time limits".
 */
import { z } from 'zod';
import { requirePermission, requireUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { errors, type App } from '../../server/types.js';
import { present } from '../cases/cases.service.js';
import { caseView } from '../cases/cases.view.js';
import { noticeView } from '../notices/notices.schema.js';
import { getNoticeForPrint } from '../notices/notices.service.js';
import * as collection from './collection.service.js';
import * as deadlines from './deadlines.service.js';
import * as extensions from './extensions.service.js';
import { changeLimit } from './limits.service.js';
import * as pauses from './pauses.service.js';
import * as s from './deadlines.schema.js';

const withNotice = z.object({ case: caseView, notice: noticeView });

export async function deadlinesRoutes(app: App, ctx: AppContext) {
  const noticeFor = async (user: Parameters<typeof getNoticeForPrint>[1], id: string) =>
    (await getNoticeForPrint(ctx, user, id)).notice;

  app.post(
    '/cases/:caseId/pauses',
    {
      schema: {
        tags: ['time limits'],
        summary: '暂停计时（补正、公示、检测检验、鉴定、专家评审、听证），出具告知书',
        params: s.caseParams,
        body: s.pauseBody,
        response: { 200: withNotice, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'case.process');
      const result = await pauses.startPause(
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
    '/cases/:caseId/pauses/end',
    {
      schema: {
        tags: ['time limits'],
        summary: '结束暂停，恢复计时（重新计算办结期限）',
        params: s.caseParams,
        body: s.endPauseBody,
        response: { 200: z.object({ case: caseView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      case: await pauses.endPause(
        ctx,
        requirePermission(request, 'case.process'),
        request.params.caseId,
        request.body,
        request.ip,
      ),
    }),
  );

  app.post(
    '/cases/:caseId/limit',
    {
      schema: {
        tags: ['time limits'],
        summary: '调整办件的承诺时限（按办理历史重新计算期限）',
        params: s.caseParams,
        body: s.limitBody,
        response: { 200: z.object({ case: caseView }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => ({
      case: await changeLimit(
        ctx,
        requirePermission(request, 'deadline.manage'),
        request.params.caseId,
        request.body,
        request.ip,
      ),
    }),
  );

  app.post(
    '/cases/:caseId/extensions',
    {
      schema: {
        tags: ['time limits'],
        summary: '申请延长办理期限（须中心负责人批准）',
        params: s.caseParams,
        body: s.extensionBody,
        response: {
          201: z.object({ extension: s.extensionView }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'case.process');
      const extension = await extensions.requestExtension(
        ctx,
        user,
        request.params.caseId,
        request.body,
        request.ip,
      );
      return reply.status(201).send({ extension });
    },
  );

  const decided = z.object({ extension: s.extensionView, case: caseView, notice: noticeView });
  for (const [action, approve] of [
    ['approve', true],
    ['refuse', false],
  ] as const) {
    app.post(
      `/extensions/:id/${action}`,
      {
        schema: {
          tags: ['time limits'],
          summary: approve
            ? '批准延期（告知申请人延期理由和新期限）'
            : '不予延期（记录并告知理由）',
          params: s.extensionParams,
          body: approve ? s.approveBody : s.refuseBody,
          response: { 200: decided, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const user = requirePermission(request, 'deadline.manage');
        const body = request.body as { reason?: string };
        const result = await extensions.decideExtension(
          ctx,
          user,
          request.params.id,
          { approve, reason: body.reason },
          request.ip,
        );
        return {
          extension: result.extension,
          case: await present(ctx, user, ctx.db, result.caseId),
          notice: await noticeFor(user, result.noticeId),
        };
      },
    );
  }

  app.get(
    '/extensions',
    {
      schema: {
        tags: ['time limits'],
        summary: '延期申请列表（中心主任看全中心，办理员看本条线）',
        querystring: s.extensionsQuery,
        response: {
          200: z.object({
            extensions: z.array(
              s.extensionView.extend({
                caseNumber: z.string(),
                itemName: z.string(),
                department: z.string(),
                deadline: z.string(),
                grantedDays: z.number(),
                requestedByName: z.string(),
              }),
            ),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (!can(user.role, 'deadline.manage') && !can(user.role, 'case.process')) {
        throw forbidden('auth.forbidden', '您的角色无权查看延期申请');
      }
      return { extensions: await extensions.listExtensions(ctx, user, request.query) };
    },
  );

  app.get(
    '/deadlines',
    {
      schema: {
        tags: ['time limits'],
        summary: '办件时限列表（我的 / 本条线 / 全中心；黄色、红色预警）',
        querystring: s.deadlinesQuery,
        response: {
          200: z.object({
            view: z.enum(['mine', 'department', 'centre']),
            today: z.string(),
            cases: z.array(s.deadlineRow),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => deadlines.listDeadlines(ctx, requireUser(request), request.query),
  );

  app.get(
    '/deadlines/digest',
    {
      schema: {
        tags: ['time limits'],
        summary: '时限日报：次一工作日转为黄色、红色预警的办件和已超期办件',
        querystring: s.digestQuery,
        response: { 200: s.digestView, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => deadlines.getDigest(ctx, requireUser(request), request.query.date),
  );

  app.get(
    '/reply/uncollected',
    {
      schema: {
        tags: ['time limits'],
        summary: '回复窗口：办结后逾期未领取的结果（含提醒次数与最近一次提醒）',
        response: {
          200: z.object({ uncollectedDays: z.number(), cases: z.array(s.uncollectedRow) }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => collection.listUncollected(ctx, requireCollector(request)),
  );

  app.post(
    '/cases/:caseId/reminders',
    {
      schema: {
        tags: ['time limits'],
        summary: '记录提醒领取（电话、短信、信函），不改变办件状态',
        params: s.caseParams,
        body: s.reminderBody,
        response: {
          201: z.object({
            caseId: z.string(),
            channel: z.string(),
            note: z.string(),
            at: z.string(),
            reminders: z.number(),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await collection.recordReminder(
        ctx,
        requireCollector(request),
        request.params.caseId,
        request.body,
        request.ip,
      );
      return reply.status(201).send(result);
    },
  );
}

/** The reply window (case.collect) or the manager (deadline.manage). */
function requireCollector(request: Parameters<typeof requireUser>[0]) {
  const user = requireUser(request);
  if (!can(user.role, 'case.collect') && !can(user.role, 'deadline.manage')) {
    throw forbidden('auth.forbidden', '您的角色无权处理待领取的结果');
  }
  return user;
}
