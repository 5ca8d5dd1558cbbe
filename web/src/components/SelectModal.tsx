/** A modal that asks for one required choice (who to assign, a category, a satisfaction) and submits it. */
import { Form, Modal, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';

interface SelectModalProps {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  options: { value: string; label: string }[];
  initialValue?: string;
  intro?: ReactNode;
  /** Shown under the field, e.g. why the list is short. */
  extra?: ReactNode;
  onSubmit: (value: string) => Promise<void>;
  onClose: () => void;
}

export function SelectModal(props: SelectModalProps) {
  const [form] = Form.useForm<{ value: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const { value } = await form.validateFields();
    setIsSubmitting(true);
    try {
      await props.onSubmit(value);
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.intro && <Typography.Paragraph>{props.intro}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ value: props.initialValue }}>
        <Form.Item
          label={props.label}
          name="value"
          extra={props.extra}
          rules={[{ required: true, message: `请选择${props.label}` }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={props.options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
