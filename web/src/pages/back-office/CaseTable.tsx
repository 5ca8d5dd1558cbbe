/** The department's open cases, the nearest deadline first. */
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Case } from '../../api/types';
import { WarningTag } from '../../components/WarningTag';
import { formatDate } from '../../lib/format';

interface CaseTableProps {
  cases: Case[];
  isLoading: boolean;
  onOpen: (c: Case) => void;
}

const byDeadline = (a: Case, b: Case) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');

export function CaseTable({ cases, isLoading, onOpen }: CaseTableProps) {
  const columns: ColumnsType<Case> = [
    {
      title: '受理编号',
      dataIndex: 'number',
      render: (number: string, c) => (
        <a onClick={() => onOpen(c)} role="button" data-testid="case-row-number">
          {number}
        </a>
      ),
    },
    { title: '事项', dataIndex: 'itemName' },
    {
      title: '申请人',
      key: 'applicant',
      render: (_, c) => (
        <span>
          {c.applicant.name}
          <br />
          <small style={{ color: '#888' }}>{c.applicant.idNumber}</small>
        </span>
      ),
    },
    { title: '受理日期', dataIndex: 'acceptedOn', render: formatDate },
    { title: '办结期限', dataIndex: 'deadline', render: formatDate, sorter: byDeadline, defaultSortOrder: 'ascend' },
    {
      title: '剩余工作日',
      dataIndex: 'workingDaysLeft',
      align: 'right',
      render: (days: number | null) => (days === null ? '—' : days),
    },
    { title: '预警', dataIndex: 'warning', render: (w: Case['warning']) => <WarningTag warning={w} /> },
    {
      title: '状态',
      dataIndex: 'statusLabel',
      render: (label: string, c) => <Tag color={c.status === 'paused' ? 'orange' : 'blue'}>{label}</Tag>,
    },
  ];

  return (
    <Table<Case>
      rowKey="id"
      loading={isLoading}
      columns={columns}
      dataSource={[...cases].sort(byDeadline)}
      onRow={(c) => ({ onClick: () => onOpen(c), style: { cursor: 'pointer' } })}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      locale={{ emptyText: '暂无在办件' }}
    />
  );
}
