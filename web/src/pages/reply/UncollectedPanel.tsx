/**
 * 逾期未领取: results decided some working days ago and still at the reply window (行政许可法
 * art. 44 asks the certificate be issued within 10 days), with the reminders given so far.
 */
import { Alert, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { timeLimitsApi } from '../../api/time-limits-client';
import type { UncollectedRow } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { DECISION_LABELS } from '../../lib/labels';
import { reminderChannelLabel } from '../../lib/supervision-labels';
import { useLoad } from '../../lib/use-load';
import { ReminderModal } from './ReminderModal';

export function UncollectedPanel() {
  const { message, showError } = useFeedback();
  const list = useLoad(() => timeLimitsApi.uncollected(), []);
  const [target, setTarget] = useState<UncollectedRow | null>(null);

  const remind = async (
    row: UncollectedRow,
    body: Parameters<typeof timeLimitsApi.recordReminder>[1],
  ) => {
    try {
      await timeLimitsApi.recordReminder(row.caseId, body);
    } catch (err) {
      showError(err, '提醒记录未保存');
      return;
    }
    message.success(`已记录对 ${row.number} 的提醒`);
    setTarget(null);
    await list.reload();
  };

  return (
    <>
      {list.data && (
        <Typography.Paragraph type="secondary">
          办结后超过 {list.data.uncollectedDays} 个工作日仍未领取的结果。
        </Typography.Paragraph>
      )}
      {list.error != null && (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<UncollectedRow>
        rowKey="caseId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.cases ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无逾期未领取的结果' }}
        columns={[
          { title: '受理编号', dataIndex: 'number' },
          { title: '事项', dataIndex: 'itemName' },
          {
            title: '申请人',
            key: 'applicant',
            render: (_, r) => `${r.applicant.name} ${r.applicant.phone}`,
          },
          {
            title: '决定',
            dataIndex: 'decision',
            render: (d: string | null) => (d ? (DECISION_LABELS[d] ?? d) : '—'),
          },
          { title: '决定日期', dataIndex: 'decidedOn', render: formatDate },
          { title: '已过工作日', dataIndex: 'workingDaysSinceDecision', align: 'right' },
          { title: '提醒次数', dataIndex: 'reminders', align: 'right' },
          {
            title: '最近提醒',
            key: 'last',
            render: (_, r) =>
              r.lastReminder
                ? `${formatDateTime(r.lastReminder.at)} ${reminderChannelLabel(r.lastReminder.channel)} ${r.lastReminder.actorName}${r.lastReminder.note ? `：${r.lastReminder.note}` : ''}`
                : '—',
          },
          {
            title: '操作',
            key: 'action',
            render: (_, r) => (
              <Button size="small" onClick={() => setTarget(r)}>
                记录提醒
              </Button>
            ),
          },
        ]}
      />
      <ReminderModal
        target={target}
        onClose={() => setTarget(null)}
        onSubmit={(body) => (target ? remind(target, body) : Promise.resolve())}
      />
    </>
  );
}
