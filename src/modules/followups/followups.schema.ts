import { z } from 'zod';
import { FOLLOWUP_STATUSES, RESIDENT_RESPONSES } from '../../core/followups/followup.js';

const text = (what: string, max = 1000) =>
  z.string(`请填写${what}`).trim().min(1, `请填写${what}`).max(max, `${what}过长`);

export const followupParams = z.object({ ratingId: z.uuid('评价标识格式不正确') });

export const followupQuery = z.object({
  status: z.enum([...FOLLOWUP_STATUSES, 'pending'], '整改状态不正确').optional(),
  overdue: z.enum(['true', 'false'], 'overdue 应为 true 或 false').optional(),
});

export const assignBody = z.object({ userId: z.uuid('工作人员标识格式不正确') });
export const contactBody = z.object({ note: text('联系情况') });
export const closeBody = z.object({
  cause: text('差评原因'),
  remedy: text('整改措施'),
  residentResponse: z.enum(
    RESIDENT_RESPONSES,
    '请选择评价人的反馈：满意、认可解释、仍不满意或无法联系',
  ),
});

const instant = z.string().nullable();

export const followupView = z.object({
  ratingId: z.string(),
  level: z.number(),
  levelLabel: z.string(),
  comment: z.string(),
  stage: z.enum(['service', 'acceptance', 'completion']),
  ratedAt: z.string(),
  windowName: z.string(),
  clerkId: z.string(),
  clerkName: z.string(),
  ticketNumber: z.string().nullable(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  itemName: z.string().nullable(),
  resident: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  status: z.enum(FOLLOWUP_STATUSES),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  assignedByName: z.string().nullable(),
  assignedAt: instant,
  contactDue: z.string(),
  closeDue: z.string(),
  contactedAt: instant,
  contactedOn: z.string().nullable(),
  contactedByName: z.string().nullable(),
  contactNote: z.string().nullable(),
  cause: z.string().nullable(),
  remedy: z.string().nullable(),
  residentResponse: z.enum(RESIDENT_RESPONSES).nullable(),
  closedAt: instant,
  closedOn: z.string().nullable(),
  closedByName: z.string().nullable(),
  appeal: z
    .object({ id: z.string(), status: z.enum(['pending', 'upheld', 'rejected']) })
    .nullable(),
  isContactOverdue: z.boolean(),
  wasContactedLate: z.boolean(),
  isCloseOverdue: z.boolean(),
  wasClosedLate: z.boolean(),
});
