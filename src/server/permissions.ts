/** Who may do what. One table, read by every route through `requirePermission`. */
export type Role = 'clerk' | 'officer' | 'manager' | 'admin';

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '前台受理员',
  officer: '后台办理员',
  manager: '中心主任/值班长',
  admin: '系统管理员',
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
  | 'window.manage';

const GRANTS: Record<Role, readonly Permission[]> = {
  clerk: ['window.operate', 'case.intake', 'case.collect', 'applicant.read_full'],
  officer: ['case.process', 'applicant.read_full'],
  manager: ['case.read_all', 'dashboard.read', 'rating.read', 'applicant.read_full', 'window.manage'],
  admin: ['calendar.edit', 'catalogue.edit', 'dashboard.read', 'case.read_all'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
