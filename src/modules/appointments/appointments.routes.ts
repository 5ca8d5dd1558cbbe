import { z } from 'zod';
import { businessDate } from '../../server/schemas.js';
import { shanghaiDate } from '../../core/dates.js';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { issuedTicket, centreParams } from '../tickets/tickets.schema.js';
import { appointmentView, bookBody, codeField } from './appointments.schema.js';
import * as service from './appointments.service.js';

/** Public booking routes are rate-limited per address (off for the simulator and benchmarks). */
const limited = (ctx: AppContext, max: number) => ({ rateLimit: ctx.config.rateLimit ? { max, timeWindow: '1 minute' } : (false as const) });
const isoDate = businessDate;

export async function appointmentsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/centres/:centreCode/appointments/availability',
    {
      schema: {
        tags: ['appointments'],
        summary: '可预约日期与各时段余量',
        params: centreParams,
        querystring: z.object({ date: isoDate.optional() }),
        response: {
          200: z.object({
            dates: z.array(z.string()),
            date: z.string(),
            open: z.boolean(),
            dayLeft: z.number(),
            bands: z.array(z.object({ band: z.string(), left: z.number() })),
          }),
          ...errors(400, 404),
        },
      },
    },
    async (request) => service.availability(ctx, request.params.centreCode, request.query.date),
  );

  app.post(
    '/centres/:centreCode/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: '预约（实名，每人每天一次，按时段限额）',
        params: centreParams,
        body: bookBody,
        response: { 201: z.object({ appointment: appointmentView }), ...errors(400, 404, 409, 429) },
      },
      config: limited(ctx, 20),
    },
    async (request, reply) => reply.status(201).send({ appointment: await service.book(ctx, request.params.centreCode, request.body) }),
  );

  app.post(
    '/centres/:centreCode/appointments/cancel',
    {
      schema: {
        tags: ['appointments'],
        summary: '取消预约（时段开始前2小时之前）',
        params: centreParams,
        body: z.object({ code: codeField, idTail: z.string().trim().regex(/^[0-9Xx]{4}$/, '请输入证件号码后4位') }),
        response: { 200: z.object({ appointment: appointmentView }), ...errors(400, 404, 409, 429) },
      },
      config: limited(ctx, 20),
    },
    async (request) => ({ appointment: await service.cancel(ctx, request.params.centreCode, request.body) }),
  );

  app.post(
    '/centres/:centreCode/appointments/check-in',
    {
      schema: {
        tags: ['appointments'],
        summary: '预约签到取号（预约码或身份证号码）',
        params: centreParams,
        body: z
          .strictObject({ code: codeField.optional(), idNumber: z.string().trim().min(15).max(18).optional() })
          .refine((b) => b.code || b.idNumber, '请输入预约码或身份证号码'),
        response: { 201: z.object({ ticket: issuedTicket, appointment: appointmentView }), ...errors(400, 404, 409, 429) },
      },
      config: limited(ctx, 30),
    },
    async (request, reply) => reply.status(201).send(await service.checkIn(ctx, request.params.centreCode, request.body)),
  );

  app.get(
    '/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: '某日预约（中心主任）',
        querystring: z.object({ date: isoDate.optional() }),
        response: {
          200: z.object({ appointments: z.array(appointmentView.extend({ idNumber: z.string(), phone: z.string() })) }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'dashboard.read');
      return { appointments: await service.listDay(ctx, user, request.query.date ?? shanghaiDate(ctx.clock.now())) };
    },
  );
}
