import type { IndicatorSystemView } from '@contract';
import { DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS, ops } from '@contract';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { Field } from '../../../components/FormErrors/Field';
import { FormAlert } from '../../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { draftProblems, toDraft, toTree, type SystemDraft } from './draft';
import { IndicatorTree } from './IndicatorTree';

const GRADES = ['excellent', 'good', 'pass'] as const;

/**
 * The form of one program's system: the tree and the three thresholds. The level sums are checked as main
 * checks them, each message under its level; main has the last word and a refusal it sends lands the same way.
 */
export function IndicatorSystemEditor({ view }: { view: IndicatorSystemView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useOpMutation('indicatorSystems.save');
  const readOnly = !view.availableActions.includes('edit');
  const { fundProgramId } = view;
  const toInput = useCallback(
    (d: SystemDraft) => ({ fundProgramId, indicators: toTree(d.indicators), thresholds: d.thresholds }),
    [fundProgramId],
  );
  const form = useSchemaForm({
    formId: `isys-${fundProgramId}`,
    schema: ops['indicatorSystems.save'].input,
    initial: () => toDraft(view.indicators, view.thresholds),
    toInput,
    extraCheck: draftProblems,
    knownPaths: ['indicators', 'thresholds'],
    onValid: async (input) => {
      const saved = await save.mutateAsync(input);
      void message.success(t('indicatorSystems.saved', { version: saved.version }));
    },
  });
  const resetTo = (d: SystemDraft) => form.update(() => d, ['indicators', 'thresholds']);
  const thresholdsError = form.errorFor('thresholds');
  return (
    <Form layout="vertical" className="isys-form" onFinish={() => void form.submit()}>
      <FormAlert form={form} />
      <Card
        size="small"
        title={form.label('indicators')}
        extra={
          readOnly ? null : (
            <Button onClick={() => resetTo(toDraft(DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS))}>
              {t('indicatorSystems.resetDefault')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" className="isys-intro">
          {t('indicatorSystems.intro')}
        </Typography.Paragraph>
        <div className="isys-head" aria-hidden="true">
          <span className="isys-code">{t('indicatorSystems.code')}</span>
          <span className="isys-name">{t('indicatorSystems.name')}</span>
          <span className="isys-weight">{t('indicatorSystems.weight')}</span>
          <span className="isys-points">{t('indicatorSystems.pointsHead')}</span>
        </div>
        <IndicatorTree form={form} readOnly={readOnly} />
      </Card>
      <Card size="small" title={form.label('thresholds')} className="isys-thresholds">
        <Space wrap align="start" size="large">
          {GRADES.map((g) => (
            <Field key={g} form={form} path={`thresholds.${g}`} required>
              {(c) => (
                <Input
                  {...c}
                  className="isys-threshold"
                  value={form.draft.thresholds[g]}
                  readOnly={readOnly}
                  suffix={t('indicatorSystems.pointsUnit')}
                  onChange={(e) =>
                    form.update(
                      (d) => ({ ...d, thresholds: { ...d.thresholds, [g]: e.target.value } }),
                      [`thresholds.${g}`, 'thresholds'],
                    )
                  }
                />
              )}
            </Field>
          ))}
        </Space>
        {thresholdsError ? <div className="isys-error">{thresholdsError}</div> : null}
        <Typography.Paragraph type="secondary" className="isys-fail-below">
          {t('indicatorSystems.failBelow')}
        </Typography.Paragraph>
      </Card>
      <div className="isys-footer">
        {readOnly ? (
          <Typography.Text type="secondary">{t('indicatorSystems.readOnly')}</Typography.Text>
        ) : (
          <>
            <Button type="primary" htmlType="submit" disabled={form.submitting} aria-busy={form.submitting}>
              {t('indicatorSystems.save')}
            </Button>
            <Button onClick={() => resetTo(toDraft(view.indicators, view.thresholds))}>
              {t('indicatorSystems.discard')}
            </Button>
          </>
        )}
      </div>
    </Form>
  );
}
