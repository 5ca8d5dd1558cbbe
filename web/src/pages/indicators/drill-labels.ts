/** How the records behind a number are named in the drill-down: their kind and their detail. */
import {
  CASE_STATUS_LABELS,
  DECISION_LABELS,
  NOTICE_TITLES,
  TICKET_STATUS_LABELS,
  WINDOW_KIND_LABELS,
} from '../../lib/labels';
import { complaintCategoryLabel, FOLLOWUP_STATUS_LABELS } from '../../lib/supervision-labels';

export const DRILL_KIND_LABELS: Record<string, string> = {
  ticket: '号票',
  appointment: '预约',
  case: '办件',
  notice: '文书',
  rating: '评价',
  followup: '差评整改',
  complaint: '投诉',
  window: '窗口',
  clerk: '工作人员',
  item: '事项',
};

// The standing figures count windows, staff and items; every other record (a ticket, a case, a
// rating, a complaint…) is counted in 件.
const COUNT_UNITS: Record<string, string> = { window: '个', clerk: '人', item: '项' };

/** The measure word of a count of records of a kind (件 when no record says which). */
export function countUnit(kind: string | undefined): string {
  return (kind && COUNT_UNITS[kind]) || '件';
}

const APPOINTMENT_STATUS_LABELS: Record<string, string> = {
  booked: '已预约',
  checked_in: '已签到',
  no_show: '爽约',
  cancelled: '已取消',
};

/** The Chinese reading of a row's detail (a status, a decision, a kind); unknown ones as sent. */
export function drillDetailLabel(kind: string, detail: string | null): string {
  if (!detail) return '—';
  const tables: Record<string, Record<string, string>> = {
    ticket: TICKET_STATUS_LABELS,
    appointment: APPOINTMENT_STATUS_LABELS,
    case: { ...CASE_STATUS_LABELS, ...DECISION_LABELS },
    notice: NOTICE_TITLES,
    followup: FOLLOWUP_STATUS_LABELS,
    window: WINDOW_KIND_LABELS,
  };
  if (kind === 'complaint') return complaintCategoryLabel(detail);
  return tables[kind]?.[detail] ?? detail;
}
