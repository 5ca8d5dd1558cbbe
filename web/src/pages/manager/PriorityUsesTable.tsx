/** Who used the priority lane (绿色通道) today and why, as DOMAIN's queue conventions ask to record. */
import { Table, Tag } from 'antd';
import type { PriorityUse } from '../../api/queue-types';
import { formatTime } from '../../lib/format';
import { QUEUE_STATUS_LABELS } from '../../lib/labels';

const SOURCES: Record<string, string> = {
  asked: '自助机选择',
  id_age: '身份证号码（70周岁以上）',
};

export function PriorityUsesTable({
  uses,
  isLoading,
}: {
  uses: PriorityUse[];
  isLoading: boolean;
}) {
  return (
    <Table<PriorityUse>
      rowKey={(u) => `${u.ticket}-${u.at}`}
      size="small"
      loading={isLoading}
      dataSource={uses}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '今日暂无绿色通道记录' }}
      columns={[
        { title: '时间', dataIndex: 'at', render: formatTime, width: 110 },
        { title: '号码', dataIndex: 'ticket' },
        {
          title: '原因',
          dataIndex: 'reasonLabel',
          render: (v: string) => <Tag color="green">{v}</Tag>,
        },
        { title: '依据', dataIndex: 'source', render: (s: string) => SOURCES[s] ?? s },
        {
          title: '号码状态',
          dataIndex: 'status',
          render: (s: string) => QUEUE_STATUS_LABELS[s as keyof typeof QUEUE_STATUS_LABELS] ?? s,
        },
      ]}
    />
  );
}
