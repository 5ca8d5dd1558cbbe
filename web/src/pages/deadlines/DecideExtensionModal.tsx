/**
 * 批准 / 不予延期: the head of the centre decides a request for more days, with the reason the
 * applicant is told in writing either way.
 */
import { Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { ExtensionRow } from '../../api/types';
import { formatDate } from '../../lib/format';

export type ExtensionVerdict = 'approve' | 'refuse';

interface DecideExtensionModalProps {
  extension: ExtensionRow | null;
  verdict: ExtensionVerdict;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

export function DecideExtensionModal({
  extension,
  verdict,
  onSubmit,
  onClose,
}: DecideExtensionModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const isApproval = verdict === 'approve';
  const label = isApproval ? '审批意见' : '不予延期的理由';

  const submit = async () => {
    const { reason } = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit(reason.trim());
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={extension !== null}
      title={isApproval ? '批准延期' : '不予延期'}
      okText={isApproval ? '确认批准' : '确认不予延期'}
      okButtonProps={{ danger: !isApproval }}
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {extension && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="办件">
            {extension.caseNumber} · {extension.itemName}
          </Descriptions.Item>
          <Descriptions.Item label="现办结期限">{formatDate(extension.deadline)}</Descriptions.Item>
          <Descriptions.Item label="申请延长">{extension.days} 个工作日</Descriptions.Item>
          <Descriptions.Item label="申请理由">{extension.reason}</Descriptions.Item>
          <Descriptions.Item label="申请人">{extension.requestedByName}</Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          label={label}
          name="reason"
          rules={[
            { required: true, whitespace: true, message: `请填写${label}` },
            { min: 2, message: `请填写${label}（至少2个字）` },
          ]}
          extra="将写入告知申请人的书面通知"
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
