/**
 * 延期审批: requests for more working days. The manager approves or refuses each (the applicant is
 * told in writing); officers see those of their departments and how they were decided.
 */
import { Alert, Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { timeLimitsApi } from '../../api/time-limits-client';
import type { ExtensionRow, ExtensionStatus } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { EXTENSION_STATUS_LABELS } from '../../lib/supervision-labels';
import { useLoad } from '../../lib/use-load';
import { DecideExtensionModal, type ExtensionVerdict } from './DecideExtensionModal';

interface ExtensionsPanelProps {
  canDecide: boolean;
  onOpenCase: (caseId: string) => void;
  /** After a decision: the deadlines it moved. */
  onDecided: () => void;
  /** Changes when a request may have been made or decided elsewhere: the list loads again. */
  reloadKey?: number;
}

export function ExtensionsPanel({
  canDecide,
  onOpenCase,
  onDecided,
  reloadKey = 0,
}: ExtensionsPanelProps) {
  const { message, showError } = useFeedback();
  const [status, setStatus] = useState<ExtensionStatus | 'all'>('pending');
  const list = useLoad(() => timeLimitsApi.extensions(status), [status, reloadKey]);
  const [deciding, setDeciding] = useState<{ row: ExtensionRow; verdict: ExtensionVerdict } | null>(
    null,
  );

  const decide = async (reason: string) => {
    if (!deciding) return;
    const { row, verdict } = deciding;
    try {
      const result =
        verdict === 'approve'
          ? await timeLimitsApi.approveExtension(row.id, reason)
          : await timeLimitsApi.refuseExtension(row.id, reason);
      message.success(
        verdict === 'approve'
          ? `已批准延期，${row.caseNumber} 新的办结期限为${formatDate(result.case.deadline)}`
          : `已不予延期：${row.caseNumber}`,
      );
    } catch (err) {
      showError(err, '审批未完成');
      return;
    }
    setDeciding(null);
    await list.reload();
    onDecided();
  };

  return (
    <Card
      size="small"
      title="延期申请"
      extra={
        <Segmented<ExtensionStatus | 'all'>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'pending', label: '待审批' },
            { value: 'approved', label: '已批准' },
            { value: 'refused', label: '不予延期' },
            { value: 'all', label: '全部' },
          ]}
        />
      }
    >
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table<ExtensionRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.extensions ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: status === 'pending' ? '暂无待审批的延期申请' : '暂无延期申请' }}
        columns={[
          {
            title: '办件',
            dataIndex: 'caseNumber',
            render: (n: string, r) => (
              <a role="button" onClick={() => onOpenCase(r.caseId)}>
                {n}
              </a>
            ),
          },
          { title: '事项', dataIndex: 'itemName' },
          { title: '现办结期限', dataIndex: 'deadline', render: formatDate },
          {
            title: '申请延长',
            dataIndex: 'days',
            render: (d: number, r) =>
              `${d}个工作日${r.grantedDays ? `（已延${r.grantedDays}）` : ''}`,
          },
          { title: '理由', dataIndex: 'reason' },
          { title: '申请人', dataIndex: 'requestedByName' },
          { title: '申请时间', dataIndex: 'requestedAt', render: formatDateTime },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: ExtensionStatus, r) => (
              <Space size={4} orientation="vertical">
                <Tag color={EXTENSION_STATUS_LABELS[s].color}>
                  {EXTENSION_STATUS_LABELS[s].text}
                </Tag>
                {r.decisionReason && <small>{r.decisionReason}</small>}
              </Space>
            ),
          },
          ...(canDecide
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  render: (_: unknown, r: ExtensionRow) =>
                    r.status === 'pending' && (
                      <Space>
                        <Button
                          type="primary"
                          size="small"
                          onClick={() => setDeciding({ row: r, verdict: 'approve' })}
                        >
                          批准
                        </Button>
                        <Button
                          danger
                          size="small"
                          onClick={() => setDeciding({ row: r, verdict: 'refuse' })}
                        >
                          不予延期
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <DecideExtensionModal
        extension={deciding?.row ?? null}
        verdict={deciding?.verdict ?? 'approve'}
        onSubmit={decide}
        onClose={() => setDeciding(null)}
      />
    </Card>
  );
}
