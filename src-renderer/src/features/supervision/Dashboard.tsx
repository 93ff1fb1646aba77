import type { SupervisionDashboard } from '@contract';
import { districtName } from '@contract';
import { Card, Select, Table } from 'antd';
import type { MouseEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { linkHref } from '../../app/linkQuery';
import { QueryState } from '../../components/QueryState';

const GRADES = [
  'excellent',
  'good',
  'pass',
  'fail',
] as const satisfies readonly (keyof SupervisionDashboard['grades'][number]['counts'])[];

/** Where a number of the overview leads: a tab of this page with its filters. */
export type SupervisionLink =
  | { tab: 'board'; overdue: true; districtCode?: string; organizationId?: number; organizationName?: string }
  | { tab: 'uninspected'; year: number; fundProgramId?: number };

export function supervisionHref(link: SupervisionLink): string {
  const { organizationName: _name, ...query } = link as SupervisionLink & { organizationName?: string };
  return linkHref({ name: 'supervision' }, query as Record<string, string | number | boolean>);
}

/**
 * One number of the overview as a link to the list of exactly those rows. On this page a click switches the
 * tab and its filters in place (the route does not change, so the page would not read a new query).
 */
function CountLink({
  count,
  link,
  label,
  onOpen,
}: {
  count: number;
  link: SupervisionLink;
  label: string;
  onOpen: (l: SupervisionLink) => void;
}) {
  const { t } = useTranslation();
  return (
    <a
      className={count > 0 ? 'dash-count' : 'dash-count dash-count-zero'}
      href={supervisionHref(link)}
      aria-label={t('home.countLink', { label, count })}
      onClick={(e: MouseEvent) => {
        e.preventDefault();
        onOpen(link);
      }}
    >
      {count}
    </a>
  );
}

/** 概览: overdue rectifications, projects not inspected in a year, and evaluation grades by program. */
export function SupervisionOverview({ onOpen }: { onOpen: (l: SupervisionLink) => void }) {
  const [year, setYear] = useState<number | null>(null);
  const q = useOp('supervision.dashboard', { year });
  if (!q.data) return <QueryState pending={q.isPending} error={q.error} />;
  const d = q.data;
  return (
    <div className="dash-grid">
      <Overdue d={d} onOpen={onOpen} />
      <NotInspected d={d} onOpen={onOpen} onYear={setYear} />
      <Grades d={d} />
    </div>
  );
}

function Overdue({ d, onOpen }: { d: SupervisionDashboard; onOpen: (l: SupervisionLink) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh';
  const o = d.overdue;
  return (
    <Card size="small" title={t('supervision.dash.overdueTitle')}>
      <p className="dash-lead">
        <CountLink
          count={o.total}
          label={t('supervision.dash.overdueAll')}
          link={{ tab: 'board', overdue: true }}
          onOpen={onOpen}
        />
        <span>{t('supervision.dash.overdueAsOf', { today: o.today })}</span>
      </p>
      <div className="dash-columns">
        <section aria-labelledby="dash-by-district">
          <h4 id="dash-by-district">{t('supervision.dash.byDistrict')}</h4>
          {o.byDistrict.length === 0 ? <p className="muted">{t('supervision.dash.none')}</p> : null}
          <ul className="dash-list">
            {o.byDistrict.map((x) => {
              const name = districtName(x.districtCode, locale) ?? x.districtCode;
              return (
                <li key={x.districtCode}>
                  <span>{name}</span>
                  <CountLink
                    count={x.count}
                    label={name}
                    link={{ tab: 'board', overdue: true, districtCode: x.districtCode }}
                    onOpen={onOpen}
                  />
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="dash-by-org">
          <h4 id="dash-by-org">{t('supervision.dash.byOrganization')}</h4>
          {o.byOrganization.length === 0 ? <p className="muted">{t('supervision.dash.none')}</p> : null}
          <ul className="dash-list">
            {o.byOrganization.slice(0, 15).map((x) => (
              <li key={x.organizationId}>
                <span>{x.organizationName}</span>
                <CountLink
                  count={x.count}
                  label={x.organizationName}
                  link={{
                    tab: 'board',
                    overdue: true,
                    organizationId: x.organizationId,
                    organizationName: x.organizationName,
                  }}
                  onOpen={onOpen}
                />
              </li>
            ))}
          </ul>
          {o.byOrganization.length > 15 ? (
            <p className="muted">{t('supervision.dash.moreOrganizations', { count: o.byOrganization.length - 15 })}</p>
          ) : null}
        </section>
      </div>
    </Card>
  );
}

function NotInspected({
  d,
  onOpen,
  onYear,
}: {
  d: SupervisionDashboard;
  onOpen: (l: SupervisionLink) => void;
  onYear: (y: number) => void;
}) {
  const { t } = useTranslation();
  const n = d.notInspected;
  return (
    <Card
      size="small"
      title={t('supervision.dash.notInspectedTitle', { year: d.year })}
      extra={
        <Select
          aria-label={t('supervision.dash.year')}
          size="small"
          value={d.year}
          onChange={onYear}
          style={{ width: 100 }}
          options={d.years.map((y) => ({ value: y, label: t('supervision.dash.yearOption', { year: y }) }))}
        />
      }
    >
      <p className="dash-lead">
        <CountLink
          count={n.total}
          label={t('supervision.dash.notInspectedAll', { year: d.year })}
          link={{ tab: 'uninspected', year: d.year }}
          onOpen={onOpen}
        />
        <span>{t('supervision.dash.ofRunning', { running: n.running, year: d.year })}</span>
      </p>
      <Table
        size="small"
        rowKey="fundProgramId"
        pagination={false}
        aria-label={t('supervision.dash.notInspectedTitle', { year: d.year })}
        dataSource={n.byProgram}
        locale={{ emptyText: t('supervision.dash.noRunning', { year: d.year }) }}
        columns={[
          { title: t('supervision.dash.program'), key: 'p', render: (_, r) => `${r.code} ${r.name}` },
          { title: t('supervision.dash.running'), dataIndex: 'running', width: 90, align: 'right' },
          {
            title: t('supervision.dash.notInspected'),
            key: 'n',
            width: 90,
            align: 'right',
            render: (_, r) => (
              <CountLink
                count={r.notInspected}
                label={t('supervision.dash.notInspectedOf', { program: r.name })}
                link={{ tab: 'uninspected', year: d.year, fundProgramId: r.fundProgramId }}
                onOpen={onOpen}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Grades per program and kind; each count opens the evaluations list with the same filters. */
function Grades({ d }: { d: SupervisionDashboard }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('supervision.dash.gradesTitle')} className="dash-wide">
      <Table
        size="small"
        rowKey={(r) => `${r.fundProgramId}:${r.kind}`}
        pagination={false}
        aria-label={t('supervision.dash.gradesTitle')}
        dataSource={d.grades}
        locale={{ emptyText: t('supervision.dash.noGrades') }}
        columns={[
          { title: t('supervision.dash.program'), key: 'p', render: (_, r) => `${r.code} ${r.name}` },
          { title: t('evaluations.kind'), key: 'k', width: 100, render: (_, r) => t(`evaluations.kinds.${r.kind}`) },
          ...GRADES.map((g) => ({
            title: t(`evaluations.grades.${g}`),
            key: g,
            width: 80,
            align: 'right' as const,
            render: (_: unknown, r: SupervisionDashboard['grades'][number]) => {
              const count = r.counts[g];
              return (
                <a
                  className={count > 0 ? 'dash-count' : 'dash-count dash-count-zero'}
                  aria-label={t('home.countLink', {
                    label: `${r.name} ${t(`evaluations.kinds.${r.kind}`)} ${t(`evaluations.grades.${g}`)}`,
                    count,
                  })}
                  href={linkHref(
                    { name: 'evaluations' },
                    { fundProgramId: r.fundProgramId, kind: r.kind, grade: g, state: 'finalized' },
                  )}
                >
                  {count}
                </a>
              );
            },
          })),
        ]}
      />
    </Card>
  );
}
