/** The city office looks at the whole city or at one district; a district office at its own. */
import { Segmented, Select, Space } from 'antd';

interface ScopeSwitchProps {
  scope: string;
  districts: { code: string; name: string }[];
  onChange: (scope: string) => void;
}

export function ScopeSwitch({ scope, districts, onChange }: ScopeSwitchProps) {
  const isCity = scope === 'city';
  const district = isCity ? undefined : scope.slice('district:'.length);
  return (
    <Space wrap>
      <Segmented<'city' | 'district'>
        value={isCity ? 'city' : 'district'}
        onChange={(v) => {
          if (v === 'city') onChange('city');
          else if (districts[0]) onChange(`district:${district ?? districts[0].code}`);
        }}
        options={[
          { value: 'city', label: '全市' },
          { value: 'district', label: '按区', disabled: districts.length === 0 },
        ]}
      />
      {!isCity && (
        <Select
          aria-label="区"
          style={{ width: 160 }}
          value={district}
          onChange={(code) => onChange(`district:${code}`)}
          options={districts.map((d) => ({ value: d.code, label: d.name }))}
        />
      )}
    </Space>
  );
}
