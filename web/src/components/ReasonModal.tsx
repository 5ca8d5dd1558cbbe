/** A modal that asks for a required reason (不予受理, 不予批准) and submits it. */
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';

interface ReasonModalProps {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

export function ReasonModal({ open, title, label, okText, onSubmit, onClose }: ReasonModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const { reason } = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit(reason.trim());
      form.resetFields();
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          label={label}
          name="reason"
          rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
