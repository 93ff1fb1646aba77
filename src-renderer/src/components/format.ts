import dayjs from 'dayjs';

/** "2025-03-01 14:05" in local time; timestamps travel as UTC ISO strings. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso;
}

/** "12.3 MB": binary units, one decimal, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export function formatPeriod(start: string | null, end: string | null, to: string): string {
  if (!start && !end) return '—';
  return `${start ?? '…'} ${to} ${end ?? '…'}`;
}

/**
 * A name in quotation marks, for running text. Names may carry their own quotes (“善缘互助”社区养老服务项目);
 * those become the inner marks, as nested quotations are written, so the text never shows ““ or ””.
 */
export function quoted(name: string, locale: 'zh' | 'en'): string {
  if (locale === 'zh') return `“${name.replace(/[“"]/g, '‘').replace(/”/g, '’')}”`;
  return `"${name.replace(/[“”"]/g, "'")}"`;
}
