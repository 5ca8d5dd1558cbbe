/**
 * 收件转送 at the window: an item that is not 全市通办 is accepted by the centre of the
 * applicant's registered or residential address; this centre receives the materials and sends
 * them there. The clerk picks that centre and may add a note; the applicant, the item and the
 * materials come from the acceptance form.
 */
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useLoad } from '../../lib/use-load';

interface RecordHandoffModalProps {
  open: boolean;
  /** This centre: not offered, a hand-off goes to another centre. */
  ownCentreCode: string;
  itemName: string;
  /** Records the hand-off; true once recorded (the modal then closes). */
  onSubmit: (toCentreCode: string, note: string) => Promise<boolean>;
  onClose: () => void;
}

interface Values {
  toCentreCode: string;
  note?: string;
}

export function RecordHandoffModal(props: RecordHandoffModalProps) {
  const { open, ownCentreCode, itemName, onSubmit, onClose } = props;
  const [form] = Form.useForm<Values>();
  const [isSending, setIsSending] = useState(false);
  const centres = useLoad(async () => (open ? api.centres() : null), [open]);
  const options = (centres.data?.centres ?? [])
    .filter((c) => c.code !== ownCentreCode)
    .map((c) => ({ value: c.code, label: `${c.name}（${c.districtName}）` }));

  const submit = async () => {
    const values = await form.validateFields();
    setIsSending(true);
    try {
      if (await onSubmit(values.toCentreCode, values.note?.trim() ?? '')) {
        form.resetFields();
        onClose();
      }
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Modal
      open={open}
      title="收件转送"
      okText="确认收件并转送"
      cancelText="取消"
      confirmLoading={isSending}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`“${itemName}”非全市通办，由申请人户籍地或居住地的受理中心受理`}
        description="本中心收取齐全的材料并出具收件转送告知书，在转送期限内将材料转送至受理中心；受理中心收到后受理，办理时限自其受理之日起计算。"
      />
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          label="受理中心"
          name="toCentreCode"
          htmlFor="handoff-centre"
          rules={[{ required: true, message: '请选择受理中心' }]}
        >
          <Select
            id="handoff-centre"
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            loading={centres.isLoading}
            placeholder="选择申请人户籍地或居住地的受理中心"
          />
        </Form.Item>
        <Form.Item label="备注" name="note" htmlFor="handoff-note">
          <Input.TextArea
            id="handoff-note"
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder="例如：申请人户籍在该街道"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
