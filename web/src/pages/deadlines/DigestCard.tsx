/**
 * 时限日报: what the deadline job found this morning — the cases that turn amber or red on the
 * next working day, and those already overdue. Until the job has run there is none for today.
 */
import { Alert, Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { ApiError } from '../../api/client';
import { timeLimitsApi } from '../../api/time-limits-client';
import type { DigestEntry } from '../../api/types';
import { RowList } from '../../components/RowList';
import { errorText } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/use-load';

function EntryList({
  entries,
  onOpen,
}: {
  entries: DigestEntry[];
  onOpen: (caseId: string) => void;
}) {
  if (entries.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <RowList
      items={entries}
      rowKey={(e) => e.caseId}
      emptyText="无"
      render={(e) => (
        <span>
          <a role="button" onClick={() => onOpen(e.caseId)}>
            {e.number}
          </a>{' '}
          {e.itemName} · {e.officerName ?? '未分配'} · 期限 {formatDate(e.deadline)} · 剩余{' '}
          {e.workingDaysLeft}
          {e.isPaused ? '（暂停中）' : ''}
        </span>
      )}
    />
  );
}

export function DigestCard({ onOpen }: { onOpen: (caseId: string) => void }) {
  const digest = useLoad(async () => {
    try {
      return await timeLimitsApi.digest();
    } catch (err) {
      // The job writes the digest once a day: before that, there is simply none yet.
      if (err instanceof ApiError && err.code === 'digest.not_found') return null;
      throw err;
    }
  }, []);
  const d = digest.data;

  return (
    <Card size="small" title={d ? `时限日报 · ${formatDate(d.day)}` : '时限日报'}>
      {digest.error != null && <Alert type="error" showIcon title={errorText(digest.error)} />}
      {digest.isLoading && digest.data === undefined && <Spin />}
      {d === null && <Empty description="今日时限日报尚未生成（每日首次时限检查后生成）" />}
      {d && (
        <>
          <Typography.Paragraph type="secondary">
            生成于 {formatDateTime(d.createdAt)}；下一工作日为 {formatDate(d.nextWorkingDay)}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Typography.Title level={5}>
                下一工作日转为黄色预警（{d.turningAmber.length}）
              </Typography.Title>
              <EntryList entries={d.turningAmber} onOpen={onOpen} />
            </Col>
            <Col xs={24} lg={8}>
              <Typography.Title level={5}>
                下一工作日转为红色预警（{d.turningRed.length}）
              </Typography.Title>
              <EntryList entries={d.turningRed} onOpen={onOpen} />
            </Col>
            <Col xs={24} lg={8}>
              <Typography.Title level={5}>已超期（{d.red.length}）</Typography.Title>
              <EntryList entries={d.red} onOpen={onOpen} />
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
