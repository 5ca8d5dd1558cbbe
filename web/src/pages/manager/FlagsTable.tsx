/** Bad ratings (1–2) whose follow-up (差评整改) is not closed, with their due dates. */
import { Space, Table, Tag } from 'antd';
import type { Followup, FollowupStatus } from '../../api/types';
import { formatDateTime } from '../../lib/format';

const STATUS_LABELS: Record<FollowupStatus, string> = {
  open: '待联系',
  contacted: '整改中',
  closed: '已办结',
  appealed: '申诉中',
  annulled: '误评已撤销',
};

function dueTag(f: Followup) {
  if (f.isContactOverdue) return <Tag color="red">联系超期（{f.contactDue}）</Tag>;
  if (f.isCloseOverdue) return <Tag color="red">办结超期（{f.closeDue}）</Tag>;
  return f.contactedAt ? `办结期限 ${f.closeDue}` : `联系期限 ${f.contactDue}`;
}

export function FlagsTable({
  followups,
  isLoading,
}: {
  followups: Followup[];
  isLoading: boolean;
}) {
  return (
    <Table<Followup>
      rowKey="ratingId"
      size="small"
      loading={isLoading}
      dataSource={followups}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无待处理差评' }}
      columns={[
        { title: '时间', dataIndex: 'ratedAt', render: formatDateTime, width: 150 },
        {
          title: '评价',
          dataIndex: 'levelLabel',
          render: (label: string) => <Tag color="red">{label}</Tag>,
        },
        { title: '窗口', dataIndex: 'windowName' },
        { title: '工作人员', dataIndex: 'clerkName' },
        {
          title: '号码/办件',
          render: (_: unknown, f) => f.caseNumber ?? f.ticketNumber ?? '—',
        },
        { title: '意见', dataIndex: 'comment', render: (v: string) => v || '（未填写）' },
        {
          title: '状态',
          render: (_: unknown, f) => (
            <Space size={4} wrap>
              <Tag color="orange">{STATUS_LABELS[f.status]}</Tag>
              {dueTag(f)}
              {f.appeal?.status === 'pending' && <Tag>申诉待审</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}
