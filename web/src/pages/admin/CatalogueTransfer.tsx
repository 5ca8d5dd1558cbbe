/** The catalogue as a workbook: download it, edit it, upload it back (all or nothing). */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { CatalogueImport } from '../../api/types';
import { errorText } from '../../lib/feedback';

type Outcome = { kind: 'done'; fileName: string; result: CatalogueImport } | { kind: 'failed'; fileName: string; message: string };

export function CatalogueTransfer() {
  const [isUploading, setIsUploading] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (file: File) => {
    setIsUploading(true);
    setOutcome(null);
    try {
      const result = await api.uploadCatalogue(file);
      setOutcome({ kind: 'done', fileName: file.name, result });
    } catch (err) {
      setOutcome({ kind: 'failed', fileName: file.name, message: errorText(err) });
    } finally {
      setIsUploading(false);
    }
  };

  return (
    <Card title="事项目录">
      <Typography.Paragraph>
        下载当前事项目录（Excel 工作簿），修改后上传。上传的文件须完整无误才会生效；任何一处有误，目录保持不变。
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined aria-hidden />} href={api.catalogueDownloadUrl} download="catalogue.xlsx">
          下载事项目录
        </Button>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={isUploading}>
            上传事项目录
          </Button>
        </Upload>
      </Space>
      {outcome?.kind === 'done' && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="catalogue-result"
          title={`已导入 ${outcome.fileName}`}
          description={`共 ${outcome.result.departments} 个部门、${outcome.result.items} 个事项。`}
        />
      )}
      {outcome?.kind === 'failed' && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          data-testid="catalogue-result"
          title={`${outcome.fileName} 未导入，目录未作任何更改`}
          description={outcome.message}
        />
      )}
    </Card>
  );
}
