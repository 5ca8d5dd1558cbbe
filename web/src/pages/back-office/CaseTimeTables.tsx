/** A case's pauses (补正, 公示, 检测 …) and its requests for more days, as two small tables. */
import { Table, Tag, Typography } from 'antd';
import type { CaseExtensionEntry, CasePause } from '../../api/types';
import { formatDate, formatDateTime } from '../../lib/format';
import { EXTENSION_STATUS_LABELS, pauseKindLabel } from '../../lib/supervision-labels';

export function PausesTable({ pauses }: { pauses: CasePause[] }) {
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        暂停计时
      </Typography.Title>
      <Table<CasePause>
        size="small"
        rowKey={(p) => `${p.kind}-${p.startedOn}`}
        pagination={false}
        dataSource={pauses}
        locale={{ emptyText: '无暂停' }}
        columns={[
          {
            title: '程序',
            dataIndex: 'kind',
            render: (k: string) => <Tag>{pauseKindLabel(k)}</Tag>,
          },
          { title: '原因', dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
          { title: '开始', dataIndex: 'startedOn', render: formatDate },
          {
            title: '结束',
            dataIndex: 'endedOn',
            render: (d: string | null) => (d ? formatDate(d) : '进行中'),
          },
          {
            title: '预计工作日',
            dataIndex: 'expectedDays',
            render: (d: number | null | undefined) => d ?? '—',
          },
          {
            title: '实际暂停工作日',
            dataIndex: 'workingDays',
            render: (d: number | null) => d ?? '—',
          },
        ]}
      />
    </>
  );
}

export function ExtensionsTable({ extensions }: { extensions: CaseExtensionEntry[] }) {
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        延期申请
      </Typography.Title>
      <Table<CaseExtensionEntry>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={extensions}
        locale={{ emptyText: '无延期申请' }}
        columns={[
          { title: '申请时间', dataIndex: 'requestedAt', render: formatDateTime },
          { title: '延长工作日', dataIndex: 'days' },
          { title: '理由', dataIndex: 'reason' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: CaseExtensionEntry['status']) => (
              <Tag color={EXTENSION_STATUS_LABELS[s].color}>{EXTENSION_STATUS_LABELS[s].text}</Tag>
            ),
          },
          {
            title: '审批意见',
            dataIndex: 'decisionReason',
            render: (r: string | null) => r ?? '—',
          },
        ]}
      />
    </>
  );
}
