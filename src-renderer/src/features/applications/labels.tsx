import type { ApplicationState, Locale, ServiceArea } from '@contract';
import { SERVICE_AREA_NAMES } from '@contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './applications.css';

const STATE_COLORS: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  expert_review: 'purple',
  finance_review: 'gold',
  finance_reviewed: 'cyan',
  in_notice: 'geekblue',
  approved: 'success',
  rejected: 'error',
};

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} variant="filled">
      {t(`appStates.${state}`)}
    </Tag>
  );
}

/**
 * The same label for grid cells: a plain span styled as the tag (applications.css), because a list page draws
 * one per row and antd's Tag sets up its style hooks per instance, a visible share of the page's drawing time.
 */
export function StateBadge({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return <span className={`state-badge state-${state}`}>{t(`appStates.${state}`)}</span>;
}

export function serviceAreaName(area: ServiceArea, locale: Locale): string {
  return SERVICE_AREA_NAMES[area][locale];
}

/** "82.5": scores are shown with at most two decimals and no trailing zeros. */
export function formatScore(score: number | null | undefined): string {
  if (score == null) return '—';
  // Always two decimals, so 71, 74.5 and 84.33 line up in a column as 71.00, 74.50 and 84.33.
  return (Math.round(score * 100) / 100).toFixed(2);
}

/** Years offered by the year filters: from the first year the bureau kept records to next year. */
export function yearOptions(now = new Date()): number[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - 2010 + 1 }, (_, i) => last - i);
}
