/**
 * 数据上传 (district and city offices): a centre's report batch — the JSON file its manager
 * exported — is uploaded and checked whole by the server, whose verdict is shown as given.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { indicatorsApi } from '../../api/indicators-client';
import type { BatchImport } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { formatDate } from '../../lib/format';

const VERDICT_LABELS: Record<BatchImport['status'], string> = {
  imported: '已导入',
  replaced: '已导入（替换该中心该期间的原有数据）',
  already_imported: '该批次此前已导入，未作修改',
};

type Outcome =
  | { ok: true; result: BatchImport; file: string }
  | { ok: false; message: string; code?: string; file: string };

export function ImportBatchCard({ onImported }: { onImported: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const upload = async (file: File) => {
    setIsBusy(true);
    try {
      let batch: unknown;
      try {
        batch = JSON.parse(await file.text());
      } catch {
        setOutcome({
          ok: false,
          message: '文件不是有效的JSON，请上传中心导出的上报批次文件',
          file: file.name,
        });
        return;
      }
      const result = await indicatorsApi.importBatch(batch);
      setOutcome({ ok: true, result, file: file.name });
      onImported();
    } catch (err) {
      setOutcome({
        ok: false,
        message: errorText(err),
        code: err instanceof ApiError ? err.code : undefined,
        file: file.name,
      });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Card size="small" title="导入中心上报批次">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={isBusy}>
            选择批次文件（JSON）
          </Button>
        </Upload>
        {outcome?.ok === true && (
          <Alert
            type={outcome.result.status === 'already_imported' ? 'info' : 'success'}
            showIcon
            data-testid="import-verdict"
            title={`${outcome.file}：${VERDICT_LABELS[outcome.result.status]}`}
            description={
              <Descriptions size="small" column={2}>
                <Descriptions.Item label="说明" span={2}>
                  {outcome.result.message}
                </Descriptions.Item>
                <Descriptions.Item label="中心">
                  {outcome.result.centre.name}（{outcome.result.centre.districtName}）
                </Descriptions.Item>
                <Descriptions.Item label="期间">
                  {formatDate(outcome.result.period.from)} 至 {formatDate(outcome.result.period.to)}
                </Descriptions.Item>
                <Descriptions.Item label="日数据">{outcome.result.days} 天</Descriptions.Item>
                <Descriptions.Item label="等候分布">{outcome.result.waits} 行</Descriptions.Item>
                <Descriptions.Item label="办件">{outcome.result.cases} 件</Descriptions.Item>
                <Descriptions.Item label="批次号">{outcome.result.batchId}</Descriptions.Item>
              </Descriptions>
            }
          />
        )}
        {outcome?.ok === false && (
          <Alert
            type="error"
            showIcon
            data-testid="import-verdict"
            title={`${outcome.file}：未导入`}
            description={`${outcome.message}${outcome.code ? `（${outcome.code}）` : ''}`}
          />
        )}
      </Space>
    </Card>
  );
}
