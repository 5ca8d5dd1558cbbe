/** One complaint in full (the complainant's phone, for the call back), its steps and its actions. */
import { Alert, Descriptions, Drawer, Spin, Timeline, Typography } from 'antd';
import { complaintsApi } from '../../api/complaints-client';
import { errorText } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SATISFACTION,
  complaintEventLabel,
} from '../../lib/supervision-labels';
import { useLoad } from '../../lib/use-load';
import type { StaffChoice } from '../followups/known-staff';
import { ComplaintActions } from './ComplaintActions';

interface ComplaintDrawerProps {
  complaintId: string | null;
  staff: StaffChoice[];
  onClose: () => void;
  onChanged: () => Promise<void>;
}

export function ComplaintDrawer({ complaintId, staff, onClose, onChanged }: ComplaintDrawerProps) {
  const loaded = useLoad(
    async () => (complaintId ? complaintsApi.complaint(complaintId) : null),
    [complaintId],
  );
  const c = loaded.data?.complaint.id === complaintId ? loaded.data?.complaint : undefined;
  const refresh = async () => {
    await Promise.all([loaded.reload(), onChanged()]);
  };

  return (
    <Drawer
      open={complaintId !== null}
      onClose={onClose}
      size={760}
      title={c ? `投诉 ${c.number}` : '投诉详情'}
    >
      {loaded.error != null && <Alert type="error" showIcon title={errorText(loaded.error)} />}
      {!c && loaded.isLoading && <Spin />}
      {c && (
        <>
          <ComplaintActions complaint={c} staff={staff} onDone={refresh} />
          <Descriptions bordered size="small" column={2} style={{ marginTop: 16 }}>
            <Descriptions.Item label="状态">{c.statusLabel}</Descriptions.Item>
            <Descriptions.Item label="类别">{c.categoryLabel}</Descriptions.Item>
            <Descriptions.Item label="渠道">{COMPLAINT_CHANNELS[c.channel]}</Descriptions.Item>
            <Descriptions.Item label="收到">
              {formatDateTime(c.receivedAt)} {c.receivedByName ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label="投诉人">{c.complainant.name}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{c.complainant.phone}</Descriptions.Item>
            <Descriptions.Item label="相关办件">{c.caseNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="涉及人员">{c.staffName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="投诉内容" span={2}>
              {c.content}
            </Descriptions.Item>
            <Descriptions.Item label="承办人">{c.assigneeName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="答复期限">
              {formatDate(c.answerDue)}
              {c.isOverdue ? '（已超期）' : ''}
            </Descriptions.Item>
            <Descriptions.Item label="答复" span={2}>
              {c.answer
                ? `${c.answer}（${formatDate(c.answeredOn)} ${c.answeredByName ?? ''}，用时${c.answerDays ?? '—'}个工作日）`
                : '尚未答复'}
            </Descriptions.Item>
            <Descriptions.Item label="满意度">
              {c.satisfaction ? COMPLAINT_SATISFACTION[c.satisfaction] : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="办结">
              {c.closedAt ? formatDateTime(c.closedAt) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            处理记录
          </Typography.Title>
          <Timeline
            items={c.events.map((e, i) => ({
              key: `${e.at}-${i}`,
              title: formatDateTime(e.at),
              content: `${complaintEventLabel(e.kind)}${e.actorName ? ` · ${e.actorName}` : ''}`,
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
