/**
 * The item's guide (办事指南) as the clerk checks it before accepting: conditions, the materials
 * as a checklist, fee, limits, legal basis and the expected completion date.
 */
import { Alert, Checkbox, Descriptions, Tag, Typography } from 'antd';
import type { ItemGuide } from '../../../api/types';
import { RowList } from '../../../components/RowList';
import { formatDate } from '../../../lib/format';
import { materialFormLabel, promisedLimitText } from '../../../lib/labels';

interface ItemGuideCardProps {
  guide: ItemGuide;
  received: string[];
  onReceivedChange: (ids: string[]) => void;
}

export function ItemGuideCard({ guide, received, onReceivedChange }: ItemGuideCardProps) {
  const receivedSet = new Set(received);
  const toggle = (id: string, isTicked: boolean) =>
    onReceivedChange(
      isTicked ? [...received, id] : received.filter((r) => r !== id),
    );

  return (
    <div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="办件类型">
          {guide.kind === 'immediate' ? <Tag color="green">即办件</Tag> : <Tag color="blue">承诺件</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="办理部门">{guide.departmentName}</Descriptions.Item>
        <Descriptions.Item label="承诺时限">{promisedLimitText(guide.kind, guide.promisedDays)}</Descriptions.Item>
        <Descriptions.Item label="法定时限">{guide.statutoryDays}个工作日</Descriptions.Item>
        <Descriptions.Item label="收费标准">{guide.fee || '不收费'}</Descriptions.Item>
        <Descriptions.Item label="到现场次数">{guide.visits}次</Descriptions.Item>
        <Descriptions.Item label="法律依据" span={2}>
          {guide.legalBasis || '—'}
        </Descriptions.Item>
      </Descriptions>

      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="expected-date"
        title={
          guide.kind === 'immediate'
            ? '即办件：受理后当场办结'
            : `今日受理，预计办结日期：${formatDate(guide.expectedDate)}`
        }
        description={
          guide.expectedDateProvisional
            ? '下一年度节假日安排尚未录入，预计日期按常规工作日推算，仅供参考。'
            : undefined
        }
      />

      <Typography.Title level={5}>办理条件</Typography.Title>
      {guide.conditions.length > 0 ? (
        <ul style={{ marginTop: 0 }}>
          {guide.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">无特别条件</Typography.Paragraph>
      )}

      <Typography.Title level={5}>申请材料（请逐项核对后勾选已收取的材料）</Typography.Title>
      <RowList
        label="申请材料"
        items={guide.materials}
        rowKey={(m) => m.id}
        emptyText="无需提交材料"
        render={(m) => (
          <Checkbox checked={receivedSet.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)}>
            {m.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
            {m.name}
            <Typography.Text type="secondary">
              （{materialFormLabel(m.form)} {m.copies}份）
            </Typography.Text>
          </Checkbox>
        )}
      />
    </div>
  );
}
