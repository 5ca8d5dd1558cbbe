/** 后台办理: the department's committed cases in progress, nearest deadline first. */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../lib/feedback';
import { useLoad } from '../../lib/use-load';
import { CaseDrawer } from './CaseDrawer';
import { CaseTable } from './CaseTable';

export default function BackOfficePage() {
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
