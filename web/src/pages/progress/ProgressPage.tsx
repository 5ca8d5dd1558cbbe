/**
 * 办件进度查询, public: the receipt's QR code opens it with `?case=`. The case number and the last
 * four characters of the ID number together unlock the status; nothing personal is shown. A
 * hand-off (收件转送告知书, `?handoff=`) is looked up the same way by its number, and shows the case
 * number once the accepting centre has accepted it.
 */
import { Alert, Button, Card, Descriptions, Form, Input, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { handoffsApi } from '../../api/handoffs-client';
import type { HandoffProgress, Progress } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { DECISION_LABELS } from '../../lib/labels';

type Mode = 'case' | 'handoff';

interface Query {
  number: string;
  idTail: string;
}

const NUMBER_FIELD: Record<Mode, { label: string; message: string }> = {
  case: { label: '受理编号', message: '请输入受理回执上的受理编号' },
  handoff: { label: '转送件编号', message: '请输入收件转送告知书上的转送件编号' },
};

function CaseResult({ progress }: { progress: Progress }) {
  return (
    <Card style={{ marginTop: 16 }} title="办理进度" data-testid="progress-result">
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label="受理编号">{progress.caseNumber}</Descriptions.Item>
        <Descriptions.Item label="事项">{progress.itemName}</Descriptions.Item>
        <Descriptions.Item label="办理状态">
          <Tag color="blue" data-testid="progress-status">
            {progress.statusLabel}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="受理日期">{formatDate(progress.acceptedOn)}</Descriptions.Item>
        <Descriptions.Item label="预计办结日期">
          {formatDate(progress.expectedDate)}
        </Descriptions.Item>
        <Descriptions.Item label="办理结果">
          {progress.decision
            ? (DECISION_LABELS[progress.decision] ?? progress.decision)
            : '尚未作出决定'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function HandoffResult({ handoff: h }: { handoff: HandoffProgress }) {
  return (
    <Card style={{ marginTop: 16 }} title="转送进度" data-testid="progress-result">
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label="转送件编号">{h.handoffNumber}</Descriptions.Item>
        <Descriptions.Item label="事项">{h.itemName}</Descriptions.Item>
        <Descriptions.Item label="转送状态">
          <Tag color="blue" data-testid="progress-status">
            {h.statusLabel}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="收件中心">{h.fromCentreName}</Descriptions.Item>
        <Descriptions.Item label="收件日期">{formatDate(h.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label="受理中心">{h.toCentreName}</Descriptions.Item>
        <Descriptions.Item label="转送期限">{formatDate(h.forwardDue)}前</Descriptions.Item>
        <Descriptions.Item label="受理编号">
          {h.caseNumber ? (
            <span data-testid="progress-case-number">
              {h.caseNumber}
              {h.caseStatusLabel ? `（${h.caseStatusLabel}）` : ''}
            </span>
          ) : (
            '尚未受理'
          )}
        </Descriptions.Item>
        {h.returnReason && (
          <Descriptions.Item label="退回理由">
            <span data-testid="progress-return-reason">{h.returnReason}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {h.caseNumber && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          此后可凭受理编号查询办理进度。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

export default function ProgressPage() {
  const [params] = useSearchParams();
  const [mode, setMode] = useState<Mode>(params.get('handoff') ? 'handoff' : 'case');
  const [form] = Form.useForm<Query>();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [handoff, setHandoff] = useState<HandoffProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSearching, setIsSearching] = useState(false);

  const switchMode = (next: Mode) => {
    setMode(next);
    setProgress(null);
    setHandoff(null);
    setError(null);
    form.resetFields(['number']);
  };

  const search = async ({ number, idTail }: Query) => {
    setIsSearching(true);
    setError(null);
    setProgress(null);
    setHandoff(null);
    const tail = idTail.trim().toUpperCase();
    try {
      if (mode === 'handoff') {
        setHandoff((await handoffsApi.progress(number.trim().toUpperCase(), tail)).handoff);
      } else {
        setProgress((await api.progress(number.trim(), tail)).progress);
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsSearching(false);
    }
  };

  const field = NUMBER_FIELD[mode];
  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: '32px 16px' }}>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        办件进度查询
      </Typography.Title>
      <Card>
        <Segmented<Mode>
          block
          value={mode}
          onChange={switchMode}
          options={[
            { value: 'case', label: '办件（受理回执）' },
            { value: 'handoff', label: '转送件（收件转送告知书）' },
          ]}
          style={{ marginBottom: 16 }}
        />
        <Form<Query>
          form={form}
          layout="vertical"
          initialValues={{ number: params.get('handoff') ?? params.get('case') ?? '' }}
          onFinish={(q) => void search(q)}
        >
          <Form.Item
            label={field.label}
            name="number"
            rules={[{ required: true, whitespace: true, message: field.message }]}
          >
            <Input size="large" autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="证件号码后4位"
            name="idTail"
            rules={[
              { required: true, message: '请输入申请人证件号码后4位' },
              { pattern: /^[0-9A-Za-z]{4}$/, message: '请输入4位数字或字母' },
            ]}
          >
            <Input size="large" maxLength={4} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={isSearching}>
            查询
          </Button>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} />}
      {progress && <CaseResult progress={progress} />}
      {handoff && <HandoffResult handoff={handoff} />}
    </main>
  );
}
