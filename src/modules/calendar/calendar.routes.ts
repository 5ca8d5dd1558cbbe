import { z } from 'zod';
import { businessDate } from '../../server/schemas.js';
import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';

const isoDate = businessDate;

export async function calendarRoutes(app: App, ctx: AppContext) {
  app.get(
    '/calendar/deadline',
    {
      schema: {
        tags: ['calendar'],
        summary: '按工作日计算期限（受理日为第0日）',
        querystring: z.object({
          from: isoDate,
          days: z.coerce.number('天数应为整数').int('天数应为整数').min(0, '天数不能为负').max(400, '天数不能超过400'),
        }),
        response: {
          200: z.object({ from: z.string(), days: z.number(), deadline: z.string(), provisional: z.boolean() }),
          ...errors(400),
        },
      },
    },
    async (request) => {
      const { from, days } = request.query;
      const result = await ctx.calendar.deadline(from, days);
      return { from, days, ...result };
    },
  );

  app.get(
    '/calendar/days/:date',
    {
      schema: {
        tags: ['calendar'],
        summary: '某日是否为工作日',
        params: z.object({ date: isoDate }),
        response: {
          200: z.object({ date: z.string(), workday: z.boolean(), name: z.string().nullable(), provisional: z.boolean() }),
          ...errors(400),
        },
      },
    },
    async (request) => (await ctx.calendar.get()).day(request.params.date),
  );

  app.get(
    '/admin/calendar',
    {
      schema: {
        tags: ['admin'],
        summary: '某年的节假日与调休',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            year: z.number(),
            entered: z.boolean(),
            days: z.array(z.object({ date: z.string(), workday: z.boolean(), name: z.string().nullable() })),
          }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      requirePermission(request, 'calendar.edit');
      return ctx.calendar.listYear(request.query.year);
    },
  );

  app.put(
    '/admin/calendar/days/:date',
    {
      schema: {
        tags: ['admin'],
        summary: '设定某日为节假日或工作日（调休）',
        params: z.object({ date: isoDate }),
        body: z.object({ workday: z.boolean('请说明是否为工作日'), name: z.string().trim().max(20).nullable().default(null) }),
        response: { 200: z.object({ day: z.object({ date: z.string(), workday: z.boolean(), name: z.string().nullable() }) }), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      requirePermission(request, 'calendar.edit');
      const input = { date: request.params.date, workday: request.body.workday, name: request.body.name || null };
      await ctx.db.transaction((tx) => ctx.calendar.setDay(tx, input, ctx.clock.now()));
      const day = (await ctx.calendar.get()).day(input.date);
      return { day: { date: day.date, workday: day.workday, name: day.name } };
    },
  );

  app.post(
    '/admin/calendar/years/:year',
    {
      schema: {
        tags: ['admin'],
        summary: '标记某年节假日安排已录入',
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ year: z.number(), entered: z.boolean() }), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      requirePermission(request, 'calendar.edit');
      await ctx.db.transaction((tx) => ctx.calendar.markYearEntered(tx, request.params.year, ctx.clock.now()));
      return { year: request.params.year, entered: true };
    },
  );
}
