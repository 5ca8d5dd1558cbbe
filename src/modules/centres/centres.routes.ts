import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser, type SessionUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { forbidden } from '../../server/errors.js';
import { can } from '../../server/permissions.js';
import { errors, type App } from '../../server/types.js';
import { centreParams } from '../tickets/tickets.schema.js';
import * as service from './centres.service.js';

/** Those who assign work to the centre's staff: whoever manages windows, follow-ups or deadlines. */
function requireStaffReader(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  const manages = (['window.manage', 'followup.manage', 'deadline.manage'] as const).some((p) =>
    can(user.role, p),
  );
  if (!manages) throw forbidden('auth.forbidden', '您的角色无权查看本中心工作人员名单');
  return user;
}

const roleEnum = z.enum(['clerk', 'officer', 'manager', 'admin', 'district', 'city']);

export async function centresRoutes(app: App, ctx: AppContext) {
  app.get(
    '/centres',
    {
      schema: {
        tags: ['queue'],
        summary: '受理中心列表（收受分离时选择受理中心）',
        response: {
          200: z.object({
            centres: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                districtCode: z.string(),
                districtName: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ centres: await service.listCentres(ctx) }),
  );

  app.get(
    '/staff',
    {
      schema: {
        tags: ['followups'],
        summary: '本中心在岗工作人员（指派差评整改、转办投诉）',
        response: {
          200: z.object({
            staff: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                role: roleEnum,
                departments: z.array(z.string()),
                isAllRound: z.boolean(),
              }),
            ),
          }),
          ...errors(401, 403),
        },
      },
    },
    async (request) => ({ staff: await service.listStaff(ctx, requireStaffReader(request)) }),
  );

  app.get(
    '/centres/:centreCode',
    {
      schema: {
        tags: ['queue'],
        summary: '受理中心与业务线（自助取号机首页）',
        params: centreParams,
        response: {
          200: z.object({
            centre: z.object({
              code: z.string(),
              name: z.string(),
              districtName: z.string(),
              address: z.string(),
              phone: z.string(),
            }),
            lines: z.array(
              z.object({
                letter: z.string(),
                name: z.string(),
                icon: z.string(),
                waiting: z.number(),
              }),
            ),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => service.getKioskView(ctx, request.params.centreCode),
  );

  app.get(
    '/centres/:centreCode/windows',
    {
      schema: {
        tags: ['queue'],
        summary: '窗口列表',
        params: centreParams,
        response: {
          200: z.object({
            windows: z.array(
              z.object({
                id: z.string(),
                number: z.number(),
                name: z.string(),
                kind: z.enum(['comprehensive', 'specialised', 'reply', 'cashier']),
                lines: z.array(z.string()),
              }),
            ),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => ({ windows: await service.listWindows(ctx, request.params.centreCode) }),
  );
}
