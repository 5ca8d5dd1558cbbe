/** 网上投诉: the form, and the number and lookup code the complainant keeps to see the answer. */
import { Alert, Button, Form, Result, Typography } from 'antd';
import { useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { SubmittedComplaint } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import {
  ComplaintFields,
  complaintBody,
  type ComplaintFieldValues,
} from '../complaints/complaint-fields';

interface OnlineComplaintFormProps {
  centreCode: string;
  onLookup: (number: string, code: string) => void;
}

export function OnlineComplaintForm({ centreCode, onLookup }: OnlineComplaintFormProps) {
  const [form] = Form.useForm<ComplaintFieldValues>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<SubmittedComplaint | null>(null);

  const submit = async (values: ComplaintFieldValues) => {
    setIsSubmitting(true);
    setError(null);
    try {
      const { complaint } = await complaintsApi.submitComplaint(centreCode, complaintBody(values));
      setDone(complaint);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsSubmitting(false);
    }
  };

  if (done) {
    return (
      <Result
        status="success"
        title="投诉已提交"
        subTitle={`我们将在${formatDate(done.answerDue)}前答复您。`}
        extra={[
          <div
            key="codes"
            data-testid="complaint-submitted"
            style={{ fontSize: 20, marginBottom: 16 }}
          >
            <div>
              投诉编号：<strong>{done.number}</strong>
            </div>
            <div>
              查询码：<strong>{done.lookupCode}</strong>
            </div>
            <Typography.Text type="warning">
              请记下投诉编号和查询码，查询答复时需要；查询码不会再次显示。
            </Typography.Text>
          </div>,
          <Button
            key="lookup"
            type="primary"
            onClick={() => onLookup(done.number, done.lookupCode)}
          >
            查询答复
          </Button>,
        ]}
      />
    );
  }

  return (
    <Form<ComplaintFieldValues> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <ComplaintFields />
      <Typography.Paragraph type="secondary">
        您的姓名和电话仅用于答复和回访，不会公开。
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" size="large" block loading={isSubmitting}>
        提交投诉
      </Button>
    </Form>
  );
}
