import type { ApplicationDetail, Locale } from '@contract';
import { fieldMessage, ops, ruleMessage } from '@contract';
import { App, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { emptySheet, entryProblems, rubricMax, sheetTotal, type Sheet } from './scoring';

interface Draft {
  sheet: Sheet;
  comment: string;
}

/** The program's rubric as a score sheet: one number per criterion, the running total, a comment. */
export function ScoreSheet({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const score = useOpMutation('applications.score');
  const { rubric } = a;
  // Messages name the criterion, as its label does, rather than the schema's generic 得分.
  const extraCheck = useCallback(
    (d: Draft, locale: Locale) => {
      const out: Record<string, string> = {};
      rubric.forEach((c, i) => {
        if (d.sheet[c.code] == null)
          out[`scores.${i}.points`] = fieldMessage(c.name, ruleMessage('schema.required', locale), locale);
      });
      for (const { index, kind } of entryProblems(rubric, d.sheet)) {
        const c = rubric[index]!;
        out[`scores.${index}.points`] = t(`reviews.${kind}`, {
          name: c.name,
          max: c.maxPoints,
          points: d.sheet[c.code],
        });
      }
      return out;
    },
    [rubric, t],
  );
  const form = useSchemaForm({
    formId: 'score',
    schema: ops['applications.score'].input,
    initial: (): Draft => ({ sheet: emptySheet(rubric), comment: '' }),
    toInput: (d: Draft) => ({
      id: a.id,
      scores: rubric.map((c) => ({ criterionCode: c.code, points: d.sheet[c.code] ?? undefined })),
      comment: d.comment,
    }),
    extraCheck,
    knownPaths: ['comment', 'scores'],
    onValid: async (input) => {
      // A submitted score cannot be changed or withdrawn, so the expert sees the total once more first.
      const total = sheetTotal(Object.fromEntries(input.scores.map((s) => [s.criterionCode, s.points])));
      const confirmed = await new Promise<boolean>((resolve) => {
        modal.confirm({
          title: t('reviews.confirmTitle'),
          content: t('reviews.confirmText', { total, max: rubricMax(rubric) }),
          okText: t('reviews.confirmSubmit'),
          cancelText: t('common.cancel'),
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      });
      if (!confirmed) return;
      await score.mutateAsync(input);
      void message.success(t('reviews.scoredDone'));
    },
  });
  const { sheet } = form.draft;
  const total = sheetTotal(sheet);
  const max = rubricMax(rubric);

  return (
    <Card size="small" title={<h2 className="card-title">{t('reviews.scoringTitle')}</h2>}>
      <Form layout="vertical" onFinish={() => void form.submit()} aria-label={t('reviews.scoringLabel')}>
        <FormAlert form={form} />
        <Row gutter={16}>
          {rubric.map((c, i) => {
            const path = `scores.${i}.points`;
            return (
              <Col key={c.code} xs={24} sm={12} lg={8}>
                <Field
                  form={form}
                  path={path}
                  label={t('reviews.criterion', { name: c.name, max: c.maxPoints })}
                  required
                >
                  {(ctl) => (
                    // No min/max here: antd would clamp 30 to 25 on blur; the sheet flags it instead.
                    <InputNumber<number>
                      {...ctl}
                      step={0.5}
                      style={{ width: '100%' }}
                      value={sheet[c.code]}
                      onChange={(v) => {
                        form.update((d) => ({ ...d, sheet: { ...d.sheet, [c.code]: v } }), [path]);
                        form.touch(path);
                      }}
                    />
                  )}
                </Field>
              </Col>
            );
          })}
        </Row>
        <div className={total > max ? 'score-running score-over' : 'score-running'} role="status">
          {t('reviews.total', { total, max })}
        </div>
        <Field form={form} path="comment" label={t('reviews.comment')}>
          {(c) => (
            <Input.TextArea
              {...c}
              autoSize={{ minRows: 3, maxRows: 8 }}
              value={form.draft.comment}
              onChange={(e) => form.set('comment', e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions-inline">
          <Button type="primary" htmlType="submit" loading={form.submitting}>
            {t('reviews.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
