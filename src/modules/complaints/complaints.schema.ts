import { z } from 'zod';
import {
  COMPLAINT_CATEGORY_CODES,
  COMPLAINT_NUMBER_PATTERN,
  COMPLAINT_SATISFACTION,
  COMPLAINT_STATUSES,
} from '../../core/complaints/complaint.js';
import { applicantInput } from '../intake/intake.schema.js';

const categories = COMPLAINT_CATEGORY_CODES;
const satisfactions = Object.keys(COMPLAINT_SATISFACTION) as [
  keyof typeof COMPLAINT_SATISFACTION,
  ...(keyof typeof COMPLAINT_SATISFACTION)[],
];

export const categoryField = z.enum(categories, '投诉类别不正确');
export const satisfactionField = z.enum(satisfactions, '满意度应为满意、基本满意或不满意');

const content = z
  .string('请填写投诉内容')
  .trim()
  .min(5, '投诉内容至少5个字')
  .max(2000, '投诉内容不能超过2000字');
const caseNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,40}$/, '办件编号格式不正确');

/** What every channel asks of the complainant: a name and a phone to call back, and the complaint. */
const complainant = {
  category: categoryField,
  complainantName: applicantInput.shape.name,
  complainantPhone: applicantInput.shape.phone,
  content,
  caseNumber: caseNumber.optional(),
};

export const recordBody = z.object({
  channel: z.enum(['desk', 'phone'], '受理渠道应为现场或电话'),
  ...complainant,
  staffId: z.uuid('工作人员标识格式不正确').optional(),
  /** Sent by the console once per form: a double click records one complaint. */
  requestId: z.uuid('请求标识格式不正确').optional(),
});

export const onlineBody = z.strictObject(complainant);

export const complaintParams = z.object({ id: z.uuid('投诉标识格式不正确') });
export const publicParams = z.object({
  number: z.string().trim().toUpperCase().regex(COMPLAINT_NUMBER_PATTERN, '投诉编号格式不正确'),
});
export const lookupCode = z
  .string('请输入查询码')
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{8}$/, '查询码应为8位字母或数字');

export const complaintQuery = z.object({
  status: z.enum(COMPLAINT_STATUSES, '投诉状态不正确').optional(),
  overdue: z.enum(['true', 'false'], 'overdue 应为 true 或 false').optional(),
});

export const classifyBody = z.object({ category: categoryField });
export const assignBody = z.object({ userId: z.uuid('工作人员标识格式不正确') });
export const answerBody = z.object({
  answer: z.string('请填写答复内容').trim().min(1, '请填写答复内容').max(2000, '答复内容过长'),
});
export const satisfactionBody = z.object({ satisfaction: satisfactionField });

export const complaintView = z.object({
  id: z.string(),
  number: z.string(),
  channel: z.enum(['desk', 'phone', 'online']),
  category: z.string(),
  categoryLabel: z.string(),
  complainant: z.object({ name: z.string(), phone: z.string() }),
  content: z.string(),
  caseNumber: z.string().nullable(),
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  statusLabel: z.string(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  receivedByName: z.string().nullable(),
  answerDue: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answerDays: z.number().nullable(),
  satisfaction: satisfactionField.nullable(),
  closedAt: z.string().nullable(),
  isOverdue: z.boolean(),
  wasAnsweredLate: z.boolean(),
});

export const complaintDetail = complaintView.extend({
  events: z.array(
    z.object({
      kind: z.string(),
      at: z.string(),
      actorName: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const publicComplaintView = z.object({
  number: z.string(),
  channel: z.enum(['desk', 'phone', 'online']),
  channelLabel: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  content: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  statusLabel: z.string(),
  receivedOn: z.string(),
  answerDue: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  satisfaction: satisfactionField.nullable(),
  canGiveSatisfaction: z.boolean(),
});
