/** The steps on one complaint: classify, assign, answer, record satisfaction, close. */
import { Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { ComplaintDetail, ComplaintSatisfaction, ComplaintStep } from '../../api/types';
import { SelectModal } from '../../components/SelectModal';
import { TextInputModal } from '../../components/TextInputModal';
import { useFeedback } from '../../lib/feedback';
import { COMPLAINT_SATISFACTION } from '../../lib/supervision-labels';
import { KNOWN_STAFF_NOTE, type StaffChoice } from '../followups/known-staff';
import { CATEGORY_OPTIONS } from './complaint-fields';

type Dialog = 'classify' | 'assign' | 'answer' | 'satisfaction' | null;

interface ComplaintActionsProps {
  complaint: ComplaintDetail;
  staff: StaffChoice[];
  onDone: () => Promise<void>;
}

export function ComplaintActions({ complaint: c, staff, onDone }: ComplaintActionsProps) {
  const { message, showError } = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const isClosed = c.status === 'closed';
  const isAnswered = c.status === 'answered' || c.answer !== null;

  const step = async (s: ComplaintStep, done: string) => {
    try {
      await complaintsApi.complaintStep(c.id, s);
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
      <Space wrap>
        <Button disabled={isClosed} onClick={() => setDialog('classify')}>
          调整类别
        </Button>
        <Button disabled={isClosed || isAnswered} onClick={() => setDialog('assign')}>
          转办
        </Button>
        <Button
          type="primary"
          disabled={isClosed || isAnswered}
          onClick={() => setDialog('answer')}
        >
          答复
        </Button>
        <Button disabled={isClosed || !isAnswered} onClick={() => setDialog('satisfaction')}>
          记录满意度
        </Button>
        <Popconfirm
          title="办结该投诉？"
          okText="办结"
          cancelText="取消"
          disabled={isClosed || !isAnswered}
          onConfirm={() => step({ action: 'close' }, '投诉已办结')}
        >
          <Button disabled={isClosed || !isAnswered}>办结</Button>
        </Popconfirm>
      </Space>
      <SelectModal
        open={dialog === 'classify'}
        title="调整投诉类别"
        label="投诉类别"
        okText="保存"
        options={CATEGORY_OPTIONS}
        initialValue={c.category}
        onClose={() => setDialog(null)}
        onSubmit={(category) => step({ action: 'classify', category }, '类别已调整')}
      />
      <SelectModal
        open={dialog === 'assign'}
        title="转办投诉"
        label="承办人"
        okText="确认转办"
        options={staff}
        initialValue={c.assigneeId ?? undefined}
        extra={KNOWN_STAFF_NOTE}
        onClose={() => setDialog(null)}
        onSubmit={(userId) => step({ action: 'assign', userId }, '已转办')}
      />
      <TextInputModal
        open={dialog === 'answer'}
        title="答复投诉人"
        label="答复内容"
        okText="保存答复"
        maxLength={2000}
        intro={`答复期限 ${c.answerDue}；答复用时按工作日计入“投诉平均答复时间”。`}
        onClose={() => setDialog(null)}
        onSubmit={(answer) => step({ action: 'answer', answer }, '已答复')}
      />
      <SelectModal
        open={dialog === 'satisfaction'}
        title="记录投诉人满意度（回访后）"
        label="满意度"
        okText="保存"
        options={Object.entries(COMPLAINT_SATISFACTION).map(([value, label]) => ({ value, label }))}
        initialValue={c.satisfaction ?? undefined}
        onClose={() => setDialog(null)}
        onSubmit={(s) =>
          step({ action: 'satisfaction', satisfaction: s as ComplaintSatisfaction }, '已记录满意度')
        }
      />
    </>
  );
}
