import type { AppContext } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { errors, type App } from '../../server/types.js';
import { centreParams, windowParams } from '../tickets/tickets.schema.js';
import { hallBoard, hallEventsQuery, windowScreen } from './hall.schema.js';
import * as service from './hall.service.js';
import { HallFeed } from './hall.stream.js';

/** The `Last-Event-ID` header an EventSource sends when it reconnects, if it is a call id. */
function lastEventIdHeader(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** The hall's screens, without sign-in: the board, its event stream, and each window's screen. */
export async function hallRoutes(app: App, ctx: AppContext) {
  const feed = new HallFeed(ctx, app.log);
  // Open streams would hold the server's close up: they end first, and the screens reconnect.
  app.addHook('preClose', async () => feed.close());
  const limit = (max: number) => (ctx.config.rateLimit ? { max, timeWindow: '1 minute' } : false);

  app.get(
    '/centres/:centreCode/hall',
    {
      schema: {
        tags: ['hall'],
        summary: '大厅叫号屏：各窗口当前号码、各业务线等候人数、最近叫号',
        params: centreParams,
        response: { 200: hallBoard, ...errors(400, 404, 429) },
      },
      config: { rateLimit: limit(120) },
    },
    async (request) => service.getBoard(ctx, request.params.centreCode),
  );

  app.get(
    '/centres/:centreCode/hall/events',
    {
      schema: {
        tags: ['hall'],
        summary:
          '大厅实时事件（server-sent events）：call（叫号、重呼，id 为事件编号）与 board（窗口与等候人数）；' +
          '重连时带 Last-Event-ID 或 ?lastEventId= 补发错过的叫号',
        params: centreParams,
        querystring: hallEventsQuery,
        response: errors(400, 404, 429),
      },
      config: { rateLimit: limit(60) },
    },
    async (request, reply) => {
      const centre = await service.getStreamCentre(ctx, request.params.centreCode);
      const fromQuery = request.query.lastEventId;
      const lastEventId =
        lastEventIdHeader(request.headers['last-event-id']) ??
        (fromQuery === undefined ? undefined : Number(fromQuery));
      if (!feed.admit(request.ip)) {
        throw new AppError(429, 'hall.too_many_streams', '本地址打开的叫号屏连接过多，请稍后再试');
      }
      await feed.open(reply, { centreId: centre.id, address: request.ip, lastEventId });
    },
  );

  app.get(
    '/windows/:windowId/screen',
    {
      schema: {
        tags: ['hall'],
        summary: '窗口屏：本窗口当前号码与最近叫号',
        params: windowParams,
        response: { 200: windowScreen, ...errors(400, 404, 429) },
      },
      config: { rateLimit: limit(120) },
    },
    async (request) => service.getWindowScreen(ctx, request.params.windowId),
  );
}
