/**
 * The fields every channel asks of a complainant (category, name, phone, content, case number),
 * with the rules the server checks, shared by the desk form and the online form.
 */
import { Form, Input, Select } from 'antd';
import { COMPLAINT_CATEGORIES } from '../../lib/supervision-labels';

/** The server's phone rule: an 11-digit mobile or a fixed line with its area code. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const NAME_PATTERN = /^[\p{L}\p{M}·•.\s'-]+$/u;
const CASE_NUMBER_PATTERN = /^[A-Za-z0-9]{6,40}$/;

export interface ComplaintFieldValues {
  category: string;
  complainantName: string;
  complainantPhone: string;
  content: string;
  caseNumber?: string;
}

export const CATEGORY_OPTIONS = Object.entries(COMPLAINT_CATEGORIES).map(([value, label]) => ({
  value,
  label,
}));

/** The values as the API takes them: trimmed, the optional case number left out when empty. */
export function complaintBody(v: ComplaintFieldValues): ComplaintFieldValues {
  const caseNumber = v.caseNumber?.trim().toUpperCase();
  return {
    category: v.category,
    complainantName: v.complainantName.trim(),
    complainantPhone: v.complainantPhone.trim(),
    content: v.content.trim(),
    ...(caseNumber ? { caseNumber } : {}),
  };
}

export function ComplaintFields() {
  return (
    <>
      <Form.Item
        label="投诉类别"
        name="category"
        rules={[{ required: true, message: '请选择投诉类别' }]}
      >
        <Select options={CATEGORY_OPTIONS} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        label="投诉人姓名"
        name="complainantName"
        rules={[
          { required: true, whitespace: true, message: '请输入投诉人姓名' },
          { pattern: NAME_PATTERN, message: '姓名只能包含文字、间隔号和空格' },
        ]}
      >
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="联系电话"
        name="complainantPhone"
        rules={[
          { required: true, whitespace: true, message: '请输入联系电话' },
          { pattern: PHONE_PATTERN, message: '联系电话应为11位手机号码或带区号的固定电话' },
        ]}
      >
        <Input maxLength={20} autoComplete="off" inputMode="tel" />
      </Form.Item>
      <Form.Item
        label="投诉内容"
        name="content"
        rules={[
          { required: true, whitespace: true, message: '请填写投诉内容' },
          { min: 5, message: '投诉内容至少5个字' },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item
        label="相关办件编号（可选）"
        name="caseNumber"
        rules={[{ pattern: CASE_NUMBER_PATTERN, message: '办件编号格式不正确' }]}
      >
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
    </>
  );
}
