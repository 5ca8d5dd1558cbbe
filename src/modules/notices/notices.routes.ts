import { z } from 'zod';
import { requireUser } from '../../server/auth.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';
import { noticeView } from './notices.schema.js';
import { getNoticeForPrint } from './notices.service.js';

export async function noticesRoutes(app: App, ctx: AppContext) {
  app.get(
    '/notices/:noticeId',
    {
      schema: {
        tags: ['cases'],
        summary: '文书（打印用）',
        params: z.object({ noticeId: z.uuid('文书标识格式不正确') }),
        response: {
          200: z.object({ notice: noticeView, centre: z.object({ name: z.string(), address: z.string(), phone: z.string() }) }),
          ...errors(401, 404),
        },
      },
    },
    async (request) => getNoticeForPrint(ctx, requireUser(request), request.params.noticeId),
  );
}
