/** Bad ratings (1–2) that still wait for follow-up (差评整改). */
import { Table, Tag } from 'antd';
import type { RatingFlag } from '../../api/types';
import { formatDateTime } from '../../lib/format';

const LEVEL_LABELS: Record<number, string> = { 1: '非常不满意', 2: '不满意' };

const STATUS_LABELS: Record<string, string> = {
  open: '待整改',
  in_progress: '整改中',
  resolved: '已整改',
  closed: '已办结',
};

export function FlagsTable({ flags, isLoading }: { flags: RatingFlag[]; isLoading: boolean }) {
  return (
    <Table<RatingFlag>
      rowKey="ratingId"
      size="small"
      loading={isLoading}
      dataSource={flags}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无待处理差评' }}
      columns={[
        { title: '时间', dataIndex: 'createdAt', render: formatDateTime, width: 150 },
        {
          title: '评价',
          dataIndex: 'level',
          render: (level: number) => <Tag color="red">{LEVEL_LABELS[level] ?? level}</Tag>,
        },
        { title: '窗口', dataIndex: 'windowName', render: (v: string | null) => v ?? '—' },
        { title: '工作人员', dataIndex: 'clerkName', render: (v: string | null) => v ?? '—' },
        { title: '号码', dataIndex: 'ticketNumber', render: (v: string | null) => v ?? '—' },
        { title: '意见', dataIndex: 'comment', render: (v: string | null) => v || '（未填写）' },
        {
          title: '状态',
          dataIndex: 'status',
          render: (s: string) => <Tag color="orange">{STATUS_LABELS[s] ?? s}</Tag>,
        },
      ]}
    />
  );
}
