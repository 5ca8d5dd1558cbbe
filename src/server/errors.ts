/**
 * One error vocabulary: every failure a client sees is
 * `{ "error": { "code": "<stable.code>", "message": "<zh-CN text>" } }` with a 4xx status, or a
 * generic 500 that is logged with the request id and never shows internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { RuleError } from '../core/errors.js';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (code: string, message: string) => new AppError(404, code, message);
export const forbidden = (code: string, message: string) => new AppError(403, code, message);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(409, code, message, details);
export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(400, code, message, details);
export const unauthorized = () => new AppError(401, 'auth.required', '请先登录');

/** Rule codes whose breach is a bad request rather than a conflict with current state. */
const BAD_REQUEST_RULES = new Set(['identity.format', 'identity.birth_date', 'identity.checksum', 'identity.empty', 'identity.wrong_type']);

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

function body(code: string, message: string, details?: Record<string, unknown>): ErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}

const FIELD_NAMES: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/**
 * What of an unexpected error may be logged: its kind, codes and message, but never the query
 * parameters a database error carries (they hold ID numbers, names and phones) nor the driver's
 * `detail`, which repeats key values.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  const e = err as { name?: string; code?: string; message?: string; stack?: string; cause?: { code?: string; message?: string } };
  // Digit runs long enough to be an ID or phone number are masked even in the driver's own words.
  const strip = (m?: string) => (m ?? '').split('\nparams:')[0]!.replace(/\d{6,}[\dXx]?/g, '[number]').slice(0, 500);
  return {
    type: e?.name,
    code: e?.code ?? e?.cause?.code,
    message: strip(e?.message),
    cause: e?.cause ? strip(e.cause.message) : undefined,
    stack: e?.stack?.split('\n').filter((line) => line.startsWith('    at ')).slice(0, 5).join('\n'),
  };
}

/** The SQLSTATE of a PostgreSQL error (pg and PGlite both set `code`; Drizzle wraps it in `cause`). */
function databaseErrorCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const err: unknown = error;
    if (err instanceof AppError) {
      return reply.status(err.status).send(body(err.code, err.message, err.details));
    }
    if (err instanceof RuleError) {
      const status = BAD_REQUEST_RULES.has(err.code) ? 400 : 409;
      return reply.status(status).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const err = error;
      const where = FIELD_NAMES[err.validationContext ?? 'body'] ?? '请求';
      const issues = err.validation.map((v) => ({
        path: String(v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.'),
        message: v.message ?? '',
      }));
      const first = issues[0];
      const message = first
        ? `${where}有误：${first.path ? `${first.path} ` : ''}${first.message}`
        : `${where}有误`;
      return reply.status(400).send(body('request.invalid', message, { issues }));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error.statusCode === 400 && err instanceof SyntaxError)) {
      return reply.status(400).send(body('request.malformed_json', '请求内容不是有效的JSON'));
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send(body('request.empty_body', '请求内容为空'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(body('request.unsupported_media_type', '不支持的请求内容类型'));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('request.too_large', '请求内容过大'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('request.rate_limited', '请求过于频繁，请稍后再试'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('request.invalid', '请求有误'));
    }
    // Text the database cannot store (U+0000 in a query parameter, say) is bad input, not a fault.
    if (databaseErrorCode(err) === '22021' || databaseErrorCode(err) === '22P05') {
      return reply.status(400).send(body('request.invalid_text', '请求中含有无法保存的字符'));
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return reply.status(500).send(body('server.internal', '系统内部错误，请稍后重试或联系管理员'));
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send(body('route.not_found', '接口不存在'));
    }
    return reply.status(404).send(body('route.not_found', '页面不存在'));
  });
}
