/** 取消预约: the booking code and the last four characters of the ID number used to book. */
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { Appointment } from '../../api/queue-types';
import { errorText } from '../../lib/feedback';
import { BOOKING_CODE_PATTERN, ID_TAIL_PATTERN, dayLabel } from './booking-rules';

interface CancelValues {
  code: string;
  idTail: string;
}

export function CancelForm({ centreCode }: { centreCode: string }) {
  const [cancelled, setCancelled] = useState<Appointment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  const submit = async ({ code, idTail }: CancelValues) => {
    setIsSending(true);
    setError(null);
    setCancelled(null);
    try {
      const { appointment } = await api.cancelBooking(centreCode, {
        code: code.trim(),
        idTail: idTail.trim().toUpperCase(),
      });
      setCancelled(appointment);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Form<CancelValues>
      name="cancel"
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      className="book-cancel"
    >
      <div className="book-applicant">
        <Form.Item
          label="预约码"
          name="code"
          rules={[
            { required: true, message: '请输入8位预约码' },
            { pattern: BOOKING_CODE_PATTERN, message: '预约码应为8位数字' },
          ]}
        >
          <Input size="large" inputMode="numeric" maxLength={8} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="证件号码后4位"
          name="idTail"
          rules={[
            { required: true, message: '请输入证件号码后4位' },
            { pattern: ID_TAIL_PATTERN, message: '请输入4位数字或X' },
          ]}
        >
          <Input size="large" maxLength={4} autoComplete="off" />
        </Form.Item>
      </div>
      {error && (
        <div className="book-error" role="alert">
          {error}
        </div>
      )}
      {cancelled && (
        <Alert
          type="success"
          showIcon
          className="book-cancelled"
          title={`已取消预约：${dayLabel(cancelled.date)} ${cancelled.band.replace('-', '–')} · ${cancelled.itemName}`}
        />
      )}
      <Button htmlType="submit" size="large" danger loading={isSending}>
        取消预约
      </Button>
    </Form>
  );
}
