/** One follow-up in full, with the resident's name and phone (to call back) and every step so far. */
import { Alert, Descriptions, Drawer, Spin, Tag } from 'antd';
import { complaintsApi } from '../../api/complaints-client';
import { errorText } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { FOLLOWUP_STATUS_LABELS, RESIDENT_RESPONSE_LABELS } from '../../lib/supervision-labels';
import { useLoad } from '../../lib/use-load';

const STAGE_LABELS = {
  service: '窗口服务',
  acceptance: '承诺件受理',
  completion: '承诺件办结领取',
} as const;

export function FollowupDrawer({
  ratingId,
  onClose,
}: {
  ratingId: string | null;
  onClose: () => void;
}) {
  const loaded = useLoad(
    async () => (ratingId ? complaintsApi.followup(ratingId) : null),
    [ratingId],
  );
  const f = loaded.data?.followup.ratingId === ratingId ? loaded.data?.followup : undefined;

  return (
    <Drawer open={ratingId !== null} onClose={onClose} size={720} title="差评整改详情">
      {loaded.error != null && <Alert type="error" showIcon title={errorText(loaded.error)} />}
      {!f && loaded.isLoading && <Spin />}
      {f && (
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label="评价">
            <Tag color="red">{f.levelLabel}</Tag> {formatDateTime(f.ratedAt)} ·{' '}
            {STAGE_LABELS[f.stage]}
          </Descriptions.Item>
          <Descriptions.Item label="窗口/工作人员">
            {f.windowName} · {f.clerkName}
          </Descriptions.Item>
          <Descriptions.Item label="办件/号码">
            {[f.caseNumber, f.itemName, f.ticketNumber].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="评价意见">{f.comment || '（未填写）'}</Descriptions.Item>
          <Descriptions.Item label="评价人">
            {f.resident ? `${f.resident.name} ${f.resident.phone ?? '（未留电话）'}` : '匿名评价'}
          </Descriptions.Item>
          <Descriptions.Item label="状态">{FOLLOWUP_STATUS_LABELS[f.status]}</Descriptions.Item>
          <Descriptions.Item label="责任人">
            {f.assigneeName
              ? `${f.assigneeName}（${f.assignedByName ?? ''} 指派于 ${formatDateTime(f.assignedAt)}）`
              : '未指派'}
          </Descriptions.Item>
          <Descriptions.Item label="联系期限">{formatDate(f.contactDue)}</Descriptions.Item>
          <Descriptions.Item label="联系情况">
            {f.contactedAt
              ? `${formatDateTime(f.contactedAt)} ${f.contactedByName ?? ''}：${f.contactNote ?? ''}`
              : '尚未联系'}
          </Descriptions.Item>
          <Descriptions.Item label="办结期限">{formatDate(f.closeDue)}</Descriptions.Item>
          <Descriptions.Item label="差评原因">{f.cause ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="整改措施">{f.remedy ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="评价人反馈">
            {f.residentResponse ? RESIDENT_RESPONSE_LABELS[f.residentResponse] : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="办结">
            {f.closedAt ? `${formatDateTime(f.closedAt)} ${f.closedByName ?? ''}` : '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}
