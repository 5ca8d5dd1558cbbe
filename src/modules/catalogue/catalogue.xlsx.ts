/**
 * The catalogue as a workbook an administrator can edit: sheet 事项 (one row per item), 材料
 * (one row per material), 部门 and 业务线. Import reads the same layout back and validates it
 * exactly like the shipped file.
 */
import ExcelJS from 'exceljs';
import { guardCell, unguardCellText } from '../../core/exports/cell-guard.js';
import { badRequest } from '../../server/errors.js';
import type { CatalogueFile } from './catalogue.schema.js';
import { parseCatalogue } from './catalogue.service.js';

const ITEM_COLUMNS = [
  ['code', '事项编码'],
  ['name', '事项名称'],
  ['department', '部门编码'],
  ['line', '业务线'],
  ['kind', '办件类型(immediate/committed)'],
  ['statutoryDays', '法定时限(工作日)'],
  ['promisedDays', '承诺时限(工作日)'],
  ['scope', '服务对象(individual/organisation)'],
  ['conditions', '受理条件(每行一条)'],
  ['fee', '收费'],
  ['legalBasis', '设定依据'],
  ['cityWide', '全市通办'],
  ['visits', '到现场次数'],
  ['holidayService', '节假日办理'],
  ['pausedSteps', '不计时环节(名称|天数|依据，每行一条)'],
  ['keywords', '关键词(逗号分隔)'],
] as const;

const MATERIAL_COLUMNS = ['事项编码', '材料名称', '形式(original/copy/electronic)', '份数', '必需'] as const;

export async function catalogueToXlsx(file: CatalogueFile): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yimen';
  const items = wb.addWorksheet('事项');
  items.addRow(ITEM_COLUMNS.map(([, label]) => label));
  for (const item of file.items) {
    items.addRow(
      ITEM_COLUMNS.map(([key]) => {
        const value = item[key];
        if (key === 'conditions') return guardCell(item.conditions.join('\n'));
        if (key === 'pausedSteps') return guardCell(item.pausedSteps.map((s) => `${s.name}|${s.maxDays}|${s.basis}`).join('\n'));
        if (key === 'keywords') return guardCell(item.keywords.join(','));
        if (typeof value === 'boolean') return value ? '是' : '否';
        return guardCell(value);
      }),
    );
  }
  const materials = wb.addWorksheet('材料');
  materials.addRow([...MATERIAL_COLUMNS]);
  for (const item of file.items) {
    for (const m of item.materials) materials.addRow([guardCell(item.code), guardCell(m.name), m.form, m.copies, m.required ? '是' : '否']);
  }
  const departments = wb.addWorksheet('部门');
  departments.addRow(['部门编码', '部门名称']);
  for (const d of file.departments) departments.addRow([guardCell(d.code), guardCell(d.name)]);
  const lines = wb.addWorksheet('业务线');
  lines.addRow(['字母', '名称', '图标']);
  for (const l of file.lines) lines.addRow([guardCell(l.letter), guardCell(l.name), guardCell(l.icon)]);
  for (const ws of [items, materials, departments, lines]) {
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 18));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return unguardCellText(String(value)).trim();
}

function rows(ws: ExcelJS.Worksheet | undefined, sheetName: string): string[][] {
  if (!ws) throw badRequest('catalogue.sheet_missing', `工作簿缺少工作表“${sheetName}”`);
  const out: string[][] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(text);
    if (values.some((v) => v !== '')) out.push(values);
  });
  return out;
}

const yes = (v: string) => v === '是' || v.toLowerCase() === 'true' || v === '1';
const int = (v: string) => (v === '' ? NaN : Number(v));

/** Reads a workbook in the export's layout; throws `catalogue.invalid` with every problem found. */
export async function catalogueFromXlsx(data: Buffer): Promise<CatalogueFile> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw badRequest('catalogue.not_xlsx', '上传的文件不是有效的 Excel 工作簿（.xlsx）');
  }
  const materialRows = rows(wb.getWorksheet('材料'), '材料');
  const raw = {
    version: 1,
    departments: rows(wb.getWorksheet('部门'), '部门').map(([code = '', name = '']) => ({ code, name })),
    lines: rows(wb.getWorksheet('业务线'), '业务线').map(([letter = '', name = '', icon = 'appstore']) => ({ letter, name, icon })),
    items: rows(wb.getWorksheet('事项'), '事项').map((r) => {
      const get = (key: (typeof ITEM_COLUMNS)[number][0]) => r[ITEM_COLUMNS.findIndex(([k]) => k === key)] ?? '';
      const code = get('code');
      return {
        code,
        name: get('name'),
        department: get('department'),
        line: get('line'),
        kind: get('kind'),
        statutoryDays: int(get('statutoryDays')),
        promisedDays: int(get('promisedDays')),
        scope: get('scope'),
        conditions: get('conditions').split('\n').map((s) => s.trim()).filter(Boolean),
        materials: materialRows
          .filter(([c]) => c === code)
          .map(([, name = '', form = '', copies = '', required = '']) => ({ name, form, copies: int(copies), required: yes(required) })),
        fee: get('fee'),
        legalBasis: get('legalBasis'),
        cityWide: yes(get('cityWide')),
        visits: int(get('visits')),
        holidayService: yes(get('holidayService')),
        pausedSteps: get('pausedSteps')
          .split('\n')
          .filter((s) => s.trim())
          .map((s) => {
            const [name = '', maxDays = '', basis = ''] = s.split('|');
            return { name: name.trim(), maxDays: int(maxDays), basis: basis.trim() };
          }),
        keywords: get('keywords').split(/[,，]/).map((s) => s.trim()).filter(Boolean),
      };
    }),
  };
  return parseCatalogue(raw);
}
