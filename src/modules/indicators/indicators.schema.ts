import { z } from 'zod';
import { INDICATOR_CODES } from '../../core/indicators/definitions.js';
import { FIGURE_KEYS } from '../../core/indicators/figures.js';
import { isBusinessDate } from '../../core/dates.js';
import { rangeProblem } from '../../core/indicators/range.js';
import { businessDate } from '../../server/schemas.js';
import { UNATTRIBUTED_KEY } from './figures.plain.js';

const scope = z
  .string()
  .regex(
    /^(centre:[A-Za-z0-9_-]{1,64}|district:[A-Za-z0-9]{1,20}|city)$/,
    '范围应为 centre:<中心编码>、district:<区代码> 或 city',
  );

const rangeFields = {
  scope,
  from: businessDate.optional(),
  to: businessDate.optional(),
};

function checkRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  const { from, to } = q;
  // The refinement runs even when a date failed its own check: compare real dates only.
  if (!from || !to || !isBusinessDate(from) || !isBusinessDate(to)) return;
  const problem = rangeProblem(from, to);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['from'] });
}

export const rangeQuery = z.object(rangeFields).superRefine(checkRange);

const DEPARTMENT = '[a-z]+';
const ITEM = '[A-Za-z0-9-]{1,20}';
const ID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
/** A filter value: the format of its key, or (drill-down only) UNATTRIBUTED_KEY. */
const key = (pattern: string, message: string, hasNone = false) =>
  z
    .string()
    .regex(new RegExp(`^(${hasNone ? `${UNATTRIBUTED_KEY}|` : ''}${pattern})$`), message)
    .optional();

export const breakdownQuery = z
  .object({
    ...rangeFields,
    by: z.enum(
      ['day', 'week', 'month', 'centre', 'department', 'item', 'window', 'clerk'],
      '分组应为 day、week、month、centre、department、item、window 或 clerk',
    ),
    department: key(DEPARTMENT, '部门编码格式不正确'),
    item: key(ITEM, '事项编码格式不正确'),
  })
  .superRefine(checkRange);

export const drillQuery = z
  .object({
    ...rangeFields,
    indicator: z.enum(INDICATOR_CODES as [string, ...string[]], '没有该指标'),
    part: z.enum(['numerator', 'denominator'], '应为 numerator（分子）或 denominator（分母）'),
    page: z.coerce.number().int('页码应为整数').min(1, '页码从1开始').max(100000).default(1),
    pageSize: z.coerce
      .number()
      .int('每页条数应为整数')
      .min(1, '每页至少1条')
      .max(200, '每页最多200条')
      .default(50),
    // The group of a breakdown row, keyed as the breakdown keys its rows (`_none`: the row
    // "（无法归属）"); the centre by its code, within the scope.
    department: key(DEPARTMENT, '部门编码格式不正确', true),
    item: key(ITEM, '事项编码格式不正确', true),
    window: key(ID, '窗口标识格式不正确', true),
    clerk: key(ID, '工作人员标识格式不正确', true),
    centre: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, '中心编码格式不正确')
      .optional(),
  })
  .superRefine(checkRange);

const scopeView = z.object({
  value: z.string(),
  kind: z.enum(['centre', 'district', 'city']),
  code: z.string().nullable(),
  name: z.string(),
});
const nn = z.number().nullable();

export const indicatorView = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  value: nn,
  target: nn,
  higherIsBetter: z.boolean(),
  met: z.boolean().nullable(),
  numerator: nn,
  denominator: nn,
  definition: z.string(),
  formula: z.string(),
  clause: z.string(),
});

export const indicatorReport = z.object({
  scope: scopeView,
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  indicators: z.array(indicatorView),
});

const figures = z.object(
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, z.number()])) as Record<
    (typeof FIGURE_KEYS)[number],
    z.ZodNumber
  >,
);
const breakdownRow = z.object({
  key: z.string().nullable(),
  label: z.string(),
  figures,
  indicators: z.record(z.string(), nn),
});

export const breakdownReport = z.object({
  scope: scopeView,
  from: z.string(),
  to: z.string(),
  by: z.string(),
  filter: z.object({ department: z.string().nullable(), item: z.string().nullable() }),
  source: z.enum(['day_figures', 'raw']),
  rows: z.array(breakdownRow),
  total: breakdownRow,
});

export const drillReport = z.object({
  scope: scopeView,
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  indicator: z.string(),
  part: z.enum(['numerator', 'denominator']),
  filter: z.object({
    department: z.string().nullable(),
    item: z.string().nullable(),
    window: z.string().nullable(),
    clerk: z.string().nullable(),
    centre: z.string().nullable(),
  }),
  page: z.number(),
  pageSize: z.number(),
  rowCount: z.number(),
  total: z.number(),
  rows: z.array(
    z.object({
      kind: z.string(),
      id: z.string(),
      record: z.string(),
      day: z.string().nullable(),
      centre: z.string(),
      item: z.string().nullable(),
      staff: z.string().nullable(),
      person: z.string().nullable(),
      detail: z.string().nullable(),
      value: nn,
    }),
  ),
});
