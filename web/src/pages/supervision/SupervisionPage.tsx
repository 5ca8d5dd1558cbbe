/**
 * 区级 / 市级监管 (district and city offices): the league table of the centres overseen, the same
 * indicator cards and trends for the whole scope, a centre's own numbers down to the records
 * behind them, exports, and the import of the report batches centres upload.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { indicatorsApi } from '../../api/indicators-client';
import type { LeagueRow } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useViewer } from '../../lib/session';
import { useLoad } from '../../lib/use-load';
import { ExportButtons } from '../indicators/ExportButtons';
import { RangeFilter } from '../indicators/RangeFilter';
import { ScopeReport } from '../indicators/ScopeReport';
import type { DayRange } from '../indicators/range';
import { useDayRange } from '../indicators/use-day-range';
import { CentreDrawer } from './CentreDrawer';
import { ImportBatchCard } from './ImportBatchCard';
import { LeagueTable } from './LeagueTable';
import { ScopeSwitch } from './ScopeSwitch';

function LeaguePanel({
  scope,
  range,
  onOpenCentre,
  reloadKey,
}: {
  scope: string;
  range: DayRange;
  onOpenCentre: (row: LeagueRow) => void;
  reloadKey: number;
}) {
  const [sort, setSort] = useState<string>();
  const league = useLoad(
    () => indicatorsApi.league({ scope, from: range.from, to: range.to, sort }),
    [scope, range.from, range.to, sort, reloadKey],
  );
  const query = { scope, ...range, ...(sort ? { sort } : {}) };
  const icon = <DownloadOutlined aria-hidden />;

  return (
    <Card
      size="small"
      title={league.data ? `${league.data.scopeName} · 受理中心排名` : '受理中心排名'}
      extra={
        <Space>
          <Button icon={icon} href={indicatorsApi.leagueExportUrl('xlsx', query)} download>
            排名表Excel
          </Button>
          <Button icon={icon} href={indicatorsApi.leagueExportUrl('csv', query)} download>
            排名表CSV
          </Button>
        </Space>
      }
    >
      {league.error != null && <Alert type="error" showIcon title={errorText(league.error)} />}
      {!league.data && league.isLoading && <Spin />}
      {league.data && (
        <LeagueTable
          league={league.data}
          isLoading={league.isLoading}
          onSort={setSort}
          onOpenCentre={onOpenCentre}
        />
      )}
    </Card>
  );
}

export default function SupervisionPage() {
  const viewer = useViewer();
  const { range, today, setRange } = useDayRange();
  const isCity = viewer.role === 'city';
  const [scope, setScope] = useState(isCity ? 'city' : `district:${viewer.districtCode ?? ''}`);
  const [centre, setCentre] = useState<LeagueRow['centre'] | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  // The city's districts, from the city's league table (the one list that names them all).
  const cityLeague = useLoad(
    async () => (isCity && range ? indicatorsApi.league({ scope: 'city', ...range }) : null),
    [isCity, range?.from, range?.to],
  );
  const districts = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const r of cityLeague.data?.rows ?? [])
      byCode.set(r.centre.districtCode, r.centre.districtName);
    return [...byCode].map(([code, name]) => ({ code, name }));
  }, [cityLeague.data]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {isCity ? '市级监管' : '区级监管'}
            </Typography.Title>
            {isCity && <ScopeSwitch scope={scope} districts={districts} onChange={setScope} />}
            <RangeFilter value={range} today={today} onChange={setRange} />
          </Space>
          {range && <ExportButtons scope={scope} range={range} />}
        </Space>
      </Card>
      {!isCity && !viewer.districtCode && (
        <Alert type="warning" showIcon title="您的账号未设置所管辖的区，请联系系统管理员" />
      )}
      {range ? (
        <Tabs
          items={[
            {
              key: 'league',
              label: '中心排名',
              children: (
                <LeaguePanel
                  scope={scope}
                  range={range}
                  onOpenCentre={(r) => setCentre(r.centre)}
                  reloadKey={reloadKey}
                />
              ),
            },
            {
              key: 'overview',
              label: '指标概览',
              children: <ScopeReport scope={scope} range={range} />,
            },
            {
              key: 'import',
              label: '数据上传',
              children: <ImportBatchCard onImported={() => setReloadKey((k) => k + 1)} />,
            },
          ]}
        />
      ) : (
        <Spin size="large" />
      )}
      {range && <CentreDrawer centre={centre} range={range} onClose={() => setCentre(null)} />}
    </Space>
  );
}
