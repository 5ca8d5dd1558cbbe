/**
 * 投诉处理 (centre manager): complaints from the desk, the phone and the web, each answered within
 * its due date; the staff record opens from the name of the staff member concerned.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { ComplaintStatus } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useUser } from '../../lib/session';
import { useLoad } from '../../lib/use-load';
import { useStaffChoices } from '../followups/known-staff';
import { StaffRecordDrawer } from '../followups/StaffRecordDrawer';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintsTable } from './ComplaintsTable';
import { RecordComplaintButton } from './RecordComplaintButton';

type Filter = ComplaintStatus | 'all';

export default function ComplaintsPage() {
  const user = useUser();
  const [status, setStatus] = useState<Filter>('all');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const list = useLoad(
    () =>
      complaintsApi.complaints({
        status: status === 'all' ? undefined : status,
        overdue: onlyOverdue || undefined,
      }),
    [status, onlyOverdue],
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const complaints = list.data?.complaints ?? [];
  const staff = useStaffChoices(
    user,
    complaints.flatMap((c) => [
      { id: c.staffId, name: c.staffName },
      { id: c.assigneeId, name: c.assigneeName },
    ]),
  );
  const overdue = complaints.filter((c) => c.isOverdue).length;

  return (
    <Card
      title={
        <Space>
          投诉处理
          {overdue > 0 && <Tag color="red">超期未答复 {overdue}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Segmented<Filter>
            value={status}
            onChange={setStatus}
            options={[
              { value: 'all', label: '全部' },
              { value: 'open', label: '待处理' },
              { value: 'assigned', label: '处理中' },
              { value: 'answered', label: '已答复' },
              { value: 'closed', label: '已办结' },
            ]}
          />
          <Space size={4}>
            <Switch checked={onlyOverdue} onChange={setOnlyOverdue} aria-label="只看超期未答复" />
            只看超期
          </Space>
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void list.reload()}>
            刷新
          </Button>
          <RecordComplaintButton
            type="primary"
            staff={staff}
            onRecorded={() => void list.reload()}
          />
        </Space>
      }
    >
      {list.error != null && (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
      )}
      <ComplaintsTable
        complaints={complaints}
        isLoading={list.isLoading}
        onOpen={setOpenId}
        onOpenStaff={setStaffId}
      />
      <ComplaintDrawer
        complaintId={openId}
        staff={staff}
        onClose={() => setOpenId(null)}
        onChanged={list.reload}
      />
      <StaffRecordDrawer userId={staffId} onClose={() => setStaffId(null)} />
    </Card>
  );
}
