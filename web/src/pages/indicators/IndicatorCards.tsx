/** The standard's indicators of one scope and range, a card each. */
import { Col, Empty, Row } from 'antd';
import type { DrillPart, Indicator } from '../../api/types';
import { IndicatorCard } from './IndicatorCard';

interface IndicatorCardsProps {
  indicators: Indicator[];
  onDrill: (indicator: Indicator, part: DrillPart) => void;
}

export function IndicatorCards({ indicators, onDrill }: IndicatorCardsProps) {
  if (indicators.length === 0) return <Empty description="暂无指标" />;
  return (
    <Row gutter={[12, 12]}>
      {indicators.map((i) => (
        <Col key={i.code} xs={24} sm={12} lg={8} xl={6}>
          <IndicatorCard indicator={i} onDrill={onDrill} />
        </Col>
      ))}
    </Row>
  );
}
