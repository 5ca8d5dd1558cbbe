import { z } from 'zod';
import { HANDOFF_STATUSES } from '../../core/handoffs/handoff-state.js';
import { applicantInput } from '../intake/intake.schema.js';

export const handoffParams = z.object({ handoffId: z.uuid('转送件标识格式不正确') });

/** What the receiving centre's clerk records (收件): the same checks as acceptance at the window. */
export const receiveBody = z.object({
  requestId: z.uuid('requestId 应为 UUID'),
  ticketId: z.uuid('号码标识格式不正确').optional(),
  itemCode: z.string().trim().min(1, '请选择事项').max(20),
  toCentreCode: z.string().trim().min(1, '请选择受理中心').max(60, '受理中心编码过长'),
  applicant: applicantInput,
  materialsReceived: z.array(z.string().regex(/^m\d{1,2}$/, '材料标识格式不正确')).max(50),
  note: z.string().trim().max(500, '备注过长').default(''),
});

export const returnBody = z.object({
  reason: z.string('请填写退回的理由').trim().min(2, '请填写退回的理由').max(500, '理由过长'),
});

export const listQuery = z.object({
  direction: z.enum(['outgoing', 'incoming'], '方向应为 outgoing 或 incoming').optional(),
  status: z.enum(HANDOFF_STATUSES, '状态不正确').optional(),
});

const centreRef = z.object({ code: z.string(), name: z.string() });

export const handoffView = z.object({
  id: z.string(),
  number: z.string(),
  /** Seen from the viewer's centre: outgoing (it received and forwards) or incoming (it accepts). */
  direction: z.enum(['outgoing', 'incoming']),
  status: z.enum(HANDOFF_STATUSES),
  statusLabel: z.string(),
  fromCentre: centreRef,
  toCentre: centreRef,
  itemCode: z.string(),
  itemName: z.string(),
  applicant: z.object({
    idType: z.string(),
    idNumber: z.string(),
    name: z.string(),
    phone: z.string(),
  }),
  materialsReceived: z.array(z.string()),
  note: z.string(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  forwardDue: z.string(),
  forwardedAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  /** Not forwarded by the end of `forwardDue`. */
  isLate: z.boolean(),
  /** The case the accepting centre created, once accepted. */
  case: z.object({ number: z.string(), status: z.string(), statusLabel: z.string() }).nullable(),
});
export type HandoffView = z.infer<typeof handoffView>;

export const handoffEventView = z.object({
  kind: z.string(),
  at: z.string(),
  centre: centreRef,
  actorName: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export type ReceiveInput = z.infer<typeof receiveBody>;
export type ReturnInput = z.infer<typeof returnBody>;
export type ListQuery = z.infer<typeof listQuery>;
