/** 办结整改: the cause of the bad rating, what was done about it, and the resident's response. */
import { Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { ResidentResponse } from '../../api/types';
import { RESIDENT_RESPONSE_LABELS } from '../../lib/supervision-labels';

export interface FollowupClosing {
  cause: string;
  remedy: string;
  residentResponse: ResidentResponse;
}

interface CloseFollowupModalProps {
  open: boolean;
  onSubmit: (closing: FollowupClosing) => Promise<void>;
  onClose: () => void;
}

export function CloseFollowupModal({ open, onSubmit, onClose }: CloseFollowupModalProps) {
  const [form] = Form.useForm<FollowupClosing>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit({
        cause: v.cause.trim(),
        remedy: v.remedy.trim(),
        residentResponse: v.residentResponse,
      });
    } finally {
      setIsSubmitting(false);
    }
  };

  const required = (what: string) => [
    { required: true, whitespace: true, message: `请填写${what}` },
  ];
  return (
    <Modal
      open={open}
      title="办结差评整改"
      okText="确认办结"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="差评原因" name="cause" rules={required('差评原因')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item label="整改措施" name="remedy" rules={required('整改措施')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          label="评价人的反馈"
          name="residentResponse"
          rules={[{ required: true, message: '请选择评价人的反馈' }]}
        >
          <Radio.Group
            options={Object.entries(RESIDENT_RESPONSE_LABELS).map(([value, label]) => ({
              value,
              label,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
