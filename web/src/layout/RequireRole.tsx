/** Guards a console page: signed in, and with one of the page's roles. */
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { ROLE_HOME, ROLE_LABELS } from '../lib/labels';
import { useSession } from '../lib/session';
import { ConsoleLayout } from './ConsoleLayout';

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user, isLoading } = useSession();
  const location = useLocation();

  if (isLoading) {
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin size="large" description="正在核对登录状态…" />
      </div>
    );
  }
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!roles.includes(user.role)) {
    return (
      <ConsoleLayout>
        <Result
          status="403"
          title="无权访问"
          subTitle={`此页面供${roles.map((r) => ROLE_LABELS[r]).join('、')}使用，您当前的身份是${ROLE_LABELS[user.role]}。`}
          extra={
            <Link to={ROLE_HOME[user.role]}>
              <Button type="primary">返回我的工作台</Button>
            </Link>
          }
        />
      </ConsoleLayout>
    );
  }
  return <ConsoleLayout>{children}</ConsoleLayout>;
}
