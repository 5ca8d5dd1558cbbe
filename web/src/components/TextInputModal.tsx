/** A modal that asks for one required text (a contact note, an answer, an appeal's reason) and submits it. */
import { Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';

interface TextInputModalProps {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  /** Shown above the field: what the text is about. */
  intro?: ReactNode;
  placeholder?: string;
  maxLength?: number;
  minLength?: number;
  isDanger?: boolean;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}

export function TextInputModal(props: TextInputModalProps) {
  const { open, title, label, okText, intro, placeholder, maxLength = 1000, minLength = 1 } = props;
  const [form] = Form.useForm<{ text: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const { text } = await form.validateFields();
    setIsSubmitting(true);
    try {
      await props.onSubmit(text.trim());
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: props.isDanger }}
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item
          label={label}
          name="text"
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            ...(minLength > 1 ? [{ min: minLength, message: `${label}至少${minLength}个字` }] : []),
          ]}
        >
          <Input.TextArea rows={4} maxLength={maxLength} showCount placeholder={placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
