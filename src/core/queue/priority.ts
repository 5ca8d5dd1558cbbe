import { RuleError } from '../errors.js';

/** Reasons for the priority lane (绿色通道); a centre's settings may narrow the list. */
export const PRIORITY_REASONS = {
  military: '军人及军属依法优先',
  elderly: '70周岁以上老年人',
  disabled: '残疾人',
  pregnant: '孕妇',
} as const;
export type PriorityReason = keyof typeof PRIORITY_REASONS;

export const ELDERLY_PRIORITY_AGE = 70;

/** Whole years of age on `today` for a birth date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The priority a ticket gets: the reason asked for (it must be one the centre allows), or
 * `elderly` when an ID number entered at the kiosk shows the holder is 70 or older.
 */
export function ticketPriority(input: {
  asked?: string | null;
  birthDate?: string | null;
  today: string;
  allowed: readonly string[];
}): PriorityReason | null {
  if (input.asked) {
    if (!(input.asked in PRIORITY_REASONS) || !input.allowed.includes(input.asked)) {
      throw new RuleError('ticket.unknown_priority', `本中心不提供“${input.asked}”优先`);
    }
    return input.asked as PriorityReason;
  }
  if (input.birthDate && input.allowed.includes('elderly') && ageOn(input.birthDate, input.today) >= ELDERLY_PRIORITY_AGE) {
    return 'elderly';
  }
  return null;
}
