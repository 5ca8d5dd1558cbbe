/** 记录提醒: how the applicant was reminded to collect the result (phone, SMS, letter), and a note. */
import { Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { ReminderChannel, UncollectedRow } from '../../api/types';
import { REMINDER_CHANNEL_LABELS } from '../../lib/supervision-labels';

interface ReminderModalProps {
  target: UncollectedRow | null;
  onSubmit: (reminder: { channel: ReminderChannel; note: string }) => Promise<void>;
  onClose: () => void;
}

export function ReminderModal({ target, onSubmit, onClose }: ReminderModalProps) {
  const [form] = Form.useForm<{ channel: ReminderChannel; note?: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit({ channel: v.channel, note: v.note?.trim() ?? '' });
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={target !== null}
      title="记录提醒领取"
      okText="保存提醒记录"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {target && (
        <Typography.Paragraph>
          {target.number} · {target.itemName} · {target.applicant.name} {target.applicant.phone}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" initialValues={{ channel: 'phone' }}>
        <Form.Item
          label="提醒方式"
          name="channel"
          rules={[{ required: true, message: '请选择提醒方式' }]}
        >
          <Radio.Group
            options={Object.entries(REMINDER_CHANNEL_LABELS).map(([value, label]) => ({
              value,
              label,
            }))}
          />
        </Form.Item>
        <Form.Item label="提醒记录" name="note">
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="例如：已电话告知，本周五前来领取"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
