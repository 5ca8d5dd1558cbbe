/**
 * 办件进度查询, public: the receipt's QR code opens it with `?case=`. The case number and the last
 * four characters of the ID number together unlock the status; nothing personal is shown.
 */
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Progress } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';
import { DECISION_LABELS } from '../../lib/labels';

interface Query {
  caseNumber: string;
  idTail: string;
}

export default function ProgressPage() {
  const [params] = useSearchParams();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSearching, setIsSearching] = useState(false);

  const search = async ({ caseNumber, idTail }: Query) => {
    setIsSearching(true);
    setError(null);
    setProgress(null);
    try {
      const answer = await api.progress(caseNumber.trim(), idTail.trim().toUpperCase());
      setProgress(answer.progress);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsSearching(false);
    }
  };

  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: '32px 16px' }}>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        办件进度查询
      </Typography.Title>
      <Card>
        <Form<Query>
          layout="vertical"
          initialValues={{ caseNumber: params.get('case') ?? '' }}
          onFinish={(q) => void search(q)}
        >
          <Form.Item
            label="受理编号"
            name="caseNumber"
            rules={[{ required: true, whitespace: true, message: '请输入受理回执上的受理编号' }]}
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
      {progress && (
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
            <Descriptions.Item label="预计办结日期">{formatDate(progress.expectedDate)}</Descriptions.Item>
            <Descriptions.Item label="办理结果">
              {progress.decision ? (DECISION_LABELS[progress.decision] ?? progress.decision) : '尚未作出决定'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </main>
  );
}
