/**
 * The league table as UTF-8 CSV (with a byte-order mark, for spreadsheet programs) and as an
 * .xlsx workbook: per indicator a value column (a number cell; rates stored as fractions and shown
 * in per cent) and a 达标 column. Centre names are user input: every text cell is guarded.
 */
import ExcelJS from 'exceljs';
import type { IndicatorUnit } from '../../core/indicators/definitions.js';
import { guardCell, toCsv } from '../../core/exports/cell-guard.js';
import type { League } from './league.service.js';

const metText = (met: boolean | null) => (met === null ? '' : met ? '达标' : '未达标');
const SOURCE_LABEL = { local: '本系统', upload: '上报' } as const;

export function numberFormat(unit: string): string {
  return unit === '%' ? '0.0%' : unit === '件' ? '0' : '0.0';
}

function header(league: League): string[] {
  return [
    '排名',
    '中心代码',
    '中心名称',
    '所属区',
    '数据来源',
    ...league.indicators.flatMap((d) => [`${d.name}（${unitLabel(d.unit)}）`, `${d.name}达标`]),
  ];
}

function unitLabel(unit: string): string {
  return unit === '%' ? '比率' : unit;
}

function lines(league: League): unknown[][] {
  const values = (cells: League['total']['indicators']) =>
    cells.flatMap((c) => [c.value, metText(c.met)]);
  return [
    ...league.rows.map((r) => [
      r.rank,
      r.centre.code,
      r.centre.name,
      r.centre.districtName,
      SOURCE_LABEL[r.centre.source],
      ...values(r.indicators),
    ]),
    [
      '',
      '',
      `合计（${league.total.centres}个中心）`,
      league.scopeName,
      '',
      ...values(league.total.indicators),
    ],
  ];
}

export function leagueToCsv(league: League): string {
  return toCsv(header(league), lines(league));
}

export async function leagueToXlsx(league: League, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yimen';
  const ws = wb.addWorksheet('排名', {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const head = header(league);
  const sortName = league.indicators.find((d) => d.code === league.sort)?.name ?? league.sort;
  ws.addRow([
    guardCell(
      `${league.scopeName}受理中心指标排名　${league.from} 至 ${league.to}　按“${sortName}”排名`,
    ),
  ]);
  ws.mergeCells(1, 1, 1, head.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).height = 24;
  ws.addRow(head);
  ws.getRow(2).font = { bold: true };
  ws.getRow(2).alignment = { wrapText: true, vertical: 'middle' };
  const units = league.indicators.map((d) => d.unit as IndicatorUnit);
  for (const line of lines(league)) {
    const row = ws.addRow(line.map(guardCell));
    units.forEach((unit, i) => {
      row.getCell(6 + i * 2).numFmt = numberFormat(unit);
    });
  }
  ws.lastRow!.font = { bold: true };
  const widths = [6, 16, 30, 12, 8];
  ws.columns.forEach((c, i) => (c.width = widths[i] ?? (i % 2 === 1 ? 12 : 8)));

  const about = wb.addWorksheet('说明');
  about.addRow(['范围', guardCell(league.scopeName)]);
  about.addRow(['范围代码', guardCell(league.scope)]);
  about.addRow(['开始日期', league.from]);
  about.addRow(['结束日期', league.to]);
  about.addRow(['窗口、人员、事项截至', league.asOf]);
  about.addRow(['排名指标', guardCell(sortName)]);
  about.addRow(['生成时间', generatedAt.toISOString()]);
  about.addRow([
    '说明',
    '同值同名次；无可计算数据的中心不排名。比率以小数存储、按百分比显示。合计行与该范围的指标报表一致。',
  ]);
  about.columns.forEach((c) => (c.width = 24));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function leagueFileName(league: League, ext: 'csv' | 'xlsx'): string {
  const scope = league.scope.replace(/[^A-Za-z0-9_-]/g, '-');
  return `league-${scope}-${league.from}-${league.to}.${ext}`;
}
