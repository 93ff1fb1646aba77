import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectTab } from '../../app/router';

/**
 * PLACEHOLDER for a finance-page tab whose backend is still being built in main. Each such tab has its own
 * file (BudgetTab, LedgerTab, MilestonesTab, CloseOutTab) that renders this until it is filled.
 */
export function TabPlaceholder({ tab }: { tab: ProjectTab }) {
  const { t } = useTranslation();
  return (
    <Result
      className="project-tab-placeholder"
      status="info"
      title={t('projects.pendingTitle', { tab: t(`projects.tabs.${tab}`) })}
      subTitle={t('projects.pending')}
    />
  );
}
