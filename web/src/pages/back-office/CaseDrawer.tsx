/** One case in full: applicant, materials, pauses, notices and the trail of events. */
import { CheckOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Spin, Tag, Timeline, Typography } from 'antd';
import { api } from '../../api/client';
import type { CaseDetail, ItemGuide } from '../../api/types';
import { RowList } from '../../components/RowList';
import { WarningTag } from '../../components/WarningTag';
import { errorText } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { ID_TYPE_LABELS, DECISION_LABELS, caseEventLabel, caseStatusLabel, materialFormLabel, promisedLimitText } from '../../lib/labels';
import type { IdType } from '../../api/types';
import { useLoad } from '../../lib/use-load';
import { CaseActions } from './CaseActions';
import { ExtensionsTable, PausesTable } from './CaseTimeTables';

interface CaseDrawerProps {
  caseId: string | null;
  onClose: () => void;
  onChanged: () => Promise<void>;
  /** Shown to read (the manager's drill-down): no officer's actions. */
  readOnly?: boolean;
}

async function loadCase(caseId: string): Promise<{ detail: CaseDetail; item: ItemGuide | null }> {
  const detail = await api.caseDetail(caseId);
  const item = await api
    .item(detail.case.itemCode)
    .then((a) => a.item)
    .catch(() => null);
  return { detail, item };
}

export function CaseDrawer({ caseId, onClose, onChanged, readOnly }: CaseDrawerProps) {
  const loaded = useLoad(async () => (caseId ? loadCase(caseId) : null), [caseId]);
  const data = loaded.data && loaded.data.detail.case.id === caseId ? loaded.data : null;

  const refresh = async () => {
    await Promise.all([loaded.reload(), onChanged()]);
  };

  return (
    <Drawer open={caseId !== null} onClose={onClose} size={760} title={data ? `办件 ${data.detail.case.number}` : '办件详情'}>
      {!data && loaded.isLoading && <Spin />}
      {!data && loaded.error != null && <Alert type="error" showIcon title={errorText(loaded.error)} />}
      {data && <CaseDetailView detail={data.detail} item={data.item} onChanged={refresh} readOnly={readOnly} />}
    </Drawer>
  );
}

interface CaseDetailViewProps {
  detail: CaseDetail;
  item: ItemGuide | null;
  onChanged: () => Promise<void>;
  readOnly?: boolean;
}

export function CaseDetailView({ detail, item, onChanged, readOnly }: CaseDetailViewProps) {
  const c = detail.case;
  const received = new Set(c.materialsReceived ?? []);
  const extensions = detail.extensions ?? [];

  return (
    <>
      {!readOnly && (
        <CaseActions
          case={c}
          materials={item?.materials ?? []}
          hasPendingExtension={extensions.some((e) => e.status === 'pending')}
          onDone={onChanged}
        />
      )}
      <Descriptions title="办件信息" bordered size="small" column={2} style={{ marginTop: 16 }}>
        <Descriptions.Item label="受理编号">{c.number}</Descriptions.Item>
        <Descriptions.Item label="状态"><Tag color="blue">{c.statusLabel}</Tag></Descriptions.Item>
        <Descriptions.Item label="事项" span={2}>{c.itemName}</Descriptions.Item>
        <Descriptions.Item label="办理部门">{c.departmentName}</Descriptions.Item>
        <Descriptions.Item label="受理时间">{formatDateTime(c.acceptedAt)}</Descriptions.Item>
        <Descriptions.Item label="办结期限">{formatDate(c.deadline)}</Descriptions.Item>
        <Descriptions.Item label="剩余工作日">
          {c.workingDaysLeft ?? '—'} <WarningTag warning={c.warning} />
        </Descriptions.Item>
        <Descriptions.Item label="已暂停工作日">{c.pausedDays}</Descriptions.Item>
        <Descriptions.Item label="承诺时限">
          {c.promisedDays !== undefined ? promisedLimitText(c.kind, c.promisedDays) : '—'}
          {c.extensionDays ? `（已延长 ${c.extensionDays} 个工作日）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="决定">
          {c.decision ? DECISION_LABELS[c.decision] : '—'}
          {c.decisionReason ? `：${c.decisionReason}` : ''}
        </Descriptions.Item>
      </Descriptions>

      <Descriptions title="申请人" bordered size="small" column={2} style={{ marginTop: 24 }}>
        <Descriptions.Item label="姓名">{c.applicant.name}</Descriptions.Item>
        <Descriptions.Item label="证件类型">{ID_TYPE_LABELS[c.applicant.idType as IdType] ?? c.applicant.idType}</Descriptions.Item>
        <Descriptions.Item label="证件号码">{c.applicant.idNumber}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{c.applicant.phone}</Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 24 }}>申请材料</Typography.Title>
      <RowList
        label="申请材料"
        items={item?.materials ?? []}
        rowKey={(m) => m.id}
        emptyText="未能载入事项材料"
        render={(m) => (
          <span>
            {m.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
            {m.name}（{materialFormLabel(m.form)} {m.copies}份）
          </span>
        )}
        actions={(m) =>
          c.materialsReceived &&
          (received.has(m.id) ? (
            <Tag icon={<CheckOutlined aria-hidden />} color="green">
              已收取
            </Tag>
          ) : (
            <Tag>未收取</Tag>
          ))
        }
      />

      <PausesTable pauses={detail.pauses} />
      {c.kind === 'committed' && <ExtensionsTable extensions={extensions} />}

      <Typography.Title level={5} style={{ marginTop: 24 }}>文书</Typography.Title>
      <RowList
        label="文书"
        items={detail.notices}
        rowKey={(n) => n.id}
        emptyText="暂无文书"
        render={(n) => `${n.content.title} · ${n.number} · ${formatDateTime(n.createdAt)}`}
        actions={(n) => (
          <Button size="small" icon={<PrinterOutlined aria-hidden />} href={`/print/notice/${n.id}`} target="_blank">
            打印
          </Button>
        )}
      />

      <Typography.Title level={5} style={{ marginTop: 24 }}>流转记录</Typography.Title>
      <Timeline
        items={detail.events.map((e, i) => ({
          key: `${e.at}-${i}`,
          title: formatDateTime(e.at),
          content: (
            <span>
              <strong>{caseEventLabel(e.kind)}</strong>
              {e.actorName ? ` · ${e.actorName}` : ''}
              {e.toStatus ? ` · ${caseStatusLabel(e.fromStatus)} → ${caseStatusLabel(e.toStatus)}` : ''}
            </span>
          ),
        }))}
      />
    </>
  );
}
