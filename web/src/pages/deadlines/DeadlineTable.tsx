/** Open committed cases with their deadline, days left and warning (黄色 临近, 红色 超期). */
import { Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DeadlineRow } from '../../api/types';
import { WarningTag } from '../../components/WarningTag';
import { formatDate } from '../../lib/format';
import { pauseKindLabel } from '../../lib/supervision-labels';

interface DeadlineTableProps {
  rows: DeadlineRow[];
  isLoading: boolean;
  onOpen: (caseId: string) => void;
}

export function DeadlineTable({ rows, isLoading, onOpen }: DeadlineTableProps) {
  const columns: ColumnsType<DeadlineRow> = [
    {
      title: '受理编号',
      dataIndex: 'number',
      render: (n: string, r) => (
        <a role="button" onClick={() => onOpen(r.caseId)}>
          {n}
        </a>
      ),
    },
    { title: '事项', dataIndex: 'itemName' },
    { title: '部门', dataIndex: 'departmentName' },
    { title: '办理人', dataIndex: 'officerName', render: (v: string | null) => v ?? '未分配' },
    { title: '受理日期', dataIndex: 'acceptedOn', render: formatDate },
    {
      title: '办结期限',
      dataIndex: 'deadline',
      render: (d: string, r) => (
        <Space size={4}>
          {formatDate(d)}
          {r.provisional && (
            <Tooltip title="跨年节假日安排尚未录入，期限暂按常规工作日推算">
              <Tag>暂定</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: '剩余工作日',
      dataIndex: 'workingDaysLeft',
      align: 'right',
      sorter: (a, b) => a.workingDaysLeft - b.workingDaysLeft,
      defaultSortOrder: 'ascend',
    },
    {
      title: '预警',
      dataIndex: 'warning',
      render: (w: DeadlineRow['warning'], r) => (
        <Tooltip title={r.warningSince ? `自${formatDate(r.warningSince)}起` : undefined}>
          <span>
            <WarningTag warning={w} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: '计时',
      key: 'clock',
      render: (_, r) =>
        r.isPaused ? (
          <Tag color="orange">{pauseKindLabel(r.pauseKind)}暂停中</Tag>
        ) : (
          <Tag color="blue">计时中</Tag>
        ),
    },
    {
      title: '延期',
      key: 'extension',
      render: (_, r) => (
        <Space size={4}>
          {r.extensionDays > 0 ? `已延${r.extensionDays}日` : '—'}
          {r.hasPendingExtension && <Tag color="gold">待审批</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <Table<DeadlineRow>
      rowKey="caseId"
      size="small"
      loading={isLoading}
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无符合条件的在办件' }}
    />
  );
}
