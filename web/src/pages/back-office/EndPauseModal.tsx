/** 结束暂停: the step has ended; the clock runs again and the deadline is recomputed. */
import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { pauseKindLabel } from '../../lib/supervision-labels';

interface EndPauseModalProps {
  open: boolean;
  pauseKind: string | null;
  onSubmit: (note: string | undefined) => Promise<void>;
  onClose: () => void;
}

export function EndPauseModal({ open, pauseKind, onSubmit, onClose }: EndPauseModalProps) {
  const [form] = Form.useForm<{ note?: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const { note } = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit(note?.trim() || undefined);
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title="结束暂停，恢复计时"
      okText="确认恢复计时"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        “{pauseKindLabel(pauseKind)}”程序结束后恢复计时，办结期限按实际暂停的工作日顺延。
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item label="说明（可选）" name="note">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：公示期满无异议" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
