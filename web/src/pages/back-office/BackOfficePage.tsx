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

/** `reloadKey` changes each time the tab is shown again: a case worked on the other tab moved. */
function OpenCases({ reloadKey }: { reloadKey: number }) {
  const cases = useLoad(() => api.cases('department', 'open'), [reloadKey]);
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

type TabKey = 'cases' | 'deadlines';

export default function BackOfficePage() {
  const user = useUser();
  // A tab stays mounted while hidden; showing it again reloads what the other tab may have changed
  // (a pause, an extension asked for, a decision).
  const [shown, setShown] = useState<Record<TabKey, number>>({ cases: 0, deadlines: 0 });
  return (
    <Tabs
      onChange={(key) => setShown((s) => ({ ...s, [key]: s[key as TabKey] + 1 }))}
      items={[
        { key: 'cases', label: '在办件', children: <OpenCases reloadKey={shown.cases} /> },
        {
          key: 'deadlines',
          label: '办件时限',
          children: <DeadlinesView user={user} reloadKey={shown.deadlines} />,
        },
      ]}
    />
  );
}
