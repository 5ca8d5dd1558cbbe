/** A searchable choice of the catalogue's items, grouped by line, the ticket's line first. */
import { Select, Tag } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { ItemSummary } from '../../../api/types';

interface ItemPickerProps {
  id?: string;
  items: ItemSummary[];
  lineNames: Record<string, string>;
  preferredLine: string;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}

interface ItemOption {
  value: string;
  label: ReactNode;
  search: string;
}

export function ItemPicker({ id, items, lineNames, preferredLine, value, onChange }: ItemPickerProps) {
  const groups = useMemo(() => {
    const byLine = new Map<string, ItemOption[]>();
    for (const item of items) {
      const options = byLine.get(item.line) ?? [];
      options.push({
        value: item.code,
        search: `${item.name} ${item.code} ${item.departmentName}`,
        label: (
          <span>
            {item.name}{' '}
            <Tag color={item.kind === 'immediate' ? 'green' : 'blue'}>
              {item.kind === 'immediate' ? '即办件' : '承诺件'}
            </Tag>
            <span style={{ color: '#999' }}>{item.departmentName}</span>
          </span>
        ),
      });
      byLine.set(item.line, options);
    }
    const letters = [...byLine.keys()].sort((a, b) =>
      a === preferredLine ? -1 : b === preferredLine ? 1 : a.localeCompare(b),
    );
    return letters.map((letter) => ({
      label: `${letter} 类 · ${lineNames[letter] ?? ''}`,
      title: letter,
      options: byLine.get(letter) ?? [],
    }));
  }, [items, lineNames, preferredLine]);

  return (
    <Select
      id={id}
      style={{ width: '100%' }}
      size="large"
      allowClear
      placeholder="输入事项名称或关键字搜索"
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      showSearch={{ optionFilterProp: 'search' }}
      options={groups}
      virtual
      listHeight={360}
    />
  );
}
