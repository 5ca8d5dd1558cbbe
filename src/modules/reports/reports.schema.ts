import { z } from 'zod';
import { INDICATOR_CODES } from '../../core/indicators/definitions.js';
import { businessDate } from '../../server/schemas.js';

export const periodQuery = z.object({ from: businessDate, to: businessDate });

const manifestView = z.object({
  formatVersion: z.string(),
  batchId: z.string(),
  centre: z.object({
    code: z.string(),
    name: z.string(),
    districtCode: z.string(),
    districtName: z.string(),
  }),
  period: z.object({ from: z.string(), to: z.string() }),
  generatedAt: z.string(),
  files: z.array(z.object({ name: z.string(), rows: z.number(), sha256: z.string() })),
});

export const batchView = z.object({
  manifest: manifestView,
  files: z.record(z.string(), z.string()),
});

/**
 * The import body: the batch as the export gives it. Only the outline is checked here; the
 * manifest and the files are checked field by field by the exchange format's own checks, whose
 * codes and messages say exactly what is wrong.
 */
export const batchBody = z.object({
  manifest: z.record(z.string(), z.unknown(), '清单（manifest）应为JSON对象'),
  files: z.record(z.string(), z.string(), '文件内容（files）应为 文件名→文本 的对象'),
});

export const importView = z.object({
  status: z.enum(['imported', 'replaced', 'already_imported']),
  message: z.string(),
  batchId: z.string(),
  centre: manifestView.shape.centre,
  period: manifestView.shape.period,
  days: z.number(),
  waits: z.number(),
  cases: z.number(),
});

export const leagueQuery = z.object({
  scope: z
    .string()
    .regex(/^(city|district:[0-9A-Za-z-]{1,20})$/, '范围应为 city 或 district:<区代码>'),
  from: businessDate,
  to: businessDate,
  sort: z.enum(INDICATOR_CODES as [string, ...string[]], '排序指标代码不存在').optional(),
});

const cellView = z.object({
  code: z.string(),
  value: z.number().nullable(),
  target: z.number().nullable(),
  met: z.boolean().nullable(),
});

export const leagueView = z.object({
  scope: z.string(),
  scopeName: z.string(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  sort: z.string(),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      higherIsBetter: z.boolean(),
    }),
  ),
  rows: z.array(
    z.object({
      rank: z.number().nullable(),
      centre: z.object({
        code: z.string(),
        name: z.string(),
        districtCode: z.string(),
        districtName: z.string(),
        source: z.enum(['local', 'upload']),
      }),
      indicators: z.array(cellView),
    }),
  ),
  total: z.object({ centres: z.number(), indicators: z.array(cellView) }),
});

export const monthlyQuery = z.object({
  centre: z.string().regex(/^[a-z0-9-]{2,32}$/, '中心代码格式不正确'),
  month: z.string().regex(/^(20\d\d|21\d\d)-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM（2000至2199年）'),
});
