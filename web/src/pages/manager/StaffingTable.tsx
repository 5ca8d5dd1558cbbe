/** The staffing plan hour by hour: what came, what Erlang C recommends, what today's windows give. */
import { Table, Tag, Tooltip } from 'antd';
import type { StaffingHour, StaffingPlan } from '../../api/types';
import { formatMinutes, formatShare, STATUS_LABELS } from './staffing-format';

export function StaffingTable({ plan }: { plan: StaffingPlan }) {
  return (
    <Table<StaffingHour>
      data-testid="staffing-table"
      rowKey="hour"
      size="small"
      pagination={false}
      dataSource={plan.hours}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '时段', dataIndex: 'label', width: 120 },
        { title: '到达/小时', dataIndex: 'arrivalsPerHour', align: 'right' },
        {
          title: '平均办理',
          dataIndex: 'meanServiceMinutes',
          align: 'right',
          render: (m: number) => formatMinutes(m),
        },
        {
          title: '建议窗口数',
          dataIndex: 'recommendedWindows',
          align: 'right',
          render: (n: number | null, h) =>
            n === null ? (
              <Tag color="red">超过 {plan.maxWindows} 个</Tag>
            ) : (
              <Tooltip
                title={`开 ${n} 个窗口：平均等候 ${formatMinutes(h.recommendedMeanWaitMinutes)}，${formatShare(h.recommendedShareWithinTarget)} 在 ${plan.targetMinutes} 分钟内`}
              >
                <strong>{n}</strong>
              </Tooltip>
            ),
        },
        {
          title: '当前窗口数',
          dataIndex: 'currentWindows',
          align: 'right',
          render: (n: number, h) => (
            <span
              style={{
                color:
                  h.recommendedWindows !== null && n < h.recommendedWindows ? '#cf1322' : undefined,
              }}
            >
              {n}
            </span>
          ),
        },
        {
          title: '预计平均等候',
          dataIndex: 'predictedMeanWaitMinutes',
          align: 'right',
          render: (m: number | null, h) =>
            h.status === 'overloaded' ? (
              <Tag color="red">{h.note ?? STATUS_LABELS.overloaded.text}</Tag>
            ) : (
              formatMinutes(m)
            ),
        },
        {
          title: `达标比例（≤${plan.targetMinutes}分钟）`,
          dataIndex: 'predictedShareWithinTarget',
          align: 'right',
          render: (share: number | null, h) => (
            <Tag color={STATUS_LABELS[h.status].color}>
              {h.status === 'overloaded' ? '—' : formatShare(share)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
