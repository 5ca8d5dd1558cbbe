/**
 * 登记投诉: a complaint received at the desk or by phone. The complainant is given the number and
 * the lookup code (shown this once) to follow the answer online.
 */
import { Form, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { ComplaintDetail } from '../../api/types';
import { useFeedback } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { newRequestId } from '../../lib/uuid';
import type { StaffChoice } from '../followups/known-staff';
import { ComplaintFields, complaintBody, type ComplaintFieldValues } from './complaint-fields';

interface RecordValues extends ComplaintFieldValues {
  channel: 'desk' | 'phone';
  staffId?: string;
}

interface RecordComplaintModalProps {
  open: boolean;
  /** Whom the complaint may be about; left out at the window. */
  staff?: StaffChoice[];
  initialCaseNumber?: string;
  onRecorded: (complaint: ComplaintDetail) => void;
  onClose: () => void;
}

export function RecordComplaintModal({
  open,
  staff,
  initialCaseNumber,
  onRecorded,
  onClose,
}: RecordComplaintModalProps) {
  const { modal, showError } = useFeedback();
  const [form] = Form.useForm<RecordValues>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  // A new id each time the form opens; a repeated submit of the same form is the same complaint.
  const [requestId, setRequestId] = useState(newRequestId);
  useEffect(() => {
    if (open) setRequestId(newRequestId());
  }, [open]);

  const submit = async () => {
    const values = await form.validateFields();
    setIsSubmitting(true);
    try {
      const { complaint, lookupCode } = await complaintsApi.recordComplaint({
        channel: values.channel,
        ...complaintBody(values),
        ...(values.staffId ? { staffId: values.staffId } : {}),
        requestId,
      });
      modal.success({
        title: '投诉已登记',
        content: (
          <div data-testid="complaint-recorded">
            <p>
              投诉编号：<strong>{complaint.number}</strong>
            </p>
            <p>
              查询码：<strong>{lookupCode}</strong>（仅显示这一次，请告知投诉人）
            </p>
            <p>
              答复期限：{formatDate(complaint.answerDue)}。投诉人可凭编号和查询码在网上查询答复。
            </p>
          </div>
        ),
      });
      onRecorded(complaint);
    } catch (err) {
      showError(err, '投诉登记失败');
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title="登记投诉"
      okText="登记"
      cancelText="取消"
      confirmLoading={isSubmitting}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RecordValues>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'desk', caseNumber: initialCaseNumber }}
      >
        <Form.Item label="受理渠道" name="channel" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'desk', label: '现场' },
              { value: 'phone', label: '电话' },
            ]}
          />
        </Form.Item>
        <ComplaintFields />
        {staff && staff.length > 0 && (
          <Form.Item label="被投诉的工作人员（可选）" name="staffId">
            <Select allowClear options={staff} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
