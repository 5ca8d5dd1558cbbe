/** Chinese names of the API's enumerations, as the console shows them. */
import type {
  CaseStatus,
  DeadlineWarning,
  IdType,
  MaterialForm,
  NoticeKind,
  Role,
  Sex,
  WindowKind,
} from '../api/types';
import type { PriorityReason, QueueTicketStatus } from '../api/queue-types';

// The server's own wording, shared rather than written twice (src/core is free of I/O).
import { CASE_STATUS_LABELS } from '../../../src/core/cases/case-state';
import { ID_TYPE_LABELS } from '../../../src/core/identity/id-types';
import { TICKET_STATUS_LABELS } from '../../../src/core/queue/ticket-state';
import { PRIORITY_REASONS } from '../../../src/core/queue/priority';

export { CASE_STATUS_LABELS, ID_TYPE_LABELS, TICKET_STATUS_LABELS };

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '前台受理员',
  officer: '后台办理员',
  manager: '中心主任',
  admin: '系统管理员',
  district: '区级管理',
  city: '市级管理',
};

/** The page each role lands on after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  clerk: '/window',
  officer: '/back-office',
  manager: '/manager',
  admin: '/admin',
  district: '/supervision',
  city: '/supervision',
};

/** The signed-in pages and the roles that may open them (App.tsx guards them the same way). */
export const PAGE_ROLES: Record<string, Role[]> = {
  '/window': ['clerk'],
  '/reply': ['clerk'],
  '/back-office': ['officer'],
  '/manager': ['manager'],
  '/manager/hall': ['manager'],
  '/manager/indicators': ['manager'],
  '/manager/deadlines': ['manager'],
  '/manager/followups': ['manager'],
  '/manager/complaints': ['manager'],
  '/handoffs': ['clerk', 'manager'],
  '/supervision': ['district', 'city'],
  '/admin': ['admin'],
};

export const ID_TYPES = Object.keys(ID_TYPE_LABELS) as IdType[];

export const SEX_LABELS: Record<Sex, string> = { male: '男', female: '女' };

export const MATERIAL_FORM_LABELS: Record<MaterialForm, string> = {
  original: '原件',
  copy: '复印件',
  electronic: '电子件',
};

/** The form of a material; unknown values are shown as sent. */
export function materialFormLabel(form: string): string {
  return MATERIAL_FORM_LABELS[form as MaterialForm] ?? form;
}

/** The same, with a held ticket (暂停) as the queue routes send it. */
export const QUEUE_STATUS_LABELS: Record<QueueTicketStatus, string> = {
  ...TICKET_STATUS_LABELS,
  held: '暂停等候',
};

/** The priority lane's reasons (绿色通道), in the order the kiosk lists them. */
export const PRIORITY_REASON_LABELS: Record<PriorityReason, string> = PRIORITY_REASONS;

/** The label of a priority reason sent as a plain string; unknown values are shown as sent. */
export function priorityLabel(reason: string | null | undefined): string | null {
  if (!reason) return null;
  return PRIORITY_REASON_LABELS[reason as PriorityReason] ?? reason;
}

/** "3号窗口", or "3号窗口 · 老年综合窗口" when the name says more than the number. */
export function windowLabel(w: { number: number | string; name: string }): string {
  const numbered = `${w.number}号窗口`;
  return w.name === numbered || w.name.startsWith(`${w.number}号`)
    ? w.name
    : `${numbered} · ${w.name}`;
}

export const WINDOW_KIND_LABELS: Record<WindowKind, string> = {
  comprehensive: '综合窗口',
  specialised: '专业窗口',
  reply: '回复窗口',
  cashier: '收付窗口',
};

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  acceptance: '受理回执',
  one_time: '一次性告知书',
  refusal: '不予受理通知书',
  supplement: '补正材料通知书',
  decision: '办理结果通知书',
  pause: '特别程序告知书',
  extension: '延长办理期限告知书',
  handoff: '收件转送告知书',
};

export const WARNING_LABELS: Record<DeadlineWarning, { text: string; color: string }> = {
  none: { text: '正常', color: 'green' },
  amber: { text: '临近', color: 'gold' },
  red: { text: '超期', color: 'red' },
};

export const DECISION_LABELS: Record<string, string> = {
  approved: '准予',
  denied: '不予批准',
};

/** The promised limit as a guide states it. */
export function promisedLimitText(kind: 'immediate' | 'committed', promisedDays: number): string {
  return kind === 'immediate' || promisedDays === 0
    ? '当场办结'
    : `自受理之日起${promisedDays}个工作日`;
}

const CASE_EVENT_LABELS: Record<string, string> = {
  accepted: '受理',
  accept: '受理',
  finish: '当场办结',
  request_supplement: '要求补正',
  receive_supplement: '补正材料已收到',
  approve: '准予',
  deny: '不予批准',
  collect: '结果已领取',
  note_supplement: '补正材料已收到（其他程序仍在暂停中）',
  pause: '暂停计时',
  end_pause: '结束暂停，恢复计时',
  request_extension: '申请延期',
  approve_extension: '批准延期',
  refuse_extension: '不予延期',
  change_limit: '调整承诺时限',
  collection_reminder: '提醒领取',
};

/** The Chinese name of a case event; unknown kinds are shown as sent. */
export function caseEventLabel(kind: string): string {
  return CASE_EVENT_LABELS[kind] ?? kind;
}

/** The Chinese name of a case status sent as a plain string. */
export function caseStatusLabel(status: string | null | undefined): string {
  if (!status) return '—';
  return CASE_STATUS_LABELS[status as CaseStatus] ?? status;
}
