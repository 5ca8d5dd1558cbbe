/** 确认领取: who collected the result, at which reply window. */
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { Case, ServiceWindow } from '../../api/types';
import { windowLabel } from '../../lib/labels';

export interface Collection {
  windowId?: string;
  collectorName?: string;
}

interface CollectModalProps {
  target: Case | null;
  replyWindows: ServiceWindow[];
  defaultWindowId: string | undefined;
  onSubmit: (collection: Collection) => Promise<void>;
  onClose: () => void;
}

export function CollectModal({ target, replyWindows, defaultWindowId, onSubmit, onClose }: CollectModalProps) {
  const [form] = Form.useForm<Collection>();
  const [isSubmitting, setIsSubmitting] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSubmitting(true);
    try {
      await onSubmit({
        windowId: values.windowId,
        collectorName: values.collectorName?.trim() || undefined,
      });
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={target !== null}
      title="确认领取"
      okText="确认领取"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {target && (
        <Typography.Paragraph>
          {target.number} · {target.itemName} · 申请人 {target.applicant.name}
          {target.decision === 'denied' ? '（不予批准决定书）' : ''}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" initialValues={{ windowId: defaultWindowId }}>
        <Form.Item label="回复窗口" name="windowId">
          <Select
            allowClear
            placeholder="请选择发放结果的回复窗口"
            options={replyWindows.map((w) => ({ value: w.id, label: windowLabel(w) }))}
          />
        </Form.Item>
        <Form.Item label="领取人姓名（代领时填写）" name="collectorName">
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
