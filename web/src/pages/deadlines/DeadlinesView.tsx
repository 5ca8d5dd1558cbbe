/**
 * 办件时限: the open committed cases by their deadline — an officer's own, a department head's
 * departments, or the whole centre for the manager — with amber and red warnings, the daily
 * digest, and the requests for more days.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { timeLimitsApi } from '../../api/time-limits-client';
import type { CentreUser, DeadlineView } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useLoad } from '../../lib/use-load';
import { CaseDrawer } from '../back-office/CaseDrawer';
import { DeadlineTable } from './DeadlineTable';
import { DigestCard } from './DigestCard';
import { ExtensionsPanel } from './ExtensionsPanel';

type WarningFilter = 'all' | 'amber' | 'red';

const VIEW_LABELS: Record<DeadlineView, string> = {
  mine: '我的办件',
  department: '本条线',
  centre: '全中心',
};

/** The views a user may open, the first being where they start. */
function viewsOf(user: CentreUser): DeadlineView[] {
  if (user.role === 'manager') return ['centre'];
  return user.isDepartmentHead ? ['department', 'mine'] : ['mine'];
}

interface DeadlinesViewProps {
  user: CentreUser;
  /** Changes when the view is shown again (a tab): cases may have moved elsewhere meanwhile. */
  reloadKey?: number;
}

export function DeadlinesView({ user, reloadKey = 0 }: DeadlinesViewProps) {
  const views = viewsOf(user);
  const isManager = user.role === 'manager';
  const [view, setView] = useState<DeadlineView>(views[0]!);
  const [warning, setWarning] = useState<WarningFilter>('all');
  const [department, setDepartment] = useState<string>();
  const [openId, setOpenId] = useState<string | null>(null);
  // Bumped after an action in the case drawer: a pause or an extension changes both lists.
  const [changes, setChanges] = useState(0);
  const list = useLoad(
    () => timeLimitsApi.deadlines({ view, warning, department }),
    [view, warning, department, reloadKey, changes],
  );
  const departments = useLoad(() => api.departments(), []);
  const rows = list.data?.cases ?? [];
  const own =
    departments.data?.departments.filter(
      (d) => isManager || user.departmentCodes.includes(d.code),
    ) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {(isManager || user.isDepartmentHead) && <DigestCard onOpen={setOpenId} />}
      <Card
        size="small"
        title="办件时限预警"
        extra={
          <Space wrap>
            {views.length > 1 && (
              <Segmented<DeadlineView>
                value={view}
                onChange={setView}
                options={views.map((v) => ({ value: v, label: VIEW_LABELS[v] }))}
              />
            )}
            <Segmented<WarningFilter>
              value={warning}
              onChange={setWarning}
              options={[
                { value: 'all', label: '全部' },
                { value: 'amber', label: '黄色预警' },
                { value: 'red', label: '红色预警' },
              ]}
            />
            {own.length > 1 && (
              <Select
                aria-label="部门"
                allowClear
                placeholder="全部部门"
                style={{ width: 160 }}
                value={department}
                onChange={setDepartment}
                options={own.map((d) => ({ value: d.code, label: d.name }))}
              />
            )}
            <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void list.reload()}>
              刷新
            </Button>
          </Space>
        }
      >
        {list.error != null && (
          <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
        )}
        <Space style={{ marginBottom: 12 }}>
          <Tag color="red">超期 {rows.filter((r) => r.warning === 'red').length}</Tag>
          <Tag color="gold">临近 {rows.filter((r) => r.warning === 'amber').length}</Tag>
          <Tag>共 {rows.length} 件</Tag>
        </Space>
        <DeadlineTable rows={rows} isLoading={list.isLoading} onOpen={setOpenId} />
      </Card>
      <ExtensionsPanel
        reloadKey={reloadKey + changes}
        canDecide={isManager}
        onOpenCase={setOpenId}
        onDecided={() => void list.reload()}
      />
      <CaseDrawer
        caseId={openId}
        onClose={() => setOpenId(null)}
        onChanged={() => {
          setChanges((n) => n + 1);
          return Promise.resolve();
        }}
        readOnly={isManager}
      />
    </Space>
  );
}
