/**
 * 申请延期: more working days with a reason, for the head of the centre to approve (行政许可法
 * art. 42: 20 working days, extended by 10 with the head's approval; the applicant is told why).
 */
import { Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';

/**
 * The most working days a case may be extended by in total: the server's setting
 * `maxExtensionDays` (default 10, art. 42's "延长十日"). The server checks it again.
 */
const MAX_EXTENSION_DAYS = 10;

export interface ExtensionRequest {
  days: number;
  reason: string;
}

interface ExtensionModalProps {
  open: boolean;
  /** Working days granted to the case so far. */
  grantedDays: number;
  onSubmit: (request: ExtensionRequest) => Promise<void>;
  onClose: () => void;
}

export function ExtensionModal({ open, grantedDays, onSubmit, onClose }: ExtensionModalProps) {
  const [form] = Form.useForm<ExtensionRequest>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit({ days: values.days, reason: values.reason.trim() });
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title="申请延长办理期限"
      okText="提交延期申请"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        延期须经中心负责人批准，批准后书面告知申请人延期理由和新的办结期限。
        {grantedDays > 0 ? `本件已延长 ${grantedDays} 个工作日。` : ''}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ days: 10 }}>
        <Form.Item
          label="延长工作日"
          name="days"
          rules={[
            { required: true, message: '请填写延长的工作日数' },
            {
              type: 'number',
              max: MAX_EXTENSION_DAYS - grantedDays,
              message:
                grantedDays > 0
                  ? `累计延长不能超过${MAX_EXTENSION_DAYS}个工作日（本件已延长${grantedDays}个）`
                  : `延长不能超过${MAX_EXTENSION_DAYS}个工作日`,
            },
          ]}
        >
          <InputNumber
            min={1}
            max={MAX_EXTENSION_DAYS}
            precision={0}
            style={{ width: 160 }}
            suffix="个工作日"
          />
        </Form.Item>
        <Form.Item
          label="延期理由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写延长办理期限的理由' },
            { min: 2, message: '请填写延长办理期限的理由（至少2个字）' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="例如：需现场核查，情况复杂"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
