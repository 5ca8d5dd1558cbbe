/** Sign-in for staff; afterwards each role lands on its own page. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../lib/feedback';
import type { Role } from '../../api/types';
import { PAGE_ROLES, ROLE_HOME } from '../../lib/labels';
import { useSession } from '../../lib/session';

interface Credentials {
  username: string;
  password: string;
}

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

/** Where to go after sign-in: the page asked for if this role may open it, else the role's home. */
function destination(next: string | null, role: Role): string {
  if (!next) return ROLE_HOME[role];
  const allowed = PAGE_ROLES[next.split(/[?#]/)[0] ?? ''];
  return allowed && !allowed.includes(role) ? ROLE_HOME[role] : next;
}

export default function LoginPage() {
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const next = safeNext(params.get('next'));

  if (user && !isSubmitting) return <Navigate to={destination(next, user.role)} replace />;

  const onFinish = async ({ username, password }: Credentials) => {
    setIsSubmitting(true);
    setError(null);
    try {
      const signedIn = await signIn(username.trim(), password);
      navigate(destination(next, signedIn.role), { replace: true });
    } catch (err) {
      setError(errorText(err));
      setIsSubmitting(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '64px 16px' }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          一门 · 工作人员登录
        </Typography.Title>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
