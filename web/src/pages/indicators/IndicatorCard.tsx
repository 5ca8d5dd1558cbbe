/**
 * One indicator: its value in the colour of its target (green met, red not), the target, and the
 * numerator and denominator it is made of. The definition, the formula and the clause of the
 * standard are in the tooltip; clicking a number lists the records behind it.
 */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import type { DrillPart, Indicator } from '../../api/types';
import { formatFigure, formatIndicator, metColour, targetText } from '../../lib/indicator-format';
import { partName } from './drill-target';

interface IndicatorCardProps {
  indicator: Indicator;
  onDrill: (indicator: Indicator, part: DrillPart) => void;
}

function Explanation({ indicator }: { indicator: Indicator }) {
  return (
    <div style={{ maxWidth: 360 }}>
      <div>
        <strong>定义：</strong>
        {indicator.definition}
      </div>
      <div>
        <strong>公式：</strong>
        {indicator.formula}
      </div>
      <div>
        <strong>依据：</strong>
        {indicator.clause}
      </div>
    </div>
  );
}

function MetTag({ met }: { met: boolean | null }) {
  if (met === null) return null;
  return met ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>;
}

export function IndicatorCard({ indicator: i, onDrill }: IndicatorCardProps) {
  // The value opens the numerator where there is one (a percentile has only its waits).
  const mainPart: DrillPart = i.numerator !== null ? 'numerator' : 'denominator';
  const canDrill = i.numerator !== null || i.denominator !== null;
  const part = (p: DrillPart, value: number | null) =>
    value === null ? null : (
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        onClick={() => onDrill(i, p)}
        aria-label={`${i.name}的${partName(i, p)}：${formatFigure(value)}，查看明细`}
      >
        {partName(i, p)} {formatFigure(value)}
      </Button>
    );

  return (
    <Card size="small" data-testid={`indicator-${i.code}`} style={{ height: '100%' }}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space size={4}>
          <Typography.Text type="secondary">{i.name}</Typography.Text>
          <Tooltip title={<Explanation indicator={i} />}>
            <InfoCircleOutlined aria-label={`${i.name}的定义和公式`} style={{ color: '#999' }} />
          </Tooltip>
        </Space>
        <Button
          type="text"
          disabled={!canDrill}
          onClick={() => onDrill(i, mainPart)}
          style={{
            padding: 0,
            height: 'auto',
            fontSize: 28,
            fontWeight: 600,
            color: metColour(i.met),
          }}
          data-testid={`indicator-value-${i.code}`}
        >
          {formatIndicator(i.value, i.unit)}
        </Button>
        <Space size={4} wrap>
          {i.target !== null && <Typography.Text type="secondary">{targetText(i)}</Typography.Text>}
          <MetTag met={i.met} />
        </Space>
        <Space size={4} wrap style={{ fontSize: 12 }}>
          {part('numerator', i.numerator)}
          {i.numerator !== null && i.denominator !== null && <span>÷</span>}
          {part('denominator', i.denominator)}
        </Space>
      </Space>
    </Card>
  );
}
