import { z } from 'zod';
import { MAX_PAUSE_EXPECTED_DAYS, PAUSE_KINDS } from '../../core/calendar/pauses.js';
import { isBusinessDate } from '../../core/dates.js';

export const caseParams = z.object({ caseId: z.uuid('办件标识格式不正确') });
export const extensionParams = z.object({ id: z.uuid('延期申请标识格式不正确') });

const reason = (what: string) =>
  z
    .string(`请填写${what}`)
    .trim()
    .min(2, `请填写${what}（至少2个字）`)
    .max(500, `${what}不能超过500字`);

export const pauseBody = z.object({
  kind: z.enum(PAUSE_KINDS, '暂停计时的程序只能是补正、公示、检测检验、鉴定、专家评审或听证'),
  reason: reason('暂停计时的原因'),
  expectedDays: z
    .number('请填写预计所需工作日数')
    .int('预计所需工作日数应为整数')
    .min(1, '预计所需工作日数至少为1')
    .max(MAX_PAUSE_EXPECTED_DAYS, `预计所需工作日数不能超过${MAX_PAUSE_EXPECTED_DAYS}`),
});

export const endPauseBody = z
  .object({ note: z.string().trim().max(500, '说明不能超过500字').optional() })
  .default({});

/** The zod cap is a sanity bound; the centre's maxExtensionDays setting is checked by the service. */
export const extensionBody = z.object({
  days: z
    .number('请填写延长的工作日数')
    .int('延长的工作日数应为整数')
    .min(1, '延长的工作日数至少为1')
    .max(30, '延长的工作日数不能超过30'),
  reason: reason('延长办理期限的理由'),
});

export const approveBody = z
  .object({ reason: z.string().trim().max(500, '审批意见不能超过500字').optional() })
  .default({});
export const refuseBody = z.object({ reason: reason('不予延期的理由') });

export const limitBody = z.object({
  promisedDays: z
    .number('请填写承诺时限')
    .int('承诺时限应为整数个工作日')
    .min(1, '承诺件的承诺时限至少为1个工作日')
    .max(365, '承诺时限不能超过365个工作日'),
  reason: reason('调整时限的理由'),
});

export const reminderBody = z.object({
  channel: z.enum(['phone', 'sms', 'letter'], '提醒方式只能是电话、短信或信函'),
  note: z.string().trim().max(500, '提醒记录不能超过500字').default(''),
});

export const deadlinesQuery = z.object({
  view: z.enum(['mine', 'department', 'centre'], '视图只能是mine、department或centre').optional(),
  warning: z.enum(['amber', 'red', 'all'], '预警只能是amber、red或all').default('all'),
  department: z.string().trim().min(1).max(40).optional(),
});

export const digestQuery = z.object({
  date: z.string().refine(isBusinessDate, '日期格式不正确，应为YYYY-MM-DD').optional(),
});

export const extensionsQuery = z.object({
  status: z
    .enum(['pending', 'approved', 'refused', 'all'], '状态只能是pending、approved、refused或all')
    .default('pending'),
});

export const extensionView = z.object({
  id: z.string(),
  caseId: z.string(),
  days: z.number(),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  noticeId: z.string().nullable(),
});

export const deadlineRow = z.object({
  caseId: z.string(),
  number: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  department: z.string(),
  departmentName: z.string(),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  acceptedOn: z.string(),
  promisedDays: z.number(),
  deadline: z.string(),
  provisional: z.boolean(),
  workingDaysLeft: z.number(),
  warning: z.enum(['none', 'amber', 'red']),
  warningSince: z.string().nullable(),
  isPaused: z.boolean(),
  pauseKind: z.string().nullable(),
  pausedDays: z.number(),
  extensionDays: z.number(),
  hasPendingExtension: z.boolean(),
});

const digestEntry = z.object({
  caseId: z.string(),
  number: z.string(),
  itemName: z.string(),
  department: z.string(),
  officerName: z.string().nullable(),
  deadline: z.string(),
  workingDaysLeft: z.number(),
  workingDaysLeftNext: z.number(),
  isPaused: z.boolean(),
});

export type DigestCaseEntry = z.infer<typeof digestEntry>;

export const digestView = z.object({
  day: z.string(),
  createdAt: z.string(),
  nextWorkingDay: z.string(),
  turningAmber: z.array(digestEntry),
  turningRed: z.array(digestEntry),
  red: z.array(digestEntry),
});

export const uncollectedRow = z.object({
  caseId: z.string(),
  number: z.string(),
  itemName: z.string(),
  department: z.string(),
  decision: z.string().nullable(),
  decidedOn: z.string(),
  workingDaysSinceDecision: z.number(),
  applicant: z.object({ name: z.string(), phone: z.string() }),
  reminders: z.number(),
  lastReminder: z
    .object({ at: z.string(), channel: z.string(), note: z.string(), actorName: z.string() })
    .nullable(),
});
