/**
 * The steps a clerk may take on a hand-off, as its state allows (src/core/handoffs/handoff-state):
 * the receiving centre forwards; the accepting centre marks the materials arrived, accepts them
 * (the acceptance proper, with a case) or returns them with a reason.
 */
import { Button, Space } from 'antd';
import { useState } from 'react';
import { handoffsApi } from '../../api/handoffs-client';
import type { Handoff } from '../../api/types';
import { ReasonModal } from '../../components/ReasonModal';
import { useFeedback } from '../../lib/feedback';
import { AcceptHandoffModal } from './AcceptHandoffModal';

type Step = 'forward' | 'arrive';

export function HandoffActions({
  handoff: h,
  onDone,
}: {
  handoff: Handoff;
  onDone: () => Promise<void>;
}) {
  const { message, showError } = useFeedback();
  const [busy, setBusy] = useState<Step | null>(null);
  const [dialog, setDialog] = useState<'return' | 'accept' | null>(null);
  const isIncoming = h.direction === 'incoming';
  const canForward = !isIncoming && h.status === 'received';
  const canArrive = isIncoming && h.status === 'forwarded';
  const canAccept = isIncoming && h.status === 'arrived';
  const canReturn = isIncoming && (h.status === 'forwarded' || h.status === 'arrived');

  const step = async (action: Step) => {
    setBusy(action);
    try {
      if (action === 'forward') {
        await handoffsApi.forward(h.id);
        message.success(`${h.number} 已转送至${h.toCentre.name}`);
      } else {
        await handoffsApi.arrive(h.id);
        message.success(`${h.number} 材料已送达，请核对后受理`);
      }
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
      await onDone();
    }
  };

  const returnHandoff = async (reason: string) => {
    try {
      await handoffsApi.returnHandoff(h.id, reason);
      message.success(`${h.number} 已退回${h.fromCentre.name}`);
      setDialog(null);
    } catch (err) {
      showError(err, '退回失败');
    } finally {
      await onDone();
    }
  };

  if (!canForward && !canArrive && !canAccept && !canReturn) return null;
  return (
    <Space wrap size={4}>
      {canForward && (
        <Button
          size="small"
          type="primary"
          loading={busy === 'forward'}
          onClick={() => void step('forward')}
        >
          转送
        </Button>
      )}
      {canArrive && (
        <Button
          size="small"
          type="primary"
          loading={busy === 'arrive'}
          onClick={() => void step('arrive')}
        >
          接收
        </Button>
      )}
      {canAccept && (
        <Button size="small" type="primary" onClick={() => setDialog('accept')}>
          受理
        </Button>
      )}
      {canReturn && (
        <Button size="small" danger onClick={() => setDialog('return')}>
          退回
        </Button>
      )}
      <ReasonModal
        open={dialog === 'return'}
        title={`退回转送件 ${h.number}`}
        label="退回理由"
        okText="确认退回"
        onSubmit={returnHandoff}
        onClose={() => setDialog(null)}
      />
      {dialog === 'accept' && (
        <AcceptHandoffModal
          handoffId={h.id}
          onClose={() => {
            setDialog(null);
            void onDone();
          }}
        />
      )}
    </Space>
  );
}
