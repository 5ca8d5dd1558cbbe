import { requirePermission } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { enteredPlanBody, historyPlanQuery, staffingPlanView } from './staffing.schema.js';
import { planFromEntered, planFromHistory } from './staffing.service.js';

/** The staffing planner (窗口配置测算): comprehensive windows needed hour by hour. */
export async function staffingRoutes(app: App, ctx: AppContext) {
  app.get(
    '/staffing/plan',
    {
      schema: {
        tags: ['staffing'],
        summary: '窗口配置测算：按本中心历史取号与办理时长，逐时段建议综合窗口数',
        querystring: historyPlanQuery,
        response: { 200: staffingPlanView, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'dashboard.read');
      return planFromHistory(ctx, ctx.db, user.centreId, request.query);
    },
  );

  app.post(
    '/staffing/plan',
    {
      schema: {
        tags: ['staffing'],
        summary: '窗口配置测算：按填报的各时段到达人数与平均办理时长测算',
        body: enteredPlanBody,
        response: { 200: staffingPlanView, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'dashboard.read');
      return planFromEntered(ctx.db, user.centreId, request.body);
    },
  );
}
