/** One direction's hand-offs: number, item, applicant (masked), the other centre, limit and status. */
import { Space, Table, Tag, Typography } from 'antd';
import type { Handoff, HandoffDirection } from '../../api/types';
import { formatDate } from '../../lib/format';
import { HandoffActions } from './HandoffActions';
import { HANDOFF_STATUS_COLOURS } from './handoff-labels';

interface HandoffsTableProps {
  direction: HandoffDirection;
  handoffs: Handoff[];
  isLoading: boolean;
  canAct: boolean;
  onOpen: (handoffId: string) => void;
  onChanged: () => Promise<void>;
}

function ForwardDue({ handoff: h }: { handoff: Handoff }) {
  if (!h.isLate) return <span>{formatDate(h.forwardDue)}</span>;
  return (
    <Tag color="red" data-testid="handoff-late">
      {formatDate(h.forwardDue)} {h.forwardedAt ? '逾期转送' : '已逾期'}
    </Tag>
  );
}

export function HandoffsTable(props: HandoffsTableProps) {
  const { direction, handoffs, isLoading, canAct, onOpen, onChanged } = props;
  return (
    <Table<Handoff>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={handoffs}
      pagination={{ pageSize: 15, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: direction === 'outgoing' ? '暂无转出的转送件' : '暂无转入的转送件' }}
      columns={[
        {
          title: '转送件编号',
          dataIndex: 'number',
          render: (number: string, h) => (
            <a role="button" onClick={() => onOpen(h.id)}>
              {number}
            </a>
          ),
        },
        { title: '事项', dataIndex: 'itemName' },
        {
          title: '申请人',
          key: 'applicant',
          render: (_, h) => (
            <Space orientation="vertical" size={0}>
              <span>{h.applicant.name}</span>
              <Typography.Text type="secondary">{h.applicant.idNumber}</Typography.Text>
            </Space>
          ),
        },
        direction === 'outgoing'
          ? { title: '受理中心', key: 'centre', render: (_, h) => h.toCentre.name }
          : { title: '收件中心', key: 'centre', render: (_, h) => h.fromCentre.name },
        {
          title: '收件日期',
          dataIndex: 'receivedOn',
          render: (d: string) => formatDate(d),
        },
        {
          title: '转送期限',
          key: 'forwardDue',
          render: (_, h) => <ForwardDue handoff={h} />,
        },
        {
          title: '状态',
          key: 'status',
          render: (_, h) => (
            <Space orientation="vertical" size={0}>
              <Tag color={HANDOFF_STATUS_COLOURS[h.status]} data-testid="handoff-status">
                {h.statusLabel}
              </Tag>
              {h.returnReason && (
                <Typography.Text type="secondary">退回理由：{h.returnReason}</Typography.Text>
              )}
            </Space>
          ),
        },
        {
          title: '受理编号',
          key: 'case',
          render: (_, h) =>
            h.case ? (
              <Space orientation="vertical" size={0}>
                <span data-testid="handoff-case-number" style={{ whiteSpace: 'nowrap' }}>
                  {h.case.number}
                </span>
                <Typography.Text type="secondary">{h.case.statusLabel}</Typography.Text>
              </Space>
            ) : (
              '—'
            ),
        },
        ...(canAct
          ? [
              {
                title: '操作',
                key: 'actions',
                render: (_: unknown, h: Handoff) => (
                  <HandoffActions handoff={h} onDone={onChanged} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
