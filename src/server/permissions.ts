/** Who may do what. One table, read by every route through `requirePermission`. */
export type Role = 'clerk' | 'officer' | 'manager' | 'admin' | 'district' | 'city';

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '前台受理员',
  officer: '后台办理员',
  manager: '中心主任/值班长',
  admin: '系统管理员',
  district: '区级管理',
  city: '市级管理',
};

export type Permission =
  | 'window.operate'
  | 'case.intake'
  | 'case.read_all'
  | 'case.process'
  | 'case.collect'
  | 'dashboard.read'
  | 'rating.read'
  | 'calendar.edit'
  | 'catalogue.edit'
  | 'applicant.read_full'
  | 'window.manage'
  /** Indicators, dashboards and exports: of one's centre, or of the district or city overseen. */
  | 'indicators.read'
  /** Approve or refuse extensions; see every deadline list of the centre. */
  | 'deadline.manage'
  /** Work bad-rating follow-ups and complaints; decide rating appeals. */
  | 'followup.manage'
  /** Record a complaint received at the desk or by phone. */
  | 'complaint.record'
  /** Import report batches uploaded by centres (district and city offices). */
  | 'report.import'
  /** Export the centre's report batch for its district office (数据上传). */
  | 'report.export';

const GRANTS: Record<Role, readonly Permission[]> = {
  clerk: ['window.operate', 'case.intake', 'case.collect', 'applicant.read_full', 'complaint.record'],
  officer: ['case.process', 'applicant.read_full'],
  manager: [
    'case.read_all',
    'dashboard.read',
    'rating.read',
    'applicant.read_full',
    'window.manage',
    'indicators.read',
    'deadline.manage',
    'followup.manage',
    'complaint.record',
    'report.export',
  ],
  admin: ['calendar.edit', 'catalogue.edit', 'dashboard.read', 'case.read_all', 'indicators.read'],
  district: ['indicators.read', 'report.import'],
  city: ['indicators.read', 'report.import'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
