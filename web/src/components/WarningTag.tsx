/** The deadline warning of a case: green 正常, amber 临近, red 超期. */
import { Tag } from 'antd';
import type { DeadlineWarning } from '../api/types';
import { WARNING_LABELS } from '../lib/labels';

export function WarningTag({ warning }: { warning: DeadlineWarning }) {
  const { text, color } = WARNING_LABELS[warning];
  return <Tag color={color}>{text}</Tag>;
}
