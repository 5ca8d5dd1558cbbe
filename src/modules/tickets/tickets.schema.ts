import { z } from 'zod';

export const ticketView = z.object({
  id: z.string(),
  number: z.string(),
  line: z.string(),
  status: z.enum(['waiting', 'called', 'serving', 'held', 'done', 'no_show']),
  calls: z.number(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  windowId: z.string().nullable(),
});

export const issueTicketBody = z.object({
  line: z.string().trim().regex(/^[A-Z]$/, '业务线应为一个大写字母，如 A'),
});

export const issuedTicket = z.object({
  id: z.string(),
  number: z.string(),
  line: z.string(),
  lineName: z.string(),
  waitingAhead: z.number(),
  issuedAt: z.string(),
  businessDate: z.string(),
});

export const ticketParams = z.object({ ticketId: z.uuid('号码标识格式不正确') });
export const windowParams = z.object({ windowId: z.uuid('窗口标识格式不正确') });
export const centreParams = z.object({ centreCode: z.string().trim().regex(/^[a-z0-9-]{2,32}$/, '中心编码格式不正确') });
