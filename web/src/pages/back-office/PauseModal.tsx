/**
 * 暂停计时: a step the law does not count in the limit (公示, 检测检验, 鉴定, 专家评审, 听证; 行政许可法
 * art. 45), why, and how many working days it is expected to take. The applicant is told in writing.
 */
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import type { PauseBody, PauseKind } from '../../api/types';
import {
  MAX_PAUSE_EXPECTED_DAYS,
  PAUSE_KIND_LABELS,
  PAUSE_KINDS,
} from '../../lib/supervision-labels';

interface PauseModalProps {
  open: boolean;
  onSubmit: (body: PauseBody) => Promise<void>;
  onClose: () => void;
}

// 补正 has its own dialog (要求补正), which writes the notice listing the materials.
const KINDS = PAUSE_KINDS.filter((k) => k !== 'supplement');

export function PauseModal({ open, onSubmit, onClose }: PauseModalProps) {
  const [form] = Form.useForm<PauseBody>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit({ ...values, reason: values.reason.trim() });
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title="暂停计时（特别程序）"
      okText="暂停计时并出具告知书"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'public_notice' satisfies PauseKind }}
      >
        <Form.Item
          label="程序"
          name="kind"
          rules={[{ required: true, message: '请选择暂停计时的程序' }]}
        >
          <Select options={KINDS.map((k) => ({ value: k, label: PAUSE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item
          label="暂停原因"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写暂停计时的原因' },
            { min: 2, message: '请填写暂停计时的原因（至少2个字）' },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="例如：依法需公示7个工作日"
          />
        </Form.Item>
        <Form.Item
          label="预计所需工作日"
          name="expectedDays"
          rules={[
            { required: true, message: '请填写预计所需工作日数' },
            // Said, not silently lowered: the applicant's notice states this number.
            {
              type: 'number',
              max: MAX_PAUSE_EXPECTED_DAYS,
              message: `预计所需工作日数不能超过${MAX_PAUSE_EXPECTED_DAYS}`,
            },
          ]}
          extra="告知申请人所需时间；该期间不计入办理时限"
        >
          <InputNumber min={1} precision={0} style={{ width: 160 }} suffix="个工作日" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
