import type { EvaluationDetail } from '@contract';
import { decimal, decimalText, gradeBy, pointsCenti, POINTS_MAX_SCALE } from '@contract';
import { Alert, App, Button, Card, Input, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { GradeTag } from './labels';

type Leaf = EvaluationDetail['leaves'][number];
const centiOf = (max: string) => pointsCenti(max) ?? 0;
const text2 = (centi: number) => decimalText(decimal(centi, POINTS_MAX_SCALE));

/** What a typed score is: empty, a valid number of centi-points, or a problem to show beside it. */
function judge(value: string, leaf: Leaf): { centi: number | null; problem: 'invalid' | 'above' | null } {
  if (value.trim() === '') return { centi: null, problem: null };
  const centi = pointsCenti(value);
  if (centi === null) return { centi: null, problem: 'invalid' };
  return centi > centiOf(leaf.maxPoints) ? { centi: null, problem: 'above' } : { centi, problem: null };
}

/**
 * The score sheet: one input per leaf indicator with its maximum (分值), and as the evaluator types, the points
 * per first-level indicator, the weighted total and the grade it would give by the system's thresholds. Main
 * checks the same rules again; a score above a maximum is refused there too, never clamped.
 */
export function ScoreSheet({ e }: { e: EvaluationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const score = useOpMutation('evaluations.score');
  const initial = Object.fromEntries((e.mine?.scores ?? []).map((s) => [s.code, s.points]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [comment, setComment] = useState(e.mine?.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const judged = useMemo(() => new Map(e.leaves.map((l) => [l.code, judge(values[l.code] ?? '', l)])), [e, values]);
  const total = [...judged.values()].reduce((s, j) => s + (j.centi ?? 0), 0);
  const missing = [...judged.values()].filter((j) => j.centi === null).length;
  const sections = [...new Map(e.leaves.map((l) => [l.sectionCode, l.sectionName])).entries()].map(([code, name]) => {
    const leaves = e.leaves.filter((l) => l.sectionCode === code);
    return {
      name,
      points: leaves.reduce((s, l) => s + (judged.get(l.code)?.centi ?? 0), 0),
      max: leaves.reduce((s, l) => s + centiOf(l.maxPoints), 0),
    };
  });
  const grade = missing === 0 ? gradeBy(decimal(total, POINTS_MAX_SCALE), e.thresholds) : null;

  const running = (
    <div className="score-running" role="status" aria-live="polite">
      <div>
        {sections
          .map((s) => t('evaluations.sectionTotal', { name: s.name, points: text2(s.points), max: text2(s.max) }))
          .join('；')}
      </div>
      <strong>{t('evaluations.runningTotal', { total: text2(total) })}</strong>{' '}
      {grade ? (
        <span>
          {t('evaluations.runningGrade', { grade: '' })}
          <GradeTag grade={grade} />
        </span>
      ) : (
        <span>{t('evaluations.incomplete', { count: missing })}</span>
      )}
    </div>
  );

  const submit = async () => {
    setError(null);
    try {
      await score.mutateAsync({
        evaluationId: e.id,
        scores: e.leaves.map((l) => ({ code: l.code, points: values[l.code] ?? '' })),
        comment,
      });
      void message.success(t('evaluations.scored'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Card size="small" title={<h2 className="card-title">{t('evaluations.scoringTitle')}</h2>}>
      {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
      {running}
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        aria-label={t('evaluations.scoringLabel')}
        dataSource={e.leaves}
        columns={[
          { title: t('evaluations.section'), dataIndex: 'sectionName', width: 110 },
          { title: t('evaluations.indicator'), dataIndex: 'name' },
          { title: t('evaluations.maxPoints'), dataIndex: 'maxPoints', width: 70, align: 'right' },
          {
            title: t('evaluations.points'),
            key: 'points',
            width: 200,
            render: (_, l) => {
              const j = judged.get(l.code)!;
              const problem =
                j.problem === 'above'
                  ? t('evaluations.aboveMax', { max: l.maxPoints })
                  : j.problem === 'invalid'
                    ? t('evaluations.invalidPoints', { max: l.maxPoints })
                    : null;
              return (
                <div>
                  <Input
                    inputMode="decimal"
                    aria-label={`${l.name}（${t('evaluations.maxPoints')} ${l.maxPoints}）`}
                    status={problem ? 'error' : undefined}
                    value={values[l.code] ?? ''}
                    onChange={(ev) => setValues((v) => ({ ...v, [l.code]: ev.target.value }))}
                    style={{ width: 100 }}
                  />
                  {problem ? <div className="field-error">{problem}</div> : null}
                </div>
              );
            },
          },
        ]}
      />
      <label className="field-label" htmlFor="evaluation-comment">
        {t('evaluations.comment')}
      </label>
      <Input.TextArea
        id="evaluation-comment"
        autoSize={{ minRows: 2, maxRows: 6 }}
        value={comment}
        onChange={(ev) => setComment(ev.target.value)}
      />
      <Button type="primary" style={{ marginTop: 12 }} loading={score.isPending} onClick={() => void submit()}>
        {e.mine?.scoredAt ? t('evaluations.resubmit') : t('evaluations.submit')}
      </Button>
    </Card>
  );
}
