/** Complaints with their answer due date (overdue in red); the complainant masked. */
import { Table, Tag } from 'antd';
import type { Complaint } from '../../api/types';
import { formatDate } from '../../lib/format';
import { COMPLAINT_CHANNELS } from '../../lib/supervision-labels';

interface ComplaintsTableProps {
  complaints: Complaint[];
  isLoading: boolean;
  onOpen: (id: string) => void;
  onOpenStaff: (userId: string) => void;
}

const STATUS_COLOURS: Record<Complaint['status'], string> = {
  open: 'orange',
  assigned: 'blue',
  answered: 'cyan',
  closed: 'green',
};

export function ComplaintsTable({
  complaints,
  isLoading,
  onOpen,
  onOpenStaff,
}: ComplaintsTableProps) {
  return (
    <Table<Complaint>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={complaints}
      pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无投诉' }}
      columns={[
        {
          title: '编号',
          dataIndex: 'number',
          render: (n: string, c) => (
            <a role="button" onClick={() => onOpen(c.id)}>
              {n}
            </a>
          ),
        },
        { title: '收到日期', dataIndex: 'receivedOn', render: formatDate },
        {
          title: '渠道',
          dataIndex: 'channel',
          render: (ch: Complaint['channel']) => COMPLAINT_CHANNELS[ch],
        },
        { title: '类别', dataIndex: 'categoryLabel' },
        {
          title: '投诉人',
          key: 'who',
          render: (_, c) => `${c.complainant.name} ${c.complainant.phone}`,
        },
        { title: '内容', dataIndex: 'content', ellipsis: true },
        {
          title: '涉及人员',
          key: 'staff',
          render: (_, c) =>
            c.staffId && c.staffName ? (
              <a role="button" onClick={() => onOpenStaff(c.staffId!)}>
                {c.staffName}
              </a>
            ) : (
              '—'
            ),
        },
        { title: '承办人', dataIndex: 'assigneeName', render: (v: string | null) => v ?? '—' },
        {
          title: '答复期限',
          key: 'due',
          render: (_, c) =>
            c.isOverdue ? (
              <Tag color="red">{formatDate(c.answerDue)} 已超期</Tag>
            ) : c.wasAnsweredLate ? (
              <Tag color="orange">{formatDate(c.answerDue)} 逾期答复</Tag>
            ) : (
              formatDate(c.answerDue)
            ),
        },
        {
          title: '状态',
          dataIndex: 'statusLabel',
          render: (label: string, c) => <Tag color={STATUS_COLOURS[c.status]}>{label}</Tag>,
        },
      ]}
    />
  );
}
