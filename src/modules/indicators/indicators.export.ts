/**
 * An indicator report as UTF-8 CSV (with a byte-order mark) and as an .xlsx workbook: values are
 * number cells (rates as fractions shown in per cent), text cells are guarded against formula
 * injection (a centre's name is user input).
 */
import ExcelJS from 'exceljs';
import { formatIndicatorValue } from '../../core/indicators/compute.js';
import { guardCell, toCsv } from '../../core/exports/cell-guard.js';
import type { IndicatorReport } from './indicators.service.js';

const HEADER = [
  '范围',
  '指标编码',
  '指标名称',
  '数值',
  '显示值',
  '单位',
  '目标',
  '是否达标',
  '分子',
  '分母',
  '定义',
  '计算公式',
  '依据',
];

const metText = (met: boolean | null) => (met === null ? '' : met ? '达标' : '未达标');

function rows(report: IndicatorReport): unknown[][] {
  return report.indicators.map((i) => [
    report.scope.name,
    i.code,
    i.name,
    i.value,
    formatIndicatorValue(i.value, i.unit),
    i.unit,
    i.target,
    metText(i.met),
    i.numerator,
    i.denominator,
    i.definition,
    i.formula,
    i.clause,
  ]);
}

export function indicatorsToCsv(report: IndicatorReport): string {
  return toCsv(HEADER, rows(report));
}

export async function indicatorsToXlsx(
  report: IndicatorReport,
  generatedAt: Date,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yimen';
  const ws = wb.addWorksheet('指标');
  ws.addRow(HEADER);
  ws.getRow(1).font = { bold: true };
  const values = rows(report);
  report.indicators.forEach((indicator, n) => {
    const row = ws.addRow(values[n]!.map(guardCell));
    const format = indicator.unit === '%' ? '0.0%' : indicator.unit === '件' ? '0' : '0.0';
    for (const column of [4, 7]) row.getCell(column).numFmt = format;
  });
  ws.columns.forEach((c, i) => (c.width = i >= 10 ? 40 : 16));

  const about = wb.addWorksheet('说明');
  about.addRow(['范围', guardCell(report.scope.name)]);
  about.addRow(['范围代码', guardCell(report.scope.value)]);
  about.addRow(['开始日期', report.from]);
  about.addRow(['结束日期', report.to]);
  about.addRow(['窗口、人员、事项截至', report.asOf]);
  about.addRow(['生成时间', generatedAt.toISOString()]);
  about.addRow(['说明', '比率以小数存储、按百分比显示；无可计算数据的指标留空（不计为0%或100%）']);
  about.columns.forEach((c) => (c.width = 24));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function exportFileName(report: IndicatorReport, ext: 'csv' | 'xlsx'): string {
  const scope = report.scope.value.replace(/[^A-Za-z0-9_-]/g, '-');
  return `indicators-${scope}-${report.from}-${report.to}.${ext}`;
}
