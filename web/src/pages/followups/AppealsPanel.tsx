/** 误评申诉: appeals against ratings, to decide (upheld: the rating is annulled, kept on record). */
import { Alert, Button, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { Appeal, AppealStatus } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatDateTime } from '../../lib/format';
import { APPEAL_STATUS_LABELS } from '../../lib/supervision-labels';
import { useLoad } from '../../lib/use-load';
import { DecideAppealModal } from './DecideAppealModal';

export function AppealsPanel({
  onOpenStaff,
  onDecided,
}: {
  onOpenStaff: (userId: string) => void;
  onDecided: () => void;
}) {
  const { message, showError } = useFeedback();
  const [status, setStatus] = useState<AppealStatus | 'all'>('pending');
  const list = useLoad(
    () => complaintsApi.appeals(status === 'all' ? undefined : status),
    [status],
  );
  const [deciding, setDeciding] = useState<Appeal | null>(null);

  const decide = async (decision: { upheld: boolean; reason: string }) => {
    if (!deciding) return;
    try {
      await complaintsApi.decideAppeal(deciding.id, decision);
    } catch (err) {
      showError(err, '审核未完成');
      return;
    }
    message.success(decision.upheld ? '申诉成立，该评价已撤销' : '已审核：申诉不成立');
    setDeciding(null);
    await list.reload();
    onDecided();
  };

  return (
    <>
      <Segmented<AppealStatus | 'all'>
        style={{ marginBottom: 12 }}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'pending', label: '待审核' },
          { value: 'upheld', label: '申诉成立' },
          { value: 'rejected', label: '申诉不成立' },
          { value: 'all', label: '全部' },
        ]}
      />
      {list.error != null && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table<Appeal>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.appeals ?? []}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: status === 'pending' ? '暂无待审核的申诉' : '暂无申诉' }}
        columns={[
          { title: '评价时间', dataIndex: 'ratedAt', render: formatDateTime },
          { title: '等级', dataIndex: 'level', render: (l: number) => `${l}级` },
          { title: '窗口', dataIndex: 'windowName' },
          {
            title: '工作人员',
            dataIndex: 'clerkName',
            render: (name: string, a) => (
              <a role="button" onClick={() => onOpenStaff(a.clerkId)}>
                {name}
              </a>
            ),
          },
          {
            title: '评价意见',
            dataIndex: 'comment',
            ellipsis: true,
            render: (v: string) => v || '（未填写）',
          },
          { title: '申诉理由', dataIndex: 'reason', ellipsis: true },
          { title: '申诉人', dataIndex: 'requestedByName' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: AppealStatus, a) => (
              <>
                <Tag color={APPEAL_STATUS_LABELS[s].color}>{APPEAL_STATUS_LABELS[s].text}</Tag>
                {a.decisionReason && <small>{a.decisionReason}</small>}
              </>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, a) =>
              a.status === 'pending' && (
                <Button size="small" type="primary" onClick={() => setDeciding(a)}>
                  审核
                </Button>
              ),
          },
        ]}
      />
      <DecideAppealModal appeal={deciding} onSubmit={decide} onClose={() => setDeciding(null)} />
    </>
  );
}
