/** 查询答复: a complaint by its number and lookup code; once answered, the complainant rates the answer. */
import { Alert, Button, Descriptions, Form, Input, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { complaintsApi } from '../../api/complaints-client';
import type { ComplaintSatisfaction, PublicComplaint } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { COMPLAINT_SATISFACTION } from '../../lib/supervision-labels';

interface LookupValues {
  number: string;
  code: string;
}

export function ComplaintLookup({ initial }: { initial: LookupValues | null }) {
  const [form] = Form.useForm<LookupValues>();
  const [found, setFound] = useState<{ complaint: PublicComplaint; code: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [satisfaction, setSatisfaction] = useState<ComplaintSatisfaction>();

  const lookup = async ({ number, code }: LookupValues) => {
    setIsBusy(true);
    setError(null);
    try {
      const { complaint } = await complaintsApi.lookupComplaint(
        number.trim().toUpperCase(),
        code.trim().toUpperCase(),
      );
      setFound({ complaint, code: code.trim().toUpperCase() });
    } catch (err) {
      setFound(null);
      setError(errorText(err));
    } finally {
      setIsBusy(false);
    }
  };

  useEffect(() => {
    if (!initial) return;
    form.setFieldsValue(initial);
    void lookup(initial);
    // Only when a new complaint is handed over from the form (`lookup` reads nothing else).
  }, [initial]);

  const rate = async () => {
    if (!found || !satisfaction) return;
    setIsBusy(true);
    try {
      const { complaint } = await complaintsApi.rateComplaintAnswer(
        found.complaint.number,
        found.code,
        satisfaction,
      );
      setFound({ ...found, complaint });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsBusy(false);
    }
  };

  const c = found?.complaint;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form<LookupValues> form={form} layout="vertical" onFinish={(v) => void lookup(v)}>
        <Form.Item
          label="投诉编号"
          name="number"
          rules={[{ required: true, whitespace: true, message: '请输入投诉编号' }]}
        >
          <Input placeholder="TS2026000001" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="查询码"
          name="code"
          rules={[
            { required: true, whitespace: true, message: '请输入查询码' },
            { pattern: /^[A-Za-z0-9]{8}$/, message: '查询码应为8位字母或数字' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Button htmlType="submit" size="large" block loading={isBusy && !found}>
          查询
        </Button>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
      {c && (
        <Descriptions bordered column={1} size="small" data-testid="complaint-lookup">
          <Descriptions.Item label="投诉编号">{c.number}</Descriptions.Item>
          <Descriptions.Item label="状态">{c.statusLabel}</Descriptions.Item>
          <Descriptions.Item label="类别">{c.categoryLabel}</Descriptions.Item>
          <Descriptions.Item label="收到日期">
            {formatDate(c.receivedOn)}（{c.channelLabel}）
          </Descriptions.Item>
          <Descriptions.Item label="答复期限">{formatDate(c.answerDue)}</Descriptions.Item>
          <Descriptions.Item label="投诉内容">{c.content}</Descriptions.Item>
          <Descriptions.Item label="答复">
            {c.answer ? `${c.answer}（${formatDate(c.answeredOn)}）` : '尚未答复，请耐心等待'}
          </Descriptions.Item>
          <Descriptions.Item label="您的评价">
            {c.satisfaction ? (
              COMPLAINT_SATISFACTION[c.satisfaction]
            ) : c.canGiveSatisfaction ? (
              <Space wrap>
                <Radio.Group
                  value={satisfaction}
                  onChange={(e) => setSatisfaction(e.target.value as ComplaintSatisfaction)}
                  options={Object.entries(COMPLAINT_SATISFACTION).map(([value, label]) => ({
                    value,
                    label,
                  }))}
                />
                <Button
                  type="primary"
                  disabled={!satisfaction}
                  loading={isBusy}
                  onClick={() => void rate()}
                >
                  提交评价
                </Button>
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Space>
  );
}
