/**
 * One centre seen from the district or the city: its indicators, trends and breakdowns for the
 * same range, the records behind each number (names masked), and its exports.
 */
import { Drawer, Space } from 'antd';
import type { LeagueRow } from '../../api/types';
import { ExportButtons } from '../indicators/ExportButtons';
import { ScopeReport } from '../indicators/ScopeReport';
import type { DayRange } from '../indicators/range';

interface CentreDrawerProps {
  centre: LeagueRow['centre'] | null;
  range: DayRange;
  onClose: () => void;
}

export function CentreDrawer({ centre, range, onClose }: CentreDrawerProps) {
  const scope = centre ? `centre:${centre.code}` : '';
  return (
    <Drawer
      open={centre !== null}
      onClose={onClose}
      size="90%"
      title={centre ? `${centre.name} · ${centre.districtName}` : '受理中心'}
    >
      {centre && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ExportButtons scope={scope} range={range} centreCode={centre.code} />
          <ScopeReport
            scope={scope}
            range={range}
            showBreakdown={centre.source === 'local'}
            isUploadedCentre={centre.source === 'upload'}
          />
        </Space>
      )}
    </Drawer>
  );
}
