import { z } from 'zod';
import { ID_TYPES } from '../../core/identity/id-types.js';

export const applicantInput = z.object({
  idType: z.enum(ID_TYPES, '证件类型不正确'),
  idNumber: z.string().trim().min(1, '请输入证件号码').max(40, '证件号码过长'),
  name: z
    .string()
    .trim()
    .min(1, '请输入申请人姓名')
    .max(50, '姓名过长')
    .regex(/^[\p{L}\p{M}·•.\s'-]+$/u, '姓名只能包含文字、间隔号和空格'),
  phone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话应为11位手机号码或带区号的固定电话'),
});

const intakeBase = {
  requestId: z.uuid('requestId 应为 UUID'),
  ticketId: z.uuid('号码标识格式不正确'),
  itemCode: z.string().trim().min(1, '请选择事项').max(20),
  applicant: applicantInput,
};

const materialsReceived = z.array(z.string().regex(/^m\d{1,2}$/, '材料标识格式不正确')).max(50);

/**
 * Acceptance: of the ticket in service, or (收受分离) of a hand-off whose materials arrived from
 * the receiving centre, where the applicant need not be present and no ticket is served.
 */
export const acceptBody = z
  .object({
    ...intakeBase,
    ticketId: intakeBase.ticketId.optional(),
    handoffId: z.uuid('转送件标识格式不正确').optional(),
    materialsReceived,
  })
  .refine((body) => body.ticketId !== undefined || body.handoffId !== undefined, {
    path: ['ticketId'],
    message: '请先叫号并开始办理（受理转送件时请提供转送件标识 handoffId）',
  });

export const oneTimeBody = z.object({ ...intakeBase, materialsReceived });

export const refuseBody = z.object({
  ...intakeBase,
  reason: z.string().trim().min(2, '请填写不予受理的理由').max(500, '理由过长'),
});

export type AcceptInput = z.infer<typeof acceptBody>;
export type OneTimeInput = z.infer<typeof oneTimeBody>;
export type RefuseInput = z.infer<typeof refuseBody>;
