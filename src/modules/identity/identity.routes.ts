import { z } from 'zod';
import { shanghaiDate } from '../../core/dates.js';
import { ID_TYPES } from '../../core/identity/id-types.js';
import { validateIdentity } from '../../core/identity/validate.js';
import type { AppContext } from '../../server/context.js';
import { errors, type App } from '../../server/types.js';

export async function identityRoutes(app: App, ctx: AppContext) {
  app.post(
    '/identity/validate',
    {
      schema: {
        tags: ['identity'],
        summary: '证件号码校验与规范化（15位身份证升级为18位）',
        body: z.object({
          type: z.enum(ID_TYPES, '证件类型不正确'),
          number: z.string('请输入证件号码').max(40, '证件号码过长'),
        }),
        response: {
          200: z.union([
            z.object({
              valid: z.literal(true),
              normalized: z.string(),
              birthDate: z.string().optional(),
              sex: z.enum(['male', 'female']).optional(),
            }),
            z.object({ valid: z.literal(false), code: z.string(), message: z.string() }),
          ]),
          ...errors(400),
        },
      },
    },
    async (request) => validateIdentity(request.body.type, request.body.number, shanghaiDate(ctx.clock.now())),
  );
}
