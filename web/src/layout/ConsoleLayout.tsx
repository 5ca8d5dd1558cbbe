/** The frame of every signed-in page: centre, the user's name and role, the role's pages, sign-out. */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Role } from '../api/types';
import { useFeedback } from '../lib/feedback';
import { ROLE_LABELS } from '../lib/labels';
import { useSession } from '../lib/session';

const PAGES_BY_ROLE: Record<Role, { path: string; label: string }[]> = {
  clerk: [
    { path: '/window', label: '窗口受理' },
    { path: '/reply', label: '结果领取' },
    { path: '/handoffs', label: '收件转送' },
  ],
  officer: [{ path: '/back-office', label: '后台办理' }],
  manager: [
    { path: '/manager', label: '中心看板' },
    { path: '/manager/hall', label: '大厅监控' },
    { path: '/manager/indicators', label: '指标统计' },
    { path: '/manager/deadlines', label: '办件时限' },
    { path: '/manager/followups', label: '差评整改' },
    { path: '/manager/complaints', label: '投诉处理' },
    { path: '/handoffs', label: '收件转送' },
  ],
  admin: [{ path: '/admin', label: '系统管理' }],
  district: [{ path: '/supervision', label: '区级监管' }],
  city: [{ path: '/supervision', label: '市级监管' }],
};

export function ConsoleLayout({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const { showError } = useFeedback();
  const location = useLocation();
  const navigate = useNavigate();
  const pages = user ? PAGES_BY_ROLE[user.role] : [];

  const onSignOut = async () => {
    try {
      await signOut();
      navigate('/login');
    } catch (err) {
      showError(err, '退出登录失败');
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        className="no-print"
        style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 20, fontWeight: 700, whiteSpace: 'nowrap' }}>
          一门
        </Link>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', whiteSpace: 'nowrap' }}>
          {user?.centreName}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[location.pathname]}
          items={pages.map((p) => ({ key: p.path, label: <Link to={p.path}>{p.label}</Link> }))}
          style={{ flex: 1, minWidth: 0 }}
        />
        {user && (
          <Space size="middle">
            <Space size={4} style={{ color: '#fff' }} data-testid="current-user">
              <UserOutlined aria-hidden />
              <span>{user.name}</span>
              <Tag color="blue">{ROLE_LABELS[user.role]}</Tag>
            </Space>
            <Button icon={<LogoutOutlined aria-hidden />} onClick={() => void onSignOut()}>
              退出登录
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
    </Layout>
  );
}
