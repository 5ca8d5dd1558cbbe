import type { FastifyServerOptions } from 'fastify';

/**
 * pino options: one JSON line per event, request ids on every line, and no personal data.
 * Request lines carry the method and the path without its query string; bodies are never logged;
 * cookies and authorisation headers are redacted.
 */
export function loggerOptions(level = process.env.YIMEN_LOG_LEVEL ?? 'info'): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
