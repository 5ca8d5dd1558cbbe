/** 准予: confirm the approval, with an optional note for the result notice. */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';

interface ApproveModalProps {
  open: boolean;
  onSubmit: (note: string | undefined) => Promise<void>;
  onClose: () => void;
}

export function ApproveModal({ open, onSubmit, onClose }: ApproveModalProps) {
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
      title="准予办理"
      okText="确认准予"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="办理意见（可选）" name="note">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
