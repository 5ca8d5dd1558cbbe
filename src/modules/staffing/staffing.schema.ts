import { z } from 'zod';
import { businessDate } from '../../server/schemas.js';
import { daysBetween } from '../../core/dates.js';

/** The longest history the planner averages over: a year of queue log. */
export const MAX_RANGE_DAYS = 366;
/** How many windows the planner will consider before it says the target is out of reach. */
export const DEFAULT_MAX_WINDOWS = 50;

const isoDate = businessDate;

/**
 * The service promise: `targetShare` of residents called within `targetMinutes`. A query string
 * carries text, so the GET route coerces; a JSON body must send numbers (coercion would read
 * `null` or `true` as a figure).
 */
function targetFields<N extends z.ZodNumber | z.ZodCoercedNumber>(number: (message: string) => N) {
  return {
    targetMinutes: number('目标等候时间应为数字')
      .min(0, '目标等候时间不能为负')
      .max(240, '目标等候时间不能超过240分钟')
      .default(15),
    targetShare: number('达标比例应为数字')
      .gt(0, '达标比例应大于0')
      // Some residents always wait while every window is busy: a share of 1 is never reachable.
      .lt(1, '达标比例应小于1（如 0.8 表示80%）')
      .default(0.8),
    maxWindows: number('窗口数上限应为整数')
      .int('窗口数上限应为整数')
      .min(1, '窗口数上限至少为1')
      .max(200, '窗口数上限不能超过200')
      .default(DEFAULT_MAX_WINDOWS),
  };
}

const queryNumber = (message: string) => z.coerce.number(message);
const bodyNumber = (message: string) => z.number(message);

/** GET: the centre's own history between two business dates (both counted). */
export const historyPlanQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional(), ...targetFields(queryNumber) })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '开始日期不能晚于结束日期',
    path: ['from'],
  })
  .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) < MAX_RANGE_DAYS, {
    message: `日期范围不能超过${MAX_RANGE_DAYS}天`,
    path: ['to'],
  });

const enteredHour = z.strictObject({
  hour: z
    .number('时段应为整点（0–23）')
    .int('时段应为整点（0–23）')
    .min(0, '时段应为整点（0–23）')
    .max(23, '时段应为整点（0–23）'),
  arrivalsPerHour: z
    .number('每小时到达人数应为数字')
    .min(0, '每小时到达人数不能为负')
    .max(10_000, '每小时到达人数不能超过10000'),
});

/** POST: figures a manager enters, e.g. for a new centre or a planned change in volume. */
export const enteredPlanBody = z
  .strictObject({
    hours: z
      .array(enteredHour, '请填写各时段到达人数')
      .min(1, '至少填写一个时段')
      .max(24, '最多24个时段'),
    meanServiceMinutes: z
      .number('平均办理时长应为数字')
      .gt(0, '平均办理时长应大于0')
      .max(240, '平均办理时长不能超过240分钟'),
    currentWindows: z
      .number('当前窗口数应为整数')
      .int('当前窗口数应为整数')
      .min(0, '当前窗口数不能为负')
      .max(200, '当前窗口数不能超过200')
      .optional(),
    ...targetFields(bodyNumber),
  })
  .refine((b) => new Set(b.hours.map((h) => h.hour)).size === b.hours.length, {
    message: '同一时段只能填写一次',
    path: ['hours'],
  });

const n = z.number();
const nn = z.number().nullable();

export const hourPlanView = z.object({
  hour: n,
  /** "09:00–10:00" */
  label: z.string(),
  arrivalsPerHour: n,
  meanServiceMinutes: n,
  offeredLoad: n,
  recommendedWindows: nn,
  recommendedMeanWaitMinutes: nn,
  recommendedShareWithinTarget: nn,
  currentWindows: n,
  currentUtilisation: nn,
  predictedMeanWaitMinutes: nn,
  predictedShareWithinTarget: nn,
  status: z.enum(['meets_target', 'below_target', 'overloaded']),
  note: z.string().nullable(),
});

export const staffingPlanView = z.object({
  source: z.enum(['history', 'entered']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  workingDays: nn,
  targetMinutes: n,
  targetShare: n,
  maxWindows: n,
  currentWindows: n,
  service: z.object({
    meanServiceMinutes: n,
    source: z.enum(['history', 'entered', 'default']),
    services: n,
    lines: z.array(z.object({ line: z.string(), services: n, meanServiceMinutes: n })),
  }),
  hours: z.array(hourPlanView),
  notes: z.array(z.string()),
});

export type HistoryPlanQuery = z.infer<typeof historyPlanQuery>;
export type EnteredPlanBody = z.infer<typeof enteredPlanBody>;
export type StaffingPlanView = z.infer<typeof staffingPlanView>;
