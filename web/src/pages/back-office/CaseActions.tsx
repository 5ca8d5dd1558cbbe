/** The officer's actions on one case: supplement, resume, approve, deny. */
import { Button, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Case, Material } from '../../api/types';
import { ReasonModal } from '../../components/ReasonModal';
import { useFeedback } from '../../lib/feedback';
import { ApproveModal } from './ApproveModal';
import { SupplementModal, type SupplementRequest } from './SupplementModal';

type Dialog = 'supplement' | 'approve' | 'deny' | null;

interface CaseActionsProps {
  case: Case;
  materials: Material[];
  onDone: () => Promise<void>;
}

export function CaseActions({ case: c, materials, onDone }: CaseActionsProps) {
  const { message, showError } = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [isResuming, setIsResuming] = useState(false);
  const isInProgress = c.status === 'in_progress';

  /** Runs an action; closes the dialog and refreshes on success, shows the error otherwise. */
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
    } catch (err) {
      showError(err);
      return;
    }
    setDialog(null);
    message.success(done);
    await onDone();
  };

  const resume = async () => {
    setIsResuming(true);
    await act(() => api.supplementReceived(c.id), '补正材料已收到，恢复计时');
    setIsResuming(false);
  };

  if (c.kind !== 'committed') return null;
  return (
    <>
      <Space wrap>
        <Button disabled={!isInProgress} onClick={() => setDialog('supplement')}>
          要求补正
        </Button>
        <Button disabled={c.status !== 'paused'} loading={isResuming} onClick={() => void resume()}>
          补正材料已收到
        </Button>
        <Button type="primary" disabled={!isInProgress} onClick={() => setDialog('approve')}>
          准予
        </Button>
        <Button danger disabled={!isInProgress} onClick={() => setDialog('deny')}>
          不予批准
        </Button>
      </Space>
      <SupplementModal
        open={dialog === 'supplement'}
        materials={materials}
        onClose={() => setDialog(null)}
        onSubmit={(r: SupplementRequest) =>
          act(() => api.requestSupplement(c.id, r), '已出具补正材料通知书，计时暂停')
        }
      />
      <ApproveModal
        open={dialog === 'approve'}
        onClose={() => setDialog(null)}
        onSubmit={(note) => act(() => api.approve(c.id, note), '已准予，结果待领取')}
      />
      <ReasonModal
        open={dialog === 'deny'}
        title="不予批准"
        label="不予批准理由"
        okText="确认不予批准"
        onClose={() => setDialog(null)}
        onSubmit={(reason) => act(() => api.deny(c.id, reason), '已作出不予批准决定')}
      />
    </>
  );
}
