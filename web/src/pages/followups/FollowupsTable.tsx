/** Bad ratings and their follow-ups, with due dates (overdue in red) and the steps to take. */
import { Space, Table, Tag } from 'antd';
import type { Followup } from '../../api/types';
import { formatDate, formatDateTime } from '../../lib/format';
import { FOLLOWUP_STATUS_LABELS } from '../../lib/supervision-labels';
import { FollowupActions } from './FollowupActions';
import type { StaffChoice } from './known-staff';

interface FollowupsTableProps {
  followups: Followup[];
  isLoading: boolean;
  staff: StaffChoice[];
  onOpen: (ratingId: string) => void;
  onOpenStaff: (userId: string) => void;
  onChanged: () => Promise<void>;
}

function Due({
  date,
  isOverdue,
  wasLate,
  isDone,
}: {
  date: string;
  isOverdue: boolean;
  wasLate: boolean;
  isDone: boolean;
}) {
  if (isOverdue) return <Tag color="red">{formatDate(date)} 已超期</Tag>;
  if (wasLate) return <Tag color="orange">{formatDate(date)} 逾期完成</Tag>;
  return <span style={{ color: isDone ? '#389e0d' : undefined }}>{formatDate(date)}</span>;
}

export function FollowupsTable(props: FollowupsTableProps) {
  const { followups, isLoading, staff, onOpen, onOpenStaff, onChanged } = props;
  return (
    <Table<Followup>
      rowKey="ratingId"
      size="small"
      loading={isLoading}
      dataSource={followups}
      pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无差评整改' }}
      scroll={{ x: 1200 }}
      columns={[
        {
          title: '评价时间',
          dataIndex: 'ratedAt',
          width: 140,
          render: (at: string, f) => (
            <a role="button" onClick={() => onOpen(f.ratingId)}>
              {formatDateTime(at)}
            </a>
          ),
        },
        {
          title: '评价',
          dataIndex: 'levelLabel',
          render: (l: string) => <Tag color="red">{l}</Tag>,
        },
        { title: '窗口', dataIndex: 'windowName' },
        {
          title: '工作人员',
          dataIndex: 'clerkName',
          render: (name: string, f) => (
            <a
              role="button"
              onClick={() => onOpenStaff(f.clerkId)}
              aria-label={`${name}的服务档案`}
            >
              {name}
            </a>
          ),
        },
        { title: '办件/号码', key: 'ref', render: (_, f) => f.caseNumber ?? f.ticketNumber ?? '—' },
        {
          title: '意见',
          dataIndex: 'comment',
          ellipsis: true,
          render: (v: string) => v || '（未填写）',
        },
        { title: '责任人', dataIndex: 'assigneeName', render: (v: string | null) => v ?? '未指派' },
        {
          title: '联系期限',
          key: 'contactDue',
          render: (_, f) => (
            <Due
              date={f.contactDue}
              isOverdue={f.isContactOverdue}
              wasLate={f.wasContactedLate}
              isDone={f.contactedAt !== null}
            />
          ),
        },
        {
          title: '办结期限',
          key: 'closeDue',
          render: (_, f) => (
            <Due
              date={f.closeDue}
              isOverdue={f.isCloseOverdue}
              wasLate={f.wasClosedLate}
              isDone={f.closedAt !== null}
            />
          ),
        },
        {
          title: '状态',
          key: 'status',
          render: (_, f) => (
            <Space size={4} wrap>
              <Tag
                color={
                  f.status === 'closed' ? 'green' : f.status === 'annulled' ? 'default' : 'orange'
                }
              >
                {FOLLOWUP_STATUS_LABELS[f.status]}
              </Tag>
              {f.appeal?.status === 'pending' && <Tag>申诉待审</Tag>}
            </Space>
          ),
        },
        {
          title: '操作',
          key: 'actions',
          fixed: 'right',
          render: (_, f) => <FollowupActions followup={f} staff={staff} onDone={onChanged} />,
        },
      ]}
    />
  );
}
