/** 审核误评申诉: upheld (the rating is annulled, kept on record) or not, with the reason. */
import { Descriptions, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { Appeal } from '../../api/types';
import { formatDateTime } from '../../lib/format';

interface DecideAppealModalProps {
  appeal: Appeal | null;
  onSubmit: (decision: { upheld: boolean; reason: string }) => Promise<void>;
  onClose: () => void;
}

export function DecideAppealModal({ appeal, onSubmit, onClose }: DecideAppealModalProps) {
  const [form] = Form.useForm<{ upheld: boolean; reason: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit({ upheld: v.upheld, reason: v.reason.trim() });
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={appeal !== null}
      title="审核误评申诉"
      okText="提交审核结果"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {appeal && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="评价">
            {appeal.level}级 · {formatDateTime(appeal.ratedAt)} · {appeal.windowName} ·{' '}
            {appeal.clerkName}
          </Descriptions.Item>
          <Descriptions.Item label="评价意见">{appeal.comment || '（未填写）'}</Descriptions.Item>
          <Descriptions.Item label="申诉理由">{appeal.reason}</Descriptions.Item>
          <Descriptions.Item label="申诉人">{appeal.requestedByName}</Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          label="审核结果"
          name="upheld"
          rules={[{ required: true, message: '请选择申诉是否成立' }]}
        >
          <Radio.Group
            options={[
              { value: true, label: '申诉成立（撤销该评价，不计入指标）' },
              { value: false, label: '申诉不成立' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="审核意见"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写审核意见' }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
