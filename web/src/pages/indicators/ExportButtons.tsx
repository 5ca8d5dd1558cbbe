/** Downloads of what the page shows: the indicators as Excel or CSV, and the centre's monthly report. */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { indicatorsApi } from '../../api/indicators-client';
import { monthOf, type DayRange } from './range';

interface ExportButtonsProps {
  scope: string;
  range: DayRange;
  /** The centre of a centre scope: its monthly report (月报) for the month the range ends in. */
  centreCode?: string;
  /** The centre manager may also export the centre's report batch (数据上传) for the range. */
  canExportBatch?: boolean;
}

export function ExportButtons({ scope, range, centreCode, canExportBatch }: ExportButtonsProps) {
  const query = { scope, ...range };
  const month = monthOf(range);
  const icon = <DownloadOutlined aria-hidden />;
  return (
    <Space wrap>
      <Button icon={icon} href={indicatorsApi.exportUrl('xlsx', query)} download>
        导出Excel
      </Button>
      <Button icon={icon} href={indicatorsApi.exportUrl('csv', query)} download>
        导出CSV
      </Button>
      {centreCode && (
        <Tooltip title={`${month.slice(0, 4)}年${Number(month.slice(5, 7))}月工作月报`}>
          <Button icon={icon} href={indicatorsApi.monthlyReportUrl(centreCode, month)} download>
            月报（Excel）
          </Button>
        </Tooltip>
      )}
      {canExportBatch && (
        <Tooltip title="本统计期的上报批次（交换格式JSON），交区级管理部门导入">
          <Button
            icon={icon}
            href={indicatorsApi.batchExportUrl(range)}
            download={`上报批次-${range.from}-${range.to}.json`}
          >
            导出上报批次
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
