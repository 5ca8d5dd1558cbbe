import { z } from 'zod';
import { deleteSession, requireViewer, SESSION_COOKIE, setSessionCookie, type Viewer } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { login } from './auth.service.js';

export const sessionUserView = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(['clerk', 'officer', 'manager', 'admin', 'district', 'city']),
  /** Null for district and city supervisors. */
  centreCode: z.string().nullable(),
  centreName: z.string().nullable(),
  districtCode: z.string().nullable(),
  departmentCodes: z.array(z.string()),
  isAllRound: z.boolean(),
  isDepartmentHead: z.boolean(),
});

const present = (u: Viewer) => ({
  id: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  centreCode: u.centreCode,
  centreName: u.centreName,
  districtCode: u.districtCode,
  departmentCodes: u.departmentCodes,
  isAllRound: u.isAllRound,
  isDepartmentHead: u.isDepartmentHead,
});

export async function authRoutes(app: App, ctx: AppContext) {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: '登录（设置会话 Cookie）',
        body: z.object({
          username: z.string().trim().min(1, '请输入用户名').max(64),
          password: z.string().min(1, '请输入密码').max(200),
        }),
        response: { 200: z.object({ user: sessionUserView }), ...errors(400, 401, 429) },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 20, timeWindow: '1 minute' } : false },
    },
    async (request, reply) => {
      const { token, user } = await login(ctx, request.body);
      setSessionCookie(ctx, reply, token);
      return { user: present(user) };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: '退出登录', response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: '当前用户', response: { 200: z.object({ user: sessionUserView }), ...errors(401) } } },
    async (request) => ({ user: present(requireViewer(request)) }),
  );
}
