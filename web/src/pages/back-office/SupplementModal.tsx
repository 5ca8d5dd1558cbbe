/** 要求补正: which materials must be supplemented (from the item's list, or typed), and a note. */
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Material } from '../../api/types';
import { materialFormLabel } from '../../lib/labels';
import { MAX_PAUSE_EXPECTED_DAYS } from '../../lib/supervision-labels';

export interface SupplementRequest {
  missing: string[];
  note?: string;
  /** Working days the applicant is expected to need (told in the notice). */
  expectedDays?: number;
}

interface SupplementModalProps {
  open: boolean;
  materials: Material[];
  onSubmit: (request: SupplementRequest) => Promise<void>;
  onClose: () => void;
}

export function SupplementModal({ open, materials, onSubmit, onClose }: SupplementModalProps) {
  const [form] = Form.useForm<{ missing: string[]; note?: string; expectedDays?: number | null }>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSubmitting(true);
    try {
      const note = values.note?.trim();
      await onSubmit({
        missing: values.missing.map((m) => m.trim()).filter(Boolean),
        note: note || undefined,
        expectedDays: values.expectedDays ?? undefined,
      });
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title="要求补正材料"
      okText="出具补正通知并暂停计时"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          label="需补正的材料"
          name="missing"
          extra="可从事项材料中选择，也可直接输入其他材料名称后回车"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项需补正的材料' }]}
        >
          <Select
            mode="tags"
            placeholder="选择或输入材料名称"
            options={materials.map((m) => ({
              value: m.name,
              label: `${m.name}（${materialFormLabel(m.form)}${m.copies}份）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="预计补正所需工作日（可选）"
          name="expectedDays"
          rules={[
            {
              type: 'number',
              max: MAX_PAUSE_EXPECTED_DAYS,
              message: `预计所需工作日数不能超过${MAX_PAUSE_EXPECTED_DAYS}`,
            },
          ]}
        >
          <InputNumber min={1} precision={0} style={{ width: 160 }} suffix="个工作日" />
        </Form.Item>
        <Form.Item label="补正说明" name="note">
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder="例如：复印件不清晰，请提供清晰复印件"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
