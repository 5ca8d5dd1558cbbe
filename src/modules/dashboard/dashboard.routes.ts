import { z } from 'zod';
import { businessDate } from '../../server/schemas.js';
import { requirePermission, requireUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { openEventStream } from '../../server/sse.js';
import { errors, type App } from '../../server/types.js';
import { dayFigures } from './dashboard.service.js';

const n = z.number();
const nn = z.number().nullable();

export const dayFiguresView = z.object({
  date: z.string(),
  ticketsIssued: n,
  waitingNow: n,
  noShows: n,
  averageWaitMinutes: nn,
  immediateAvgMinutes: nn,
  accepted: n,
  acceptedImmediate: n,
  finishedOnSpot: n,
  onSpotRate: nn,
  dueSoon: n,
  overdue: n,
  ratings: n,
  badRatings: n,
  openBadRatings: n,
  targets: z.object({ immediateAvgMinutes: n, onSpotRate: n }),
  calendar: z.object({ nextYear: n, nextYearEntered: z.boolean() }),
});

export async function dashboardRoutes(app: App, ctx: AppContext) {
  app.get(
    '/dashboard/today',
    {
      schema: {
        tags: ['dashboard'],
        summary: '中心今日数据',
        querystring: z.object({ date: businessDate.optional() }),
        response: { 200: dayFiguresView, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'dashboard.read');
      return dayFigures(ctx, ctx.db, user.centreId, request.query.date);
    },
  );

  app.get(
    '/live',
    { schema: { tags: ['dashboard'], summary: '本中心实时事件（server-sent events）', hide: false } },
    async (request, reply) => {
      const user = requireUser(request);
      openEventStream(ctx, request, reply, (event) => event.centreId === user.centreId);
    },
  );
}
