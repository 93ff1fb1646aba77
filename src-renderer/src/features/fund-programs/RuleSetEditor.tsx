import { COST_TYPES, type CostType } from '@contract';
import { Checkbox, Col, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FormErrors/Field';
import type { FormApi } from '../../components/FormErrors/useSchemaForm';
import type { ProgramDraft, RuleSetDraft } from './draft';
import { RubricEditor } from './RubricEditor';
import { CategoriesEditor, ClassCapsEditor, TrancheEditor, updateRuleSet } from './RuleSetLists';

type PercentKey = 'managementFeeCapPercent' | 'matchingSharePercent' | 'budgetTolerancePercent';
const PERCENTS: {
  key: PercentKey;
  label: 'ruleSet.managementFeeCap' | 'ruleSet.matchingShare' | 'ruleSet.budgetTolerance';
}[] = [
  { key: 'managementFeeCapPercent', label: 'ruleSet.managementFeeCap' },
  { key: 'matchingSharePercent', label: 'ruleSet.matchingShare' },
  { key: 'budgetTolerancePercent', label: 'ruleSet.budgetTolerance' },
];

/** The program's rules, kept as data: categories and caps, forbidden costs, shares, class caps, tranches. */
export function RuleSetEditor({ form }: { form: FormApi<ProgramDraft> }) {
  const { t } = useTranslation();
  const rs = form.draft.ruleSet;
  const central = form.draft.source === 'CENTRAL';

  return (
    <div className="rule-set">
      <CategoriesEditor form={form} />
      <Field form={form} path="ruleSet.forbiddenCostTypes" label={t('ruleSet.forbidden')} group>
        {(c) => (
          <div id={c.id} tabIndex={-1} className="group-focus">
            <Checkbox.Group<CostType>
              aria-labelledby={c['aria-labelledby']}
              aria-describedby={c['aria-describedby']}
              className="cost-types"
              value={rs.forbiddenCostTypes}
              onChange={(v) =>
                updateRuleSet(form, 'ruleSet.forbiddenCostTypes', (old) => ({
                  ...old,
                  // Keep the catalogue order whatever order the boxes were ticked in.
                  forbiddenCostTypes: COST_TYPES.filter((k) => v.includes(k)),
                }))
              }
              options={COST_TYPES.map((k) => ({ value: k, label: t(`costTypes.${k}`) }))}
            />
          </div>
        )}
      </Field>
      <Row gutter={16}>
        {PERCENTS.map(({ key, label }) => (
          <Col key={key} xs={24} md={8}>
            <Field form={form} path={`ruleSet.${key}`} label={t(label)} required>
              {(c) => (
                <InputNumber<number>
                  controls={false}
                  {...c}
                  min={0}
                  max={100}
                  precision={0}
                  suffix="%"
                  style={{ width: '100%' }}
                  value={rs[key]}
                  onChange={(v) => updateRuleSet(form, `ruleSet.${key}`, (old): RuleSetDraft => ({ ...old, [key]: v }))}
                />
              )}
            </Field>
          </Col>
        ))}
      </Row>
      <ClassCapsEditor form={form} />
      <TrancheEditor form={form} />
      <RubricEditor form={form} />
      {central ? (
        <Typography.Paragraph type="secondary" className="rule-note">
          {t('fundPrograms.centralNote')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
