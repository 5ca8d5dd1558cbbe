/**
 * 收件转送 (收受分离), for front clerks and the centre manager: the hand-offs this centre received
 * and forwards (转出) and those other centres forwarded to it (转入), with their status, forwarding
 * limit and late flag. Clerks take the steps: forward, mark arrived, accept or return.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { handoffsApi } from '../../api/handoffs-client';
import type { HandoffDirection } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useUser } from '../../lib/session';
import { useLoad } from '../../lib/use-load';
import { HandoffDrawer } from './HandoffDrawer';
import { HandoffsTable } from './HandoffsTable';

const TAB_LABELS: Record<HandoffDirection, string> = {
  outgoing: '转出（本中心收件）',
  incoming: '转入（本中心受理）',
};

export default function HandoffsPage() {
  const user = useUser();
  const [direction, setDirection] = useState<HandoffDirection>('outgoing');
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useLoad(() => handoffsApi.list(), []);
  const handoffs = list.data?.handoffs ?? [];
  // Only front clerks take the steps; the manager follows them.
  const canAct = user.role === 'clerk';

  const tab = (d: HandoffDirection) => {
    const rows = handoffs.filter((h) => h.direction === d);
    const waiting = rows.filter((h) =>
      d === 'outgoing'
        ? h.status === 'received'
        : h.status === 'forwarded' || h.status === 'arrived',
    ).length;
    const late = rows.filter((h) => h.isLate && h.status === 'received').length;
    return {
      key: d,
      label: (
        <Space size={4}>
          {TAB_LABELS[d]}
          {waiting > 0 && <Tag color="blue">待办 {waiting}</Tag>}
          {late > 0 && <Tag color="red">逾期未转送 {late}</Tag>}
        </Space>
      ),
      children: (
        <HandoffsTable
          direction={d}
          handoffs={rows}
          isLoading={list.isLoading}
          canAct={canAct}
          onOpen={setOpenId}
          onChanged={list.reload}
        />
      ),
    };
  };

  return (
    <Card
      title="收件转送（收受分离）"
      extra={
        <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void list.reload()}>
          刷新
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        非全市通办事项由申请人户籍地或居住地的受理中心受理。本中心收取材料后应在转送期限内转送；受理中心收到材料后受理或退回。
        {canAct && ' 收件在“窗口受理”页面办理：选择事项并核对材料后点击“收件转送”。'}
      </Typography.Paragraph>
      {list.error != null && (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Tabs
        activeKey={direction}
        onChange={(key) => setDirection(key as HandoffDirection)}
        items={[tab('outgoing'), tab('incoming')]}
      />
      <HandoffDrawer handoffId={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
