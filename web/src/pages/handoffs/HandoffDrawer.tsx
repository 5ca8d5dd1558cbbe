/** One hand-off in full: both centres, the applicant, the limit, and its record step by step. */
import { Alert, Descriptions, Drawer, Spin, Tag, Timeline } from 'antd';
import { handoffsApi } from '../../api/handoffs-client';
import type { HandoffEvent, IdType } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { ID_TYPE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/use-load';
import { HANDOFF_STATUS_COLOURS, handoffEventLabel } from './handoff-labels';

function eventText(e: HandoffEvent): string {
  const head = `${formatDateTime(e.at)} ${handoffEventLabel(e.kind)} · ${e.centre.name} · ${e.actorName}`;
  if (typeof e.data.reason === 'string') return `${head}：${e.data.reason}`;
  if (typeof e.data.caseNumber === 'string') return `${head}，受理编号 ${e.data.caseNumber}`;
  return head;
}

export function HandoffDrawer({
  handoffId,
  onClose,
}: {
  handoffId: string | null;
  onClose: () => void;
}) {
  const loaded = useLoad(
    async () => (handoffId ? handoffsApi.detail(handoffId) : null),
    [handoffId],
  );
  const detail = loaded.data?.handoff.id === handoffId ? loaded.data : undefined;
  const h = detail?.handoff;

  return (
    <Drawer
      open={handoffId !== null}
      onClose={onClose}
      size={720}
      title={h ? `转送件 ${h.number}` : '转送件'}
    >
      {loaded.error != null && <Alert type="error" showIcon title={errorText(loaded.error)} />}
      {!h && loaded.isLoading && <Spin />}
      {h && detail && (
        <>
          <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="状态">
              <Tag color={HANDOFF_STATUS_COLOURS[h.status]}>{h.statusLabel}</Tag>
              {h.isLate && <Tag color="red">{h.forwardedAt ? '逾期转送' : '已逾期未转送'}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="事项">{h.itemName}</Descriptions.Item>
            <Descriptions.Item label="申请人">
              {h.applicant.name} ·{' '}
              {ID_TYPE_LABELS[h.applicant.idType as IdType] ?? h.applicant.idType}{' '}
              {h.applicant.idNumber} · {h.applicant.phone}
            </Descriptions.Item>
            <Descriptions.Item label="收件中心">{h.fromCentre.name}</Descriptions.Item>
            <Descriptions.Item label="受理中心">{h.toCentre.name}</Descriptions.Item>
            <Descriptions.Item label="收件日期">{formatDate(h.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label="转送期限">{formatDate(h.forwardDue)}</Descriptions.Item>
            <Descriptions.Item label="收取材料">{h.materialsReceived.length} 项</Descriptions.Item>
            {h.note && <Descriptions.Item label="备注">{h.note}</Descriptions.Item>}
            {h.returnReason && (
              <Descriptions.Item label="退回理由">{h.returnReason}</Descriptions.Item>
            )}
            <Descriptions.Item label="受理编号">
              {h.case ? `${h.case.number}（${h.case.statusLabel}）` : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Timeline
            items={detail.events.map((e, i) => ({
              key: `${e.kind}-${i}`,
              content: eventText(e),
              color: e.kind === 'returned' ? 'red' : e.kind === 'accepted' ? 'green' : 'blue',
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
