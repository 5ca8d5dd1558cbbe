import ExcelJS from 'exceljs';
import { guardCell } from '../../core/exports/cell-guard.js';

interface DayReport {
  date: string;
  visitors: number;
  seed: number;
  indicators: Record<string, unknown> & {
    targets: { immediateAvgMinutes: number; onSpotRate: number };
  };
  backOffice: Record<string, number | null>;
  hall: Record<string, number>;
}

const ROWS: [string, string, string][] = [
  ['ticketsIssued', '取号数', '张'],
  ['noShows', '过号数', '张'],
  ['averageWaitMinutes', '平均等候时间', '分钟'],
  ['immediateAvgMinutes', '即办件平均办理时间', '分钟'],
  ['accepted', '受理办件数', '件'],
  ['acceptedImmediate', '其中即办件', '件'],
  ['finishedOnSpot', '当场办结数', '件'],
  ['onSpotRate', '当场办结率', '%'],
  ['dueSoon', '临近期限办件', '件'],
  ['overdue', '超期办件', '件'],
  ['ratings', '评价数', '次'],
  ['badRatings', '差评数', '次'],
];

/** The simulated day's figures as a workbook: numbers as numbers, rates as percentages. */
export async function dayReportToXlsx(report: DayReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('当日指标');
  ws.addRow(['指标', '数值', '单位', '目标']);
  ws.getRow(1).font = { bold: true };
  for (const [key, label, unit] of ROWS) {
    const value = report.indicators[key];
    const target =
      key === 'immediateAvgMinutes'
        ? report.indicators.targets.immediateAvgMinutes
        : key === 'onSpotRate'
          ? report.indicators.targets.onSpotRate
          : null;
    const row = ws.addRow([label, typeof value === 'number' ? value : null, unit, target]);
    if (unit === '%') {
      row.getCell(2).numFmt = '0.0%';
      row.getCell(4).numFmt = '0.0%';
    }
  }
  const back = wb.addWorksheet('后台办理');
  back.addRow(['项目', '数值']);
  back.getRow(1).font = { bold: true };
  for (const [key, value] of Object.entries(report.backOffice))
    back.addRow([guardCell(key), value]);
  const meta = wb.addWorksheet('说明');
  meta.addRow(['模拟日期', report.date]);
  meta.addRow(['来访人数', report.visitors]);
  meta.addRow(['随机种子', report.seed]);
  for (const ws2 of [ws, back, meta]) ws2.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
