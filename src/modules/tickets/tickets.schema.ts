import { z } from 'zod';
import { PRIORITY_REASONS, type PriorityReason } from '../../core/queue/priority.js';

export const ticketView = z.object({
  id: z.string(),
  number: z.string(),
  line: z.string(),
  status: z.enum(['waiting', 'called', 'serving', 'held', 'done', 'no_show']),
  priority: z.string().nullable(),
  calls: z.number(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  windowId: z.string().nullable(),
});

/** What a kiosk may send: the line, and optionally a priority reason or an ID number (not stored). */
export const issueTicketBody = z.strictObject({
  line: z
    .string()
    .trim()
    .regex(/^[A-Z]$/, '业务线应为一个大写字母，如 A'),
  priority: z
    .enum(Object.keys(PRIORITY_REASONS) as [PriorityReason, ...PriorityReason[]], '优先原因不正确')
    .optional(),
  idNumber: z
    .string()
    .trim()
    .min(15, '证件号码格式不正确')
    .max(18, '证件号码格式不正确')
    .optional(),
  notifyPhone: z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/, '手机号码应为11位')
    .optional(),
});

export const issuedTicket = z.object({
  id: z.string(),
  number: z.string(),
  line: z.string(),
  lineName: z.string(),
  waitingAhead: z.number(),
  estimatedWaitMinutes: z.number().nullable(),
  priority: z.string().nullable(),
  issuedAt: z.string(),
  businessDate: z.string(),
});

export const ticketParams = z.object({ ticketId: z.uuid('号码标识格式不正确') });
export const windowParams = z.object({ windowId: z.uuid('窗口标识格式不正确') });
export const centreParams = z.object({
  centreCode: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,32}$/, '中心编码格式不正确'),
});
