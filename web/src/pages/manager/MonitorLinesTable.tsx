/** Waiting per line and the longest wait; a line past the centre's alert minutes is red. */
import { Table, Tag } from 'antd';
import type { MonitorLine } from '../../api/queue-types';

export function MonitorLinesTable({
  lines,
  isLoading,
  alertMinutes,
}: {
  lines: MonitorLine[];
  isLoading: boolean;
  alertMinutes: number | undefined;
}) {
  return (
    <Table<MonitorLine>
      rowKey="letter"
      size="small"
      loading={isLoading}
      dataSource={lines}
      pagination={false}
      rowClassName={(l) => (l.alert ? 'monitor-alert-row' : '')}
      columns={[
        { title: '业务线', render: (_, l) => `${l.letter} 类 · ${l.name}` },
        { title: '等候人数', dataIndex: 'waiting' },
        {
          title: '最长等候',
          dataIndex: 'longestWaitMinutes',
          render: (m: number | null, l) =>
            m === null ? (
              '—'
            ) : (
              <span>
                {Math.round(m)} 分钟{' '}
                {l.alert && <Tag color="red">超过{alertMinutes ?? ''}分钟</Tag>}
              </span>
            ),
        },
      ]}
    />
  );
}
