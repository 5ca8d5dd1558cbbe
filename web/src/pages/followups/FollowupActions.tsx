/** The steps of one bad rating's follow-up: assign, record the contact, close; or appeal the rating. */
import { Button, Space } from 'antd';
import { useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { Followup } from '../../api/types';
import { SelectModal } from '../../components/SelectModal';
import { TextInputModal } from '../../components/TextInputModal';
import { useFeedback } from '../../lib/feedback';
import { CloseFollowupModal } from './CloseFollowupModal';
import { KNOWN_STAFF_NOTE, type StaffChoice } from './known-staff';

type Dialog = 'assign' | 'contact' | 'close' | 'appeal' | null;

interface FollowupActionsProps {
  followup: Followup;
  staff: StaffChoice[];
  onDone: () => Promise<void>;
}

export function FollowupActions({ followup: f, staff, onDone }: FollowupActionsProps) {
  const { message, showError } = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const isPending = f.status === 'open' || f.status === 'contacted' || f.status === 'appealed';
  const hasPendingAppeal = f.appeal?.status === 'pending';

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

  return (
    <>
      <Space size={4} wrap>
        <Button size="small" disabled={!isPending} onClick={() => setDialog('assign')}>
          指派
        </Button>
        <Button
          size="small"
          type="primary"
          disabled={f.contactedAt !== null || !isPending}
          onClick={() => setDialog('contact')}
        >
          记录联系
        </Button>
        <Button
          size="small"
          disabled={f.contactedAt === null || !isPending}
          onClick={() => setDialog('close')}
        >
          办结
        </Button>
        <Button
          size="small"
          disabled={hasPendingAppeal || f.status === 'annulled'}
          onClick={() => setDialog('appeal')}
        >
          {hasPendingAppeal ? '申诉待审' : '误评申诉'}
        </Button>
      </Space>
      <SelectModal
        open={dialog === 'assign'}
        title="指派整改责任人"
        label="责任人"
        okText="确认指派"
        options={staff}
        initialValue={f.assigneeId ?? undefined}
        extra={KNOWN_STAFF_NOTE}
        onClose={() => setDialog(null)}
        onSubmit={(userId) =>
          act(() => complaintsApi.assignFollowup(f.ratingId, userId), '已指派责任人')
        }
      />
      <TextInputModal
        open={dialog === 'contact'}
        title="记录联系评价人"
        label="联系情况"
        okText="保存联系记录"
        intro={`${f.levelLabel} · ${f.windowName} · ${f.clerkName}${f.comment ? ` · “${f.comment}”` : ''}`}
        placeholder="例如：已电话联系，了解到等候时间过长，已致歉并说明改进措施"
        onClose={() => setDialog(null)}
        onSubmit={(note) =>
          act(() => complaintsApi.contactFollowup(f.ratingId, note), '已记录联系情况')
        }
      />
      <CloseFollowupModal
        open={dialog === 'close'}
        onClose={() => setDialog(null)}
        onSubmit={(closing) =>
          act(() => complaintsApi.closeFollowup(f.ratingId, closing), '差评整改已办结')
        }
      />
      <TextInputModal
        open={dialog === 'appeal'}
        title="误评申诉"
        label="申诉理由"
        okText="提交申诉"
        intro="申诉成立的评价将被撤销（保留记录，不计入指标）。"
        onClose={() => setDialog(null)}
        onSubmit={(reason) =>
          act(() => complaintsApi.requestAppeal(f.ratingId, reason), '申诉已提交，待审核')
        }
      />
    </>
  );
}
