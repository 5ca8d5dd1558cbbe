/**
 * 工作人员服务档案: a staff member's services, ratings (by level, good and bad rates), bad-rating
 * follow-ups, upheld appeals and complaints over a range (the month so far at first).
 */
import { Alert, Descriptions, Drawer, Progress, Space, Spin, Table, Tag, Typography } from 'antd';
import { complaintsApi } from '../../api/complaints-client';
import type { Complaint, Followup } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatPercent } from '../../lib/indicator-format';
import { FOLLOWUP_STATUS_LABELS } from '../../lib/supervision-labels';
import { useLoad } from '../../lib/use-load';
import { RangeFilter } from '../indicators/RangeFilter';
import type { DayRange } from '../indicators/range';
import { useDayRange } from '../indicators/use-day-range';

const LEVELS = ['5', '4', '3', '2', '1'] as const;
const LEVEL_NAMES: Record<(typeof LEVELS)[number], string> = {
  '5': '非常满意',
  '4': '满意',
  '3': '基本满意',
  '2': '不满意',
  '1': '非常不满意',
};

function RecordBody({ userId, range }: { userId: string; range: DayRange | null }) {
  const record = useLoad(() => complaintsApi.staffRecord(userId, range ?? {}), [userId, range]);
  const r = record.data;
  if (record.error != null) return <Alert type="error" showIcon title={errorText(record.error)} />;
  if (!r) return <Spin />;
  const total = r.ratings.total;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={2}
        title={`${r.staff.name} · ${r.staff.roleLabel}`}
      >
        <Descriptions.Item label="统计期">
          {formatDate(r.from)} 至 {formatDate(r.to)}
        </Descriptions.Item>
        <Descriptions.Item label="服务次数">
          {r.services.total}（窗口 {r.services.counter}，领取 {r.services.collection}）
        </Descriptions.Item>
        <Descriptions.Item label="评价数">{total}</Descriptions.Item>
        <Descriptions.Item label="参评率">{formatPercent(r.ratings.ratedRate)}</Descriptions.Item>
        <Descriptions.Item label="好评率">{formatPercent(r.ratings.goodRate)}</Descriptions.Item>
        <Descriptions.Item label="差评率">{formatPercent(r.ratings.badRate)}</Descriptions.Item>
        <Descriptions.Item label="撤销的误评">{r.ratings.annulled}</Descriptions.Item>
        <Descriptions.Item label="投诉">{r.complaints.length}</Descriptions.Item>
      </Descriptions>
      <div aria-label="评价分布">
        {LEVELS.map((level) => {
          const n = r.ratings.byLevel[level];
          return (
            <div key={level} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
              <span style={{ width: 80 }}>{LEVEL_NAMES[level]}</span>
              <Progress
                percent={total ? Math.round((n / total) * 1000) / 10 : 0}
                status="normal"
                format={() => `${n}条`}
                strokeColor={
                  Number(level) <= 2 ? '#cf1322' : Number(level) >= 4 ? '#389e0d' : '#faad14'
                }
                style={{ flex: 1, margin: 0 }}
              />
            </div>
          );
        })}
      </div>
      <Typography.Title level={5}>差评及整改</Typography.Title>
      <Table<Followup>
        size="small"
        rowKey="ratingId"
        pagination={false}
        dataSource={r.badRatings}
        locale={{ emptyText: '无差评' }}
        columns={[
          { title: '时间', dataIndex: 'ratedAt', render: formatDateTime },
          { title: '评价', dataIndex: 'levelLabel' },
          { title: '意见', dataIndex: 'comment', render: (v: string) => v || '（未填写）' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: Followup['status']) => <Tag>{FOLLOWUP_STATUS_LABELS[s]}</Tag>,
          },
        ]}
      />
      <Typography.Title level={5}>申诉成立（已撤销）的评价</Typography.Title>
      <Table
        size="small"
        rowKey="appealId"
        pagination={false}
        dataSource={r.upheldAppeals}
        locale={{ emptyText: '无' }}
        columns={[
          { title: '评价日期', dataIndex: 'ratedOn', render: formatDate },
          { title: '等级', dataIndex: 'level', render: (l: number) => `${l}级` },
          { title: '申诉理由', dataIndex: 'reason' },
          {
            title: '审核意见',
            dataIndex: 'decisionReason',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
      <Typography.Title level={5}>投诉</Typography.Title>
      <Table<Complaint>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.complaints}
        locale={{ emptyText: '无投诉' }}
        columns={[
          { title: '编号', dataIndex: 'number' },
          { title: '收到日期', dataIndex: 'receivedOn', render: formatDate },
          { title: '类别', dataIndex: 'categoryLabel' },
          { title: '状态', dataIndex: 'statusLabel' },
        ]}
      />
    </Space>
  );
}

export function StaffRecordDrawer({
  userId,
  onClose,
}: {
  userId: string | null;
  onClose: () => void;
}) {
  const { range, today, setRange } = useDayRange();
  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      size={820}
      title="工作人员服务档案"
      extra={<RangeFilter value={range} today={today} onChange={setRange} />}
    >
      {userId && <RecordBody userId={userId} range={range} />}
    </Drawer>
  );
}
