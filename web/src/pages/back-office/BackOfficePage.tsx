/**
 * 后台办理: the department's committed cases in progress, nearest deadline first, and their time
 * limits (warnings, the digest for department heads, requests for more days).
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../lib/feedback';
import { useUser } from '../../lib/session';
import { useLoad } from '../../lib/use-load';
import { DeadlinesView } from '../deadlines/DeadlinesView';
import { CaseDrawer } from './CaseDrawer';
import { CaseTable } from './CaseTable';

function OpenCases() {
  const cases = useLoad(() => api.cases('department', 'open'), []);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = cases.data?.cases ?? [];
  const overdue = list.filter((c) => c.warning === 'red').length;
  const dueSoon = list.filter((c) => c.warning === 'amber').length;

  return (
    <Card
      title="后台办理 · 在办件"
      extra={
        <Space>
          <Tag color="red">超期 {overdue}</Tag>
          <Tag color="gold">临近 {dueSoon}</Tag>
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void cases.reload()}>
            刷新
          </Button>
        </Space>
      }
    >
      {cases.error != null && (
        <Alert type="error" showIcon title={errorText(cases.error)} style={{ marginBottom: 16 }} />
      )}
      <CaseTable cases={list} isLoading={cases.isLoading} onOpen={(c) => setOpenId(c.id)} />
      <CaseDrawer caseId={openId} onClose={() => setOpenId(null)} onChanged={cases.reload} />
    </Card>
  );
}

export default function BackOfficePage() {
  const user = useUser();
  return (
    <Tabs
      items={[
        { key: 'cases', label: '在办件', children: <OpenCases /> },
        { key: 'deadlines', label: '办件时限', children: <DeadlinesView user={user} /> },
      ]}
    />
  );
}
