/** The date range of every indicator page: two business dates, with the usual presets. */
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { rangePresets, type DayRange } from './range';

dayjs.locale('zh-cn');

const DAY = 'YYYY-MM-DD';

interface RangeFilterProps {
  value: DayRange | null;
  /** The server's business date, for the presets and the latest day allowed. */
  today: string | null;
  onChange: (range: DayRange) => void;
}

export function RangeFilter({ value, today, onChange }: RangeFilterProps) {
  const presets = today
    ? rangePresets(today).map((p) => ({
        label: p.label,
        value: [dayjs(p.range.from), dayjs(p.range.to)] as [Dayjs, Dayjs],
      }))
    : undefined;

  return (
    <DatePicker.RangePicker
      aria-label="统计期"
      allowClear={false}
      value={value ? [dayjs(value.from), dayjs(value.to)] : null}
      presets={presets}
      disabledDate={today ? (d) => d.isAfter(dayjs(today), 'day') : undefined}
      onChange={(dates) => {
        const [from, to] = dates ?? [];
        if (from && to) onChange({ from: from.format(DAY), to: to.format(DAY) });
      }}
    />
  );
}
