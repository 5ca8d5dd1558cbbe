/** Dates and times as the hall reads them: Asia/Shanghai, zh-CN. */

const TIME_ZONE = 'Asia/Shanghai';

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const timeOnly = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** 2026/03/02 09:15 for an ISO instant; an empty dash when missing. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** 09:15:30 for an ISO instant. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : timeOnly.format(d);
}

/** 2026年3月2日 for a business date (YYYY-MM-DD), without a time-zone shift. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Today's business date in Shanghai, YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

/** 2026年3月2日 for an ISO instant, as the day in Shanghai. */
export function formatDayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return formatDate(new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(d));
}

/** A wait estimate as residents read it: 约12分钟, 即将叫号 when nobody is ahead, 暂无法估算 without one. */
export function waitText(minutes: number | null, ahead: number): string {
  if (minutes === null) return '暂无法估算';
  if (minutes < 1) return ahead === 0 ? '即将叫号' : '约1分钟';
  return `约${Math.round(minutes)}分钟`;
}
