import type { AgreementView, ApplicationDetail } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Result, Tabs, Tag } from 'antd';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goBack } from '../../app/backTo';
import { navigate, PROJECT_TABS, routeHash, type ProjectTab } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { BudgetTab } from './BudgetTab';
import { CloseOutTab } from './CloseOutTab';
import { LedgerTab } from './LedgerTab';
import { askLedgerAhead } from './ledger/query';
import { MilestonesTab } from './MilestonesTab';
import { ProjectHeader } from './ProjectHeader';
import { DEFAULT_PROJECT_TAB, type ProjectTabProps } from './projectTabs';
import { TranchesTab } from './tranches/TranchesTab';
import { useProject } from './useProject';
import { ProjectInspectionsTab } from '../supervision/ProjectInspectionsTab';
import { ProjectEvaluationsTab } from '../evaluations/ProjectEvaluationsTab';
import { ReportActions } from '../reports/ReportActions';
import './projects.css';

/** Each tab's component; a tab is filled by replacing its own file, never this page. */
const TAB_BODIES: Record<ProjectTab, (p: ProjectTabProps) => ReactNode> = {
  budget: (p) => <BudgetTab {...p} />,
  tranches: (p) => <TranchesTab {...p} />,
  ledger: (p) => <LedgerTab {...p} />,
  milestones: (p) => <MilestonesTab {...p} />,
  closeout: (p) => <CloseOutTab {...p} />,
  inspections: (p) => <ProjectInspectionsTab {...p} />,
  evaluations: (p) => <ProjectEvaluationsTab {...p} />,
};

/** #/projects/:applicationId[/:tab] — one project's money: the header, then one tab per part of its life after the award. */
export function ProjectFinancePage({ id, tab }: { id: number; tab?: ProjectTab }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { application, plan, program } = useProject(id);
  const a = application.data;
  const back = () => goBack({ name: 'project', id }, { name: 'projects' });
  const active = tab ?? DEFAULT_PROJECT_TAB;

  if (!a)
    return (
      <>
        <PageHeader title={t('projects.financeTitle')} onBack={back} />
        <QueryState pending={application.isPending} error={application.error} />
      </>
    );
  const agreement = a.agreement;
  if (!agreement)
    return (
      <>
        <PageHeader title={a.name} sub={a.code} onBack={back} />
        <Result
          status="info"
          title={t('projects.notProject')}
          extra={
            <Button href={routeHash({ name: 'detail', area: 'applications', id: a.id })}>
              {t('projects.openApplication')}
            </Button>
          }
        />
      </>
    );

  const props: ProjectTabProps = { applicationId: a.id, application: a, agreement };
  return (
    <>
      <ProjectTitle application={a} agreement={agreement} closed={plan.data?.closed === true} />
      <div className="detail-stack">
        <ProjectHeader
          application={a}
          agreement={agreement}
          plan={plan.data}
          planError={plan.error}
          programName={program.data?.name}
        />
        <Card size="small" className="detail-tabs project-tabs">
          <Tabs
            aria-label={t('projects.tabsLabel')}
            activeKey={active}
            onChange={(key) => {
              if (key === 'ledger') askLedgerAhead(client, a.id);
              navigate({ name: 'project', id: a.id, tab: key as ProjectTab });
            }}
            destroyOnHidden
            items={PROJECT_TABS.map((key) => ({
              key,
              label: t(`projects.tabs.${key}`),
              children: TAB_BODIES[key](props),
            }))}
          />
        </Card>
      </div>
    </>
  );
}

// A change of tab draws only the tabs: the title above them (and the memoised summary) stay as they were.
const ProjectTitle = memo(function ProjectTitle({
  application: a,
  agreement,
  closed,
}: {
  application: ApplicationDetail;
  agreement: AgreementView;
  closed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={a.name}
      sub={
        <>
          <span className="mono">{agreement.agreementNumber}</span>
          {closed ? (
            <Tag color="default" style={{ marginInlineStart: 8 }}>
              {t('projects.closedTag')}
            </Tag>
          ) : null}
        </>
      }
      onBack={() => goBack({ name: 'project', id: a.id }, { name: 'projects' })}
      extra={
        <>
          <ReportActions subject={{ kind: 'project', applicationId: a.id }} />
          <Button href={routeHash({ name: 'detail', area: 'applications', id: a.id })}>
            {t('projects.openApplication')}
          </Button>
        </>
      }
    />
  );
});
