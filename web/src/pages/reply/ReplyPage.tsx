/** 结果领取: results ready at the reply window, handed out and recorded. */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Case } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { DECISION_LABELS } from '../../lib/labels';
import { useUser } from '../../lib/session';
import { readStored, writeStored } from '../../lib/storage';
import { useLoad } from '../../lib/use-load';
import { CollectModal, type Collection } from './CollectModal';
import { UncollectedPanel } from './UncollectedPanel';

const REPLY_WINDOW_KEY = 'yimen.replyWindow';

export default function ReplyPage() {
  const user = useUser();
  const { message, showError } = useFeedback();
  const ready = useLoad(() => api.replyReady(), []);
  const windows = useLoad(() => api.windows(user.centreCode), [user.centreCode]);
  const replyWindows = (windows.data?.windows ?? []).filter((w) => w.kind === 'reply');
  const [target, setTarget] = useState<Case | null>(null);
  const remembered = readStored(REPLY_WINDOW_KEY) ?? undefined;
  const defaultWindowId = replyWindows.some((w) => w.id === remembered) ? remembered : replyWindows[0]?.id;

  const collect = async (c: Case, collection: Collection) => {
    try {
      await api.collect(c.id, collection);
    } catch (err) {
      showError(err, '领取登记失败');
      return;
    }
    if (collection.windowId) writeStored(REPLY_WINDOW_KEY, collection.windowId);
    message.success(`${c.number} 已领取`);
    setTarget(null);
    await ready.reload();
  };

  const readyCard = (
    <Card
      title="结果领取"
      extra={
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void ready.reload()}>
          刷新
        </Button>
      }
    >
      {ready.error != null && <Alert type="error" showIcon title={errorText(ready.error)} style={{ marginBottom: 16 }} />}
      <Table<Case>
        rowKey="id"
        loading={ready.isLoading}
        dataSource={ready.data?.cases ?? []}
        locale={{ emptyText: '暂无待领取的结果' }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: '受理编号', dataIndex: 'number' },
          { title: '事项', dataIndex: 'itemName' },
          {
            title: '申请人',
            key: 'applicant',
            render: (_, c) => `${c.applicant.name}（${c.applicant.idNumber}）`,
          },
          { title: '联系电话', key: 'phone', render: (_, c) => c.applicant.phone },
          { title: '受理日期', dataIndex: 'acceptedOn', render: formatDate },
          { title: '决定时间', dataIndex: 'decidedAt', render: formatDateTime },
          {
            title: '决定',
            dataIndex: 'decision',
            render: (d: Case['decision']) =>
              d ? <Tag color={d === 'approved' ? 'green' : 'red'}>{DECISION_LABELS[d]}</Tag> : '—',
          },
          {
            title: '操作',
            key: 'action',
            render: (_, c) => (
              <Button type="primary" onClick={() => setTarget(c)}>
                确认领取
              </Button>
            ),
          },
        ]}
      />
      <CollectModal
        target={target}
        replyWindows={replyWindows}
        defaultWindowId={defaultWindowId}
        onSubmit={(collection) => (target ? collect(target, collection) : Promise.resolve())}
        onClose={() => setTarget(null)}
      />
    </Card>
  );

  return (
    <Tabs
      items={[
        { key: 'ready', label: '待领取', children: readyCard },
        { key: 'uncollected', label: '逾期未领取', children: <UncollectedPanel /> },
      ]}
    />
  );
}
