/**
 * The manifest of a report batch (exchange format v1): its version, batch id, centre, period and
 * file list, checked before any file is read.
 */
import { daysBetween, isBusinessDate } from '../dates.js';
import {
  BATCH_FILES,
  FORMAT_VERSION,
  MAX_PERIOD_DAYS,
  type BatchManifest,
} from './exchange-format.js';

export interface BatchProblem {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Thrown inside the checks and turned into `{ ok: false, problem }` by `checkBatch`. */
export class Refusal extends Error {
  constructor(readonly problem: BatchProblem) {
    super(problem.message);
  }
}

export function refuse(code: string, message: string, details?: Record<string, unknown>): never {
  throw new Refusal({ code, message, ...(details ? { details } : {}) });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CENTRE_CODE = /^[a-z0-9-]{2,32}$/;
const DISTRICT_CODE = /^[0-9A-Za-z]{1,20}$/;
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a parsed JSON value holds a string with half of a surrogate pair ("\ud800"): valid
 * JSON, but not text, and PostgreSQL refuses it in a jsonb column.
 */
export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v));
  return false;
}

const isText = (v: unknown, max = 200): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max && !hasLoneSurrogate(v);

export function checkManifest(raw: unknown): BatchManifest {
  if (!isObject(raw))
    refuse('report.manifest_invalid', '缺少清单（manifest.json）或其不是JSON对象');
  if (raw.formatVersion !== FORMAT_VERSION) {
    refuse(
      'report.format_version',
      `不支持的格式版本“${String(raw.formatVersion ?? '')}”，本系统只接受 ${FORMAT_VERSION}`,
      {
        formatVersion: raw.formatVersion ?? null,
      },
    );
  }
  function bad(field: string, why: string): never {
    refuse('report.manifest_invalid', `清单字段 ${field} ${why}`, { field });
  }
  if (typeof raw.batchId !== 'string' || !UUID.test(raw.batchId)) bad('batchId', '应为小写UUID');
  const centre = raw.centre;
  if (!isObject(centre)) bad('centre', '缺失');
  if (typeof centre.code !== 'string' || !CENTRE_CODE.test(centre.code))
    bad('centre.code', '应为2–32位小写字母、数字或连字符');
  if (!isText(centre.name)) bad('centre.name', '应为1–200字的文字');
  // The code a supervisor asks for (scope district:<code>), e.g. the division code 310104.
  if (typeof centre.districtCode !== 'string' || !DISTRICT_CODE.test(centre.districtCode))
    bad('centre.districtCode', '应为1–20位字母或数字（如区划代码 310104）');
  if (!isText(centre.districtName, 50)) bad('centre.districtName', '应为1–50字的文字');
  const period = raw.period;
  if (!isObject(period)) bad('period', '缺失');
  const { from, to } = period;
  if (typeof from !== 'string' || !isBusinessDate(from))
    bad('period.from', '应为有效日期 YYYY-MM-DD');
  if (typeof to !== 'string' || !isBusinessDate(to)) bad('period.to', '应为有效日期 YYYY-MM-DD');
  if (from > to) refuse('report.period_invalid', `报送期间起日 ${from} 晚于止日 ${to}`);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_PERIOD_DAYS) {
    refuse(
      'report.period_too_long',
      `报送期间共 ${days} 天，超过 ${MAX_PERIOD_DAYS} 天上限，请分批报送`,
      { days },
    );
  }
  if (typeof raw.generatedAt !== 'string' || Number.isNaN(Date.parse(raw.generatedAt)))
    bad('generatedAt', '应为ISO 8601时间');
  if (!Array.isArray(raw.files)) bad('files', '应为数组');
  const files = raw.files.map((f: unknown) => {
    if (!isObject(f) || typeof f.name !== 'string')
      return bad('files', '每项应含 name、rows、sha256');
    if (!Number.isSafeInteger(f.rows) || (f.rows as number) < 0)
      bad(`files[${f.name}].rows`, '应为非负整数');
    if (typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256))
      bad(`files[${f.name}].sha256`, '应为64位小写十六进制');
    return { name: f.name, rows: f.rows as number, sha256: f.sha256 as string };
  });
  for (const name of BATCH_FILES) {
    if (files.filter((f) => f.name === name).length !== 1) {
      refuse('report.file_missing', `清单应恰好列出一次文件“${name}”`, { file: name });
    }
  }
  const unknown = files.find((f) => !(BATCH_FILES as readonly string[]).includes(f.name));
  if (unknown)
    refuse('report.file_unknown', `清单列有本格式版本未定义的文件“${unknown.name}”`, {
      file: unknown.name,
    });
  return {
    formatVersion: FORMAT_VERSION,
    batchId: raw.batchId as string,
    centre: {
      code: centre.code as string,
      name: (centre.name as string).trim(),
      districtCode: centre.districtCode,
      districtName: (centre.districtName as string).trim(),
    },
    period: { from, to },
    generatedAt: raw.generatedAt as string,
    files,
  };
}
