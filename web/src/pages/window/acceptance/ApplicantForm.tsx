/**
 * The applicant's identity and contact. The ID number is checked live by the server
 * (`POST /identity/validate`), which knows every document's rules; a valid resident ID shows the
 * birth date and sex it encodes so the clerk can compare them with the person in front of them.
 */
import { Form, Input, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { Applicant, IdType, Sex } from '../../../api/types';
import { formatDate } from '../../../lib/format';
import { ID_TYPES, ID_TYPE_LABELS, SEX_LABELS } from '../../../lib/labels';

interface CheckedId {
  type: IdType;
  number: string;
  birthDate?: string;
  sex?: Sex;
}

export const PHONE_PATTERN = /^1\d{10}$/;

export function ApplicantForm({ form }: { form: FormInstance<Applicant> }) {
  const [checked, setChecked] = useState<CheckedId | null>(null);
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const isCheckedNow = checked && checked.type === idType && checked.number === idNumber?.trim();

  const validateId = async (_: unknown, value: string | undefined) => {
    const number = value?.trim() ?? '';
    const type = form.getFieldValue('idType') as IdType | undefined;
    if (!number || !type) return;
    const answer = await api.validateIdentity(type, number);
    if (!answer.valid) {
      setChecked(null);
      throw new Error(answer.message);
    }
    setChecked({ type, number, birthDate: answer.birthDate, sex: answer.sex });
  };

  return (
    <Form<Applicant>
      form={form}
      name="applicant"
      layout="vertical"
      initialValues={{ idType: 'resident_id' }}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: 16 }}
    >
      <Form.Item label="证件类型" name="idType" rules={[{ required: true, message: '请选择证件类型' }]}>
        <Select options={ID_TYPES.map((t) => ({ value: t, label: ID_TYPE_LABELS[t] }))} />
      </Form.Item>
      <Form.Item
        label="证件号码"
        name="idNumber"
        dependencies={['idType']}
        validateDebounce={350}
        hasFeedback
        rules={[{ required: true, message: '请输入证件号码' }, { validator: validateId }]}
        extra={
          isCheckedNow && checked.birthDate ? (
            <Typography.Text type="success" data-testid="id-check">
              出生日期 {formatDate(checked.birthDate)}
              {checked.sex ? ` · 性别 ${SEX_LABELS[checked.sex]}` : ''}
            </Typography.Text>
          ) : undefined
        }
      >
        <Input autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item
        label="姓名"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请输入申请人姓名' }]}
      >
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
      <Form.Item
        label="联系电话"
        name="phone"
        rules={[
          { required: true, message: '请输入联系电话' },
          { pattern: PHONE_PATTERN, message: '请输入11位手机号码' },
        ]}
      >
        <Input autoComplete="off" inputMode="numeric" maxLength={11} />
      </Form.Item>
    </Form>
  );
}

/** The form's values as the API wants them: trimmed, the ID number in upper case. */
export function toApplicant(values: Applicant): Applicant {
  return {
    idType: values.idType,
    idNumber: values.idNumber.trim().toUpperCase(),
    name: values.name.trim(),
    phone: values.phone.trim(),
  };
}
