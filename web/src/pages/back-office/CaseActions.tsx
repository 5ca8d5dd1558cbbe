/**
 * The officer's actions on one case: supplement, other pauses (公示, 检测 …) and their end,
 * extension, approve, deny.
 */
import { Button, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { timeLimitsApi } from '../../api/time-limits-client';
import type { Case, Material } from '../../api/types';
import { ReasonModal } from '../../components/ReasonModal';
import { useFeedback } from '../../lib/feedback';
import { ApproveModal } from './ApproveModal';
import { EndPauseModal } from './EndPauseModal';
import { ExtensionModal } from './ExtensionModal';
import { PauseModal } from './PauseModal';
import { SupplementModal, type SupplementRequest } from './SupplementModal';

type Dialog = 'supplement' | 'pause' | 'end-pause' | 'extension' | 'approve' | 'deny' | null;

interface CaseActionsProps {
  case: Case;
  materials: Material[];
  /** A request for more days waits for the manager: no second one meanwhile. */
  hasPendingExtension: boolean;
  onDone: () => Promise<void>;
}

export function CaseActions({ case: c, materials, hasPendingExtension, onDone }: CaseActionsProps) {
  const { message, showError } = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [isResuming, setIsResuming] = useState(false);
  const isInProgress = c.status === 'in_progress';
  const isPaused = c.status === 'paused';
  const isOpen = isInProgress || isPaused;
  // A paused case without a kind predates pause kinds: it was a supplement.
  const isSupplementPause = isPaused && (c.pauseKind ?? 'supplement') === 'supplement';

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
    await act(() => api.supplementReceived(c.id), '补正材料已收到');
    setIsResuming(false);
  };

  if (c.kind !== 'committed') return null;
  return (
    <>
      <Space wrap>
        <Button disabled={!isOpen} onClick={() => setDialog('supplement')}>
          要求补正
        </Button>
        <Button disabled={!isPaused} loading={isResuming} onClick={() => void resume()}>
          补正材料已收到
        </Button>
        <Button disabled={!isInProgress} onClick={() => setDialog('pause')}>
          暂停计时
        </Button>
        <Button disabled={!isPaused || isSupplementPause} onClick={() => setDialog('end-pause')}>
          结束暂停
        </Button>
        <Button disabled={!isOpen || hasPendingExtension} onClick={() => setDialog('extension')}>
          {hasPendingExtension ? '延期待审批' : '申请延期'}
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
      <PauseModal
        open={dialog === 'pause'}
        onClose={() => setDialog(null)}
        onSubmit={(body) =>
          act(() => timeLimitsApi.startPause(c.id, body), '已暂停计时并出具告知书')
        }
      />
      <EndPauseModal
        open={dialog === 'end-pause'}
        pauseKind={c.pauseKind ?? null}
        onClose={() => setDialog(null)}
        onSubmit={(note) =>
          act(() => timeLimitsApi.endPause(c.id, note), '已恢复计时，办结期限已重新计算')
        }
      />
      <ExtensionModal
        open={dialog === 'extension'}
        grantedDays={c.extensionDays ?? 0}
        onClose={() => setDialog(null)}
        onSubmit={(r) =>
          act(() => timeLimitsApi.requestExtension(c.id, r), '延期申请已提交，待中心负责人审批')
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
