import { z } from 'zod';

export const ratingBody = z.object({
  serviceId: z.uuid('服务标识格式不正确'),
  level: z
    .number('评价等级应为1–5的整数')
    .int('评价等级应为1–5的整数')
    .min(1, '评价等级应为1–5')
    .max(5, '评价等级应为1–5'),
  comment: z.string().trim().max(500, '意见过长').optional(),
});

export const ratingView = z.object({
  id: z.string(),
  level: z.number(),
  isBad: z.boolean(),
  stage: z.enum(['service', 'acceptance', 'completion']),
});

export const ratingParams = z.object({ ratingId: z.uuid('评价标识格式不正确') });
export const appealParams = z.object({ id: z.uuid('申诉标识格式不正确') });

const reasonField = (what: string) =>
  z.string(`请填写${what}`).trim().min(1, `请填写${what}`).max(1000, `${what}过长`);

export const appealBody = z.object({ reason: reasonField('申诉理由') });
export const decideBody = z.object({
  upheld: z.boolean('请选择申诉是否成立'),
  reason: reasonField('审核意见'),
});

export const appealStatus = z.enum(['pending', 'upheld', 'rejected'], '申诉状态不正确');

export const appealView = z.object({
  id: z.string(),
  ratingId: z.string(),
  level: z.number(),
  comment: z.string(),
  ratedAt: z.string(),
  windowName: z.string(),
  clerkId: z.string(),
  clerkName: z.string(),
  reason: z.string(),
  status: appealStatus,
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
