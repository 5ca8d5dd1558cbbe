/**
 * 差评整改 (centre manager): every bad rating is followed up — assigned, the resident contacted,
 * the cause and the fix recorded — within its due dates; ratings given in error are appealed.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { FollowupStatus } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useUser } from '../../lib/session';
import { useLoad } from '../../lib/use-load';
import { AppealsPanel } from './AppealsPanel';
import { FollowupDrawer } from './FollowupDrawer';
import { FollowupsTable } from './FollowupsTable';
import { useStaffChoices } from './known-staff';
import { StaffRecordDrawer } from './StaffRecordDrawer';

type Filter = 'pending' | 'overdue' | FollowupStatus | 'all';

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'pending', label: '未办结' },
  { value: 'overdue', label: '已超期' },
  { value: 'closed', label: '已办结' },
  { value: 'annulled', label: '误评已撤销' },
  { value: 'all', label: '全部' },
];

function queryOf(filter: Filter) {
  if (filter === 'all') return {};
  if (filter === 'overdue') return { overdue: true };
  return { status: filter };
}

export default function FollowupsPage() {
  const user = useUser();
  const [filter, setFilter] = useState<Filter>('pending');
  const list = useLoad(() => api.followups(queryOf(filter)), [filter]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const followups = list.data?.followups ?? [];
  const staff = useStaffChoices(
    user,
    followups.flatMap((f) => [
      { id: f.clerkId, name: f.clerkName },
      { id: f.assigneeId, name: f.assigneeName },
    ]),
  );
  const overdue = followups.filter((f) => f.isContactOverdue || f.isCloseOverdue).length;

  const worklist = (
    <Card
      size="small"
      title={
        <Space>
          差评整改
          {overdue > 0 && <Tag color="red">超期 {overdue}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Segmented<Filter> value={filter} onChange={setFilter} options={FILTERS} />
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void list.reload()}>
            刷新
          </Button>
        </Space>
      }
    >
      {list.error != null && (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
      )}
      <FollowupsTable
        followups={followups}
        isLoading={list.isLoading}
        staff={staff}
        onOpen={setOpenId}
        onOpenStaff={setStaffId}
        onChanged={list.reload}
      />
    </Card>
  );

  return (
    <>
      <Tabs
        items={[
          { key: 'followups', label: '差评整改', children: worklist },
          {
            key: 'appeals',
            label: '误评申诉',
            children: (
              <AppealsPanel onOpenStaff={setStaffId} onDecided={() => void list.reload()} />
            ),
          },
        ]}
      />
      <FollowupDrawer ratingId={openId} onClose={() => setOpenId(null)} />
      <StaffRecordDrawer userId={staffId} onClose={() => setStaffId(null)} />
    </>
  );
}
