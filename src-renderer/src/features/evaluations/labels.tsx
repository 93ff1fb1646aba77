import type { EvaluationSummary } from '@contract';
import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/router';

type Grade = NonNullable<EvaluationSummary['grade']>;
const GRADE_COLORS: Record<Grade, string> = { excellent: 'green', good: 'blue', pass: 'gold', fail: 'red' };

export function GradeTag({ grade }: { grade: Grade | null }) {
  const { t } = useTranslation();
  return grade ? <Tag color={GRADE_COLORS[grade]}>{t(`evaluations.grades.${grade}`)}</Tag> : <>—</>;
}

/** The columns every evaluation list shows; `withProject` adds the project and its organization. */
export function useEvaluationColumns(withProject: boolean): ColumnsType<EvaluationSummary> {
  const { t } = useTranslation();
  const project: ColumnsType<EvaluationSummary> = withProject
    ? [
        {
          title: t('evaluations.project'),
          key: 'project',
          render: (_, r) => (
            <a href={routeHash({ name: 'evaluation', id: r.id })}>
              <span className="mono">{r.agreementNumber}</span> {r.projectName}
            </a>
          ),
        },
        { title: t('evaluations.organization'), dataIndex: 'organizationName' },
      ]
    : [];
  return [
    ...project,
    {
      title: t('evaluations.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: EvaluationSummary['kind'], r) =>
        withProject ? (
          t(`evaluations.kinds.${k}`)
        ) : (
          <a href={routeHash({ name: 'evaluation', id: r.id })}>{t(`evaluations.kinds.${k}`)}</a>
        ),
    },
    { title: t('evaluations.date'), dataIndex: 'date', width: 110 },
    {
      title: t('evaluations.state'),
      dataIndex: 'state',
      width: 150,
      render: (s: EvaluationSummary['state'], r) =>
        s === 'open'
          ? `${t('evaluations.states.open')} · ${t('evaluations.progressText', { scored: r.scoredCount, assigned: r.assignedCount })}`
          : t('evaluations.states.finalized'),
    },
    { title: t('evaluations.score'), dataIndex: 'score', width: 80, align: 'right', render: (s) => s ?? '—' },
    { title: t('evaluations.grade'), dataIndex: 'grade', width: 90, render: (g) => <GradeTag grade={g} /> },
    {
      title: t('evaluations.consequence'),
      key: 'consequence',
      width: 200,
      render: (_, r) =>
        [
          r.withheldTrancheSeq !== null ? t('evaluations.withheld', { seq: r.withheldTrancheSeq }) : null,
          r.barred ? t('evaluations.barred') : null,
        ]
          .filter(Boolean)
          .join('；') || '—',
    },
  ];
}
