/**
 * Assembles the HTTP app: schemas and errors, sessions, the API under /api/v1 with its OpenAPI
 * document at /api/docs, and the built console served from the same address.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { shanghaiDate } from '../core/dates.js';
import { appointmentsRoutes } from '../modules/appointments/appointments.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { hallMonitorRoutes } from '../modules/hall-monitor/hall-monitor.routes.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { casesRoutes } from '../modules/cases/cases.routes.js';
import { deadlinesRoutes } from '../modules/deadlines/deadlines.routes.js';
import { catalogueRoutes, XLSX_TYPE } from '../modules/catalogue/catalogue.routes.js';
import { centresRoutes } from '../modules/centres/centres.routes.js';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes.js';
import { hallRoutes } from '../modules/hall/hall.routes.js';
import { handoffsRoutes } from '../modules/handoffs/handoffs.routes.js';
import { identityRoutes } from '../modules/identity/identity.routes.js';
import { indicatorsRoutes } from '../modules/indicators/indicators.routes.js';
import { intakeRoutes } from '../modules/intake/intake.routes.js';
import { noticesRoutes } from '../modules/notices/notices.routes.js';
import { progressRoutes } from '../modules/progress/progress.routes.js';
import { ratingsRoutes } from '../modules/ratings/ratings.routes.js';
import { reportsRoutes } from '../modules/reports/reports.routes.js';
import { followupsRoutes } from '../modules/followups/followups.routes.js';
import { complaintsRoutes } from '../modules/complaints/complaints.routes.js';
import { publicComplaintsRoutes } from '../modules/complaints/public-complaints.routes.js';
import { staffRecordRoutes } from '../modules/staff-record/staff-record.routes.js';
import { staffingRoutes } from '../modules/staffing/staffing.routes.js';
import { ticketsRoutes } from '../modules/tickets/tickets.routes.js';
import { registerAuth } from './auth.js';
import type { AppContext } from './context.js';
import { AppError, registerErrorHandler } from './errors.js';
import { loggerOptions } from './logging.js';
import type { App } from './types.js';

z.config(z.locales.zhCN());

export const VERSION = '0.1.0';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'] | false;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(),
    // Only a configured proxy's X-Forwarded-For counts: trusted from anyone, it would let anyone
    // dodge the rate limits.
    trustProxy: ctx.config.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // Closing ends open event streams too, so a restart or shutdown never hangs on a screen.
    forceCloseConnections: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  // An empty JSON body is "no body" (devices post `content-type: application/json` with nothing
  // after it for actions such as call-next); anything else must be valid JSON.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return done(new AppError(400, 'request.malformed_json', '请求内容不是有效的JSON'), undefined);
    }
    // PostgreSQL text cannot hold U+0000; refuse it here rather than fail in the database.
    if (text.includes('\\u0000') && hasNulCharacter(parsed)) {
      return done(
        new AppError(400, 'request.nul_character', '请求内容含有不允许的空字符（U+0000）'),
        undefined,
      );
    }
    done(null, parsed);
  });
  // A POST with no body at all reaches the schema as null (Fastify passes null for a missing body);
  // treat it as an empty object, so an optional body needs no `{}` from the client and a required
  // field gets its own message.
  app.addHook('preValidation', async (request) => {
    if (
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      (request.body === undefined || request.body === null)
    ) {
      request.body = {};
    }
  });
  app.addContentTypeParser(
    XLSX_TYPE,
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Yimen (一门) API',
        version: VERSION,
        description: '社区事务受理服务中心：取号、叫号、受理、后台办理、回复、好差评',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'yimen_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAuth(app, ctx);

  await app.register(
    async (api) => {
      const v1 = api.withTypeProvider<ZodTypeProvider>();
      v1.get(
        '/health',
        {
          schema: {
            tags: ['system'],
            summary: '健康检查',
            response: { 200: z.object({ status: z.literal('ok') }) },
          },
        },
        async () => ({ status: 'ok' as const }),
      );
      v1.get(
        '/meta',
        {
          schema: {
            tags: ['system'],
            summary: '运行信息（是否演示模式、当前时间）',
            response: {
              200: z.object({
                demo: z.boolean(),
                version: z.string(),
                now: z.string(),
                businessDate: z.string(),
                database: z.string(),
                publicUrl: z.string(),
              }),
            },
          },
        },
        async () => {
          const now = ctx.clock.now();
          return {
            demo: ctx.config.demo,
            version: VERSION,
            now: now.toISOString(),
            businessDate: shanghaiDate(now),
            database: ctx.database.kind,
            publicUrl: ctx.config.publicUrl,
          };
        },
      );
      for (const routes of [
        authRoutes,
        calendarRoutes,
        identityRoutes,
        catalogueRoutes,
        centresRoutes,
        ticketsRoutes,
        hallRoutes,
        intakeRoutes,
        casesRoutes,
        deadlinesRoutes,
        noticesRoutes,
        ratingsRoutes,
        followupsRoutes,
        complaintsRoutes,
        publicComplaintsRoutes,
        staffRecordRoutes,
        dashboardRoutes,
        indicatorsRoutes,
        reportsRoutes,
        staffingRoutes,
        progressRoutes,
        appointmentsRoutes,
        hallMonitorRoutes,
        handoffsRoutes,
      ]) {
        await routes(v1, ctx);
      }
    },
    { prefix: '/api/v1' },
  );

  if (ctx.config.webDist && existsSync(path.join(ctx.config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: ctx.config.webDist, wildcard: false });
    const webDist = ctx.config.webDist;
    // The console is a single-page app: every unknown non-API path gets index.html. Built files
    // are routed as they were at start; a file under /assets/ written since (the console rebuilt
    // under a running server) is still served, and a missing one is a 404, never index.html.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/'))
        return reply
          .status(404)
          .send({ error: { code: 'route.not_found', message: '接口不存在' } });
      const pathname = request.url.split('?')[0]!;
      if (pathname.startsWith('/assets/')) {
        let file = '';
        try {
          file = path.resolve(webDist, `.${decodeURIComponent(pathname)}`);
        } catch {
          // a malformed %-escape names no file
        }
        const inside = file.startsWith(path.resolve(webDist, 'assets') + path.sep);
        if (inside && existsSync(file)) return reply.sendFile(path.relative(webDist, file));
        return reply
          .status(404)
          .send({ error: { code: 'route.not_found', message: '文件不存在' } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}

/** Whether any string (key or value) anywhere in a parsed JSON value holds U+0000. */
function hasNulCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNulCharacter);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => key.includes('\u0000') || hasNulCharacter(v));
  }
  return false;
}
