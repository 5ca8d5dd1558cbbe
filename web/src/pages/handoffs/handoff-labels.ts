/** How the console shows a hand-off's status and the steps of its record. */
import type { HandoffStatus } from '../../api/types';

export const HANDOFF_STATUS_COLOURS: Record<HandoffStatus, string> = {
  received: 'gold',
  forwarded: 'blue',
  arrived: 'cyan',
  accepted: 'green',
  returned: 'default',
};

const EVENT_LABELS: Record<string, string> = {
  received: '收件登记',
  forwarded: '材料已转送',
  arrived: '材料已送达',
  accepted: '受理',
  returned: '退回',
};

/** The Chinese name of a hand-off event; unknown kinds are shown as sent. */
export function handoffEventLabel(kind: string): string {
  return EVENT_LABELS[kind] ?? kind;
}
