/** Sets one day of the calendar: a workday (e.g. 调休上班) or a day off (e.g. 春节), with its name. */
import { Button, Form, Input, Radio, Space } from 'antd';
import { useEffect } from 'react';
import type { CalendarDay } from '../../api/types';

export interface DayValues {
  date: string;
  workday: boolean;
  name?: string;
}

interface DayFormProps {
  year: number;
  editing: CalendarDay | null;
  isSaving: boolean;
  onSave: (values: DayValues) => void;
}

export function DayForm({ year, editing, isSaving, onSave }: DayFormProps) {
  const [form] = Form.useForm<DayValues>();

  useEffect(() => {
    if (editing) form.setFieldsValue({ date: editing.date, workday: editing.workday, name: editing.name ?? '' });
  }, [editing, form]);

  return (
    <Form<DayValues>
      form={form}
      layout="inline"
      initialValues={{ workday: false }}
      onFinish={onSave}
      style={{ rowGap: 12 }}
    >
      <Form.Item
        label="日期"
        name="date"
        rules={[
          { required: true, message: '请选择日期' },
          { pattern: new RegExp(`^${year}-\\d{2}-\\d{2}$`), message: `请选择${year}年内的日期` },
        ]}
      >
        <Input type="date" min={`${year}-01-01`} max={`${year}-12-31`} />
      </Form.Item>
      <Form.Item label="类型" name="workday">
        <Radio.Group
          options={[
            { value: false, label: '休息日' },
            { value: true, label: '工作日（调休上班）' },
          ]}
        />
      </Form.Item>
      <Form.Item label="名称" name="name">
        <Input placeholder="如：春节、国庆节调休" maxLength={30} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          保存该日
        </Button>
      </Space>
    </Form>
  );
}
