/**
 * Beside the calling panel: tickets held at this window (暂停, the resident fetches a paper) with
 * 恢复, and today's recent no-shows with 过号恢复 (back into the queue a few places from the front).
 */
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { RowList } from '../../components/RowList';
import type { QueueTicket } from '../../api/queue-types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatTime } from '../../lib/format';
import { priorityLabel } from '../../lib/labels';

interface WindowQueueListProps {
  tickets: QueueTicket[] | undefined;
  isLoading: boolean;
  error: unknown;
  onChanged: () => Promise<void>;
}

export function WindowQueueList({ tickets, isLoading, error, onChanged }: WindowQueueListProps) {
  const { message, showError } = useFeedback();
  const [busyId, setBusyId] = useState<string | null>(null);

  const act = async (t: QueueTicket) => {
    setBusyId(t.id);
    try {
      if (t.status === 'held') {
        await api.resumeTicket(t.id);
        message.success(`${t.number} 已恢复，将由本窗口优先叫号`);
      } else {
        await api.reinstateTicket(t.id);
        message.success(`${t.number} 已恢复排队`);
      }
    } catch (err) {
      showError(err);
    } finally {
      setBusyId(null);
      await onChanged();
    }
  };

  return (
    <Card
      title="暂停与过号"
      size="small"
      data-testid="window-queue"
      loading={isLoading && !tickets}
    >
      {error != null && (
        <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 8 }} />
      )}
      <RowList<QueueTicket>
        label="暂停与过号"
        items={tickets ?? []}
        rowKey={(t) => t.id}
        emptyText="暂无暂停或可恢复的过号"
        render={(t) => (
          <Space orientation="vertical" size={0}>
            <Space size={4} wrap>
              <Typography.Text strong style={{ fontSize: 18 }}>
                {t.number}
              </Typography.Text>
              {t.status === 'held' ? <Tag color="gold">暂停</Tag> : <Tag color="red">过号</Tag>}
              {t.priority && <Tag color="green">{priorityLabel(t.priority)}</Tag>}
            </Space>
            <Typography.Text type="secondary">
              {t.status === 'held'
                ? `取号 ${formatTime(t.issuedAt)}`
                : `过号 ${formatTime(t.finishedAt)}`}
            </Typography.Text>
          </Space>
        )}
        actions={(t) => (
          <Button
            type={t.status === 'held' ? 'primary' : 'default'}
            loading={busyId === t.id}
            onClick={() => void act(t)}
          >
            {t.status === 'held' ? '恢复' : '过号恢复'}
          </Button>
        )}
      />
    </Card>
  );
}
