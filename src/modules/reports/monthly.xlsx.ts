/**
 * The monthly report as the workbook a district office files: a merged title, the centre, district
 * and month, five numbered sections and a sign-off line (填报人 / 审核人 / 日期). Numbers are number
 * cells with formats (rates as fractions shown in per cent, averages with one decimal), so the
 * office can add them up; every text that comes from the database is guarded against formulas.
 */
import ExcelJS from 'exceljs';
import { guardCell } from '../../core/exports/cell-guard.js';
import { rate } from '../../core/indicators/formulas.js';
import {
  FOLLOWUP_STATUS_LABELS,
  isPendingFollowup,
  type FollowupStatus,
} from '../../core/followups/followup.js';
import { numberFormat } from './league.export.js';
import type { MonthlyReport } from './monthly.service.js';
import { COLUMNS, DECIMAL, INTEGER, PERCENT, Sheet } from './report-sheet.js';

const metText = (met: boolean | null) => (met === null ? '—' : met ? '达标' : '未达标');
const statusText = (status: string | null) =>
  status ? (FOLLOWUP_STATUS_LABELS[status as FollowupStatus] ?? status) : '—';
const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const pendingFollowup = (s: string | null) => s !== null && isPendingFollowup(s as FollowupStatus);

export async function monthlyToXlsx(report: MonthlyReport, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yimen';
  const ws = wb.addWorksheet('月报', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = [{ width: 26 }, ...Array.from({ length: COLUMNS - 1 }, () => ({ width: 13 }))];
  const sheet = new Sheet(ws);
  const { centre, sums } = report;

  const title = ws.addRow([guardCell(`${centre.name}工作月报（${monthText(report.month)}）`)]);
  ws.mergeCells(1, 1, 1, COLUMNS);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 30;
  const info = ws.addRow([
    '受理中心',
    guardCell(centre.name),
    null,
    null,
    '所属区',
    guardCell(centre.districtName),
    '报送月份',
    report.month,
  ]);
  ws.mergeCells(info.number, 2, info.number, 4);
  ws.addRow([
    '统计期间',
    `${report.from} 至 ${report.to}`,
    null,
    null,
    '数据截至',
    report.asOf,
    '数据来源',
    report.isLocal ? '本系统' : '上报',
  ]);
  ws.mergeCells(info.number + 1, 2, info.number + 1, 4);
  sheet.gap();

  sheet.wide('一、服务标准指标（DB31/T 467）', { bold: true });
  sheet.header(['指标', '单位', '目标值', '本月实际', '是否达标', '分子', '分母', '备注']);
  for (const i of report.indicators) {
    const format = numberFormat(i.unit);
    const partFormat = i.unit === '%' || i.unit === '件' ? INTEGER : DECIMAL;
    sheet.row(
      [
        i.name,
        i.unit,
        i.target,
        i.value,
        metText(i.met),
        i.numerator,
        i.denominator,
        i.value === null ? '无可计算数据' : null,
      ],
      [undefined, undefined, format, format, undefined, partFormat, INTEGER],
    );
  }
  sheet.gap();

  sheet.wide('二、办件量（按部门）', { bold: true });
  sheet.header([
    '部门',
    '受理办件',
    '即办件当场办结',
    '承诺件办结',
    '其中按时办结',
    '其中超期办结',
    '按时办结率',
    '当场办结率',
  ]);
  const volumeFormats = [undefined, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, PERCENT, PERCENT];
  for (const d of report.departments ?? []) {
    sheet.row(
      [
        d.name,
        d.accepted,
        d.onSpot,
        d.decided,
        d.onTime,
        d.overdue,
        rate(d.onTime, d.decided),
        rate(d.onSpot, d.accepted),
      ],
      volumeFormats,
    );
  }
  sheet.row(
    [
      '合计',
      sums.casesAccepted,
      sums.casesOnSpot,
      sums.committedDecided,
      sums.committedOnTime,
      sums.committedOverdue,
      rate(sums.committedOnTime, sums.committedDecided),
      rate(sums.casesOnSpot, sums.casesAccepted),
    ],
    volumeFormats,
    { bold: true },
  );
  if (!report.departments)
    sheet.wide('注：本中心数据为上报数据，上报批次不含分部门明细，仅列合计。');
  sheet.gap();

  sheet.wide('三、好差评', { bold: true });
  sheet.header([
    '评价等级',
    '非常满意(5)',
    '满意(4)',
    '基本满意(3)',
    '不满意(2)',
    '非常不满意(1)',
    '合计',
    '好评率',
  ]);
  const levels = report.ratingLevels;
  sheet.row(
    [
      '评价数',
      levels?.[5] ?? null,
      levels?.[4] ?? null,
      levels?.[3] ?? null,
      levels?.[2] ?? null,
      levels?.[1] ?? null,
      sums.ratingsCount,
      rate(sums.ratingsGood, sums.ratingsCount),
    ],
    [undefined, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER, PERCENT],
  );
  sheet.header([
    '差评整改',
    '差评数',
    '应整改',
    '已回访',
    '按时整改',
    '回访率',
    '按时整改率',
    '尚未办结',
  ]);
  const pending = report.badRatings.filter((b) => pendingFollowup(b.status)).length;
  sheet.row(
    [
      '差评',
      sums.ratingsBad,
      sums.followupsDue,
      sums.followupsDone,
      sums.followupsOnTime,
      rate(sums.followupsDone, sums.followupsDue),
      rate(sums.followupsOnTime, sums.followupsDue),
      pending,
    ],
    [undefined, INTEGER, INTEGER, INTEGER, INTEGER, PERCENT, PERCENT, INTEGER],
  );
  sheet.header([
    '评价日期',
    '等级',
    '窗口',
    '办件编号',
    '事项',
    '整改状态',
    '回访日期',
    '办结日期',
  ]);
  for (const b of report.badRatings) {
    sheet.row(
      [
        b.createdOn,
        b.level,
        b.window,
        b.caseNumber,
        b.itemName,
        statusText(b.status),
        b.contactedOn,
        b.closedOn,
      ],
      [undefined, INTEGER],
    );
  }
  if (report.badRatings.length === 0) sheet.wide('本月无差评。');
  sheet.gap();

  sheet.wide('四、投诉', { bold: true });
  sheet.header(['投诉', '投诉件数', '已答复', '答复率', '平均答复工作日', '', '', '']);
  sheet.row(
    [
      '投诉',
      sums.complaintsCount,
      sums.complaintsAnswered,
      rate(sums.complaintsAnswered, sums.complaintsCount),
      sums.complaintsAnswered > 0 ? sums.complaintsAnswerDaysSum / sums.complaintsAnswered : null,
      null,
      null,
      null,
    ],
    [undefined, INTEGER, INTEGER, PERCENT, DECIMAL],
  );
  sheet.gap();

  const s = report.snapshot;
  sheet.wide(`五、窗口与人员（截至 ${report.asOf}）`, { bold: true });
  sheet.header([
    '窗口与人员',
    '受理窗口',
    '综合受理窗口',
    '综合窗口比例',
    '前台受理人员',
    '全能人才',
    '全能人才比例',
    '',
  ]);
  sheet.row(
    [
      '窗口与人员',
      s?.acceptanceWindows ?? null,
      s?.comprehensiveWindows ?? null,
      s ? rate(s.comprehensiveWindows, s.acceptanceWindows) : null,
      s?.frontClerks ?? null,
      s?.allRoundClerks ?? null,
      s ? rate(s.allRoundClerks, s.frontClerks) : null,
      null,
    ],
    [undefined, INTEGER, INTEGER, PERCENT, INTEGER, INTEGER, PERCENT],
  );
  sheet.header([
    '服务事项',
    '开设事项',
    '软件办理事项',
    '软件办理比例',
    '基本受理项目',
    '已开设基本项目',
    '纳入率',
    '',
  ]);
  sheet.row(
    [
      '服务事项',
      s?.itemsOffered ?? null,
      s?.itemsInSystem ?? null,
      s ? rate(s.itemsInSystem, s.itemsOffered) : null,
      s?.basicItems ?? null,
      s?.basicItemsOffered ?? null,
      s ? rate(s.basicItemsOffered, s.basicItems) : null,
      null,
    ],
    [undefined, INTEGER, INTEGER, PERCENT, INTEGER, INTEGER, PERCENT],
  );
  sheet.gap();
  sheet.gap();

  const sign = ws.addRow(['填报人：', null, null, '审核人：', null, null, '日期：', null]);
  for (const column of [2, 3, 5, 6, 8]) sign.getCell(column).border = { bottom: { style: 'thin' } };
  sign.height = 24;
  sheet.gap();
  sheet.wide(
    `由一门（Yimen）生成于 ${generatedAt.toISOString()}；比率无可计算数据时留空（不计为0%或100%）。`,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function monthlyFileName(report: MonthlyReport): string {
  return `monthly-${report.centre.code}-${report.month}.xlsx`;
}
