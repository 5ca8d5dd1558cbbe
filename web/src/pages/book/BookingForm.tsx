/**
 * The booking form: an item (searchable), one of the open dates, a time band with places left,
 * and the applicant (ID checked by the server as it is typed, name, phone).
 */
import { Alert, Button, Form, Input, Radio, Select, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { Appointment } from '../../api/queue-types';
import type { IdType } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { ID_TYPES, ID_TYPE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/use-load';
import { NAME_PATTERN, PHONE_PATTERN, dayLabel } from './booking-rules';

interface BookingValues {
  itemCode: string;
  date: string;
  band: string;
  idType: IdType;
  idNumber: string;
  name: string;
  phone: string;
}

interface BookingFormProps {
  centreCode: string;
  onBooked: (appointment: Appointment) => void;
}

export function BookingForm({ centreCode, onBooked }: BookingFormProps) {
  const [form] = Form.useForm<BookingValues>();
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const date = Form.useWatch('date', form);
  const items = useLoad(() => api.items(), []);
  const open = useLoad(() => api.availability(centreCode), [centreCode]);
  const day = useLoad(
    async () => (date ? api.availability(centreCode, date) : null),
    [centreCode, date],
  );

  const itemOptions = useMemo(
    () =>
      (items.data?.items ?? []).map((item) => ({
        value: item.code,
        label: `${item.name}（${item.departmentName}）`,
        search: `${item.name} ${item.code} ${item.departmentName}`,
      })),
    [items.data],
  );

  const validateId = async (_: unknown, value: string | undefined) => {
    const number = value?.trim() ?? '';
    const type = form.getFieldValue('idType') as IdType | undefined;
    if (!number || !type) return;
    const answer = await api.validateIdentity(type, number);
    if (!answer.valid) throw new Error(answer.message);
  };

  const submit = async (values: BookingValues) => {
    setIsSending(true);
    setError(null);
    try {
      const { appointment } = await api.book(centreCode, {
        ...values,
        idNumber: values.idNumber.trim().toUpperCase(),
        name: values.name.trim(),
        phone: values.phone.trim(),
      });
      onBooked(appointment);
    } catch (err) {
      setError(errorText(err));
      void day.reload();
    } finally {
      setIsSending(false);
    }
  };

  const bands = date && day.data?.date === date ? day.data.bands : [];
  const isDayFull = date !== undefined && day.data?.date === date && day.data.dayLeft === 0;
  return (
    <Form<BookingValues>
      form={form}
      name="booking"
      layout="vertical"
      requiredMark={false}
      initialValues={{ idType: 'resident_id' }}
      onFinish={(v) => void submit(v)}
      onValuesChange={(changed: Partial<BookingValues>) => {
        if ('date' in changed) form.setFieldValue('band', undefined);
        setError(null);
      }}
    >
      {open.data && (
        <p className="book-rules">
          可预约今后{open.data.dates.length}
          个工作日（自下一个工作日起），实名预约，每人每天限约一次。
        </p>
      )}
      <Form.Item
        label="1. 办理事项"
        name="itemCode"
        rules={[{ required: true, message: '请选择要办理的事项' }]}
      >
        <Select
          size="large"
          placeholder="输入事项名称搜索，如：居住证"
          loading={items.isLoading}
          showSearch={{ optionFilterProp: 'search' }}
          options={itemOptions}
          virtual
          listHeight={360}
        />
      </Form.Item>
      <Form.Item label="2. 预约日期">
        {open.data ? (
          <Form.Item name="date" noStyle rules={[{ required: true, message: '请选择预约日期' }]}>
            <Radio.Group
              className="book-choices"
              optionType="button"
              buttonStyle="solid"
              size="large"
              options={open.data.dates.map((d) => ({ value: d, label: dayLabel(d) }))}
            />
          </Form.Item>
        ) : open.error != null ? (
          <Alert type="error" showIcon title={errorText(open.error)} />
        ) : (
          <Spin />
        )}
      </Form.Item>
      <Form.Item label="3. 预约时段" extra={isDayFull ? '该日预约已满，请选择其他日期' : undefined}>
        {!date ? (
          <Typography.Text type="secondary">请先选择日期</Typography.Text>
        ) : bands.length === 0 ? (
          day.error != null ? (
            <Alert type="error" showIcon title={errorText(day.error)} />
          ) : (
            <Spin />
          )
        ) : (
          <Form.Item name="band" noStyle rules={[{ required: true, message: '请选择预约时段' }]}>
            <Radio.Group
              className="book-choices"
              optionType="button"
              buttonStyle="solid"
              size="large"
              options={bands.map((b) => ({
                value: b.band,
                disabled: b.left <= 0,
                label: `${b.band.replace('-', '–')}（${b.left > 0 ? `余${b.left}个` : '已满'}）`,
              }))}
            />
          </Form.Item>
        )}
      </Form.Item>
      <div className="book-applicant">
        <Form.Item
          label="4. 证件类型"
          name="idType"
          rules={[{ required: true, message: '请选择证件类型' }]}
        >
          <Select
            size="large"
            options={ID_TYPES.map((t) => ({ value: t, label: ID_TYPE_LABELS[t] }))}
          />
        </Form.Item>
        <Form.Item
          label="证件号码"
          name="idNumber"
          dependencies={['idType']}
          validateDebounce={350}
          hasFeedback
          rules={[
            { required: true, whitespace: true, message: '请输入证件号码' },
            { validator: validateId },
          ]}
        >
          <Input size="large" autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { pattern: NAME_PATTERN, message: '姓名只能包含文字、间隔号和空格' },
          ]}
        >
          <Input size="large" autoComplete="name" maxLength={50} />
        </Form.Item>
        <Form.Item
          label="手机号码"
          name="phone"
          rules={[
            { required: true, message: '请输入联系电话' },
            { pattern: PHONE_PATTERN, message: '请输入11位手机号码或带区号的固定电话' },
          ]}
        >
          <Input size="large" autoComplete="tel" inputMode="tel" maxLength={13} />
        </Form.Item>
      </div>
      {error && (
        <div className="book-error" role="alert">
          {error}
        </div>
      )}
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        block
        loading={isSending}
        className="book-submit"
      >
        提交预约
      </Button>
    </Form>
  );
}
