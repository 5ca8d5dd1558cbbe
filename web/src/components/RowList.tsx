/**
 * A small bordered list: one row per item, optional actions on the right. (antd 6.6 deprecates
 * `List`; its replacement `Listy` is a virtual list meant for long lists, not for five rows.)
 */
import { Empty, Flex } from 'antd';
import type { Key, ReactNode } from 'react';

interface RowListProps<T> {
  items: T[];
  rowKey: (item: T) => Key;
  render: (item: T) => ReactNode;
  actions?: (item: T) => ReactNode;
  emptyText?: string;
  /** Accessible name of the list. */
  label?: string;
}

export function RowList<T>({ items, rowKey, render, actions, emptyText, label }: RowListProps<T>) {
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? '暂无'} />;
  }
  return (
    <ul
      aria-label={label}
      style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid #f0f0f0', borderRadius: 8 }}
    >
      {items.map((item, i) => (
        <li key={rowKey(item)} style={{ padding: '8px 16px', borderTop: i === 0 ? undefined : '1px solid #f0f0f0' }}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <div style={{ flex: 1, minWidth: 0 }}>{render(item)}</div>
            {actions && <Flex gap={8}>{actions(item)}</Flex>}
          </Flex>
        </li>
      ))}
    </ul>
  );
}
