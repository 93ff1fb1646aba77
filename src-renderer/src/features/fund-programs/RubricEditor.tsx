import { Col, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FormErrors/Field';
import type { FormApi } from '../../components/FormErrors/useSchemaForm';
import { cellA11y, replaceAt } from '../../components/RowsEditor/cells';
import { RowsEditor } from '../../components/RowsEditor/RowsEditor';
import { rubricSum, type CriterionDraft, type ProgramDraft } from './draft';
import { updateRuleSet } from './RuleSetLists';

type Form = FormApi<ProgramDraft>;

/** 评分标准 (criteria with maximum points), how far from the median a score is an outlier, notice length. */
export function RubricEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rs = form.draft.ruleSet;
  const rows = rs.rubric;
  const total = rubricSum(rows);
  const set = (row: number, patch: Partial<CriterionDraft>, key: string) =>
    updateRuleSet(form, `ruleSet.rubric.${row}.${key}`, (old) => ({
      ...old,
      rubric: replaceAt(old.rubric, row, patch),
    }));
  return (
    <>
      <RowsEditor
        form={form}
        path="ruleSet.rubric"
        heading={t('rubric.title')}
        columns={[
          { title: t('rubric.code'), width: '140px' },
          { title: t('rubric.name'), width: 'minmax(160px, 1fr)' },
          { title: t('rubric.maxPoints'), width: '120px' },
        ]}
        cellKeys={['code', 'name', 'maxPoints']}
        count={rows.length}
        renderCell={(row, col, c) => {
          const item = rows[row]!;
          const n = row + 1;
          const a11y = cellA11y(c);
          if (col === 0)
            return (
              <Input
                {...a11y}
                aria-label={t('rubric.codeN', { n })}
                value={item.code}
                onChange={(e) => set(row, { code: e.target.value }, 'code')}
              />
            );
          if (col === 1)
            return (
              <Input
                {...a11y}
                aria-label={t('rubric.nameN', { n })}
                value={item.name}
                onChange={(e) => set(row, { name: e.target.value }, 'name')}
              />
            );
          return (
            <InputNumber<number>
              controls={false}
              {...a11y}
              aria-label={t('rubric.maxPointsN', { n })}
              min={1}
              max={100}
              precision={0}
              style={{ width: '100%' }}
              value={item.maxPoints}
              onChange={(v) => set(row, { maxPoints: v }, 'maxPoints')}
            />
          );
        }}
        addLabel={t('rubric.add')}
        removeLabel={(n) => t('rubric.removeN', { n })}
        onAdd={() =>
          updateRuleSet(form, 'ruleSet.rubric', (old) => ({
            ...old,
            rubric: [...old.rubric, { code: '', name: '', maxPoints: total < 100 ? 100 - total : null }],
          }))
        }
        onRemove={(row) =>
          updateRuleSet(form, 'ruleSet.rubric', (old) => ({
            ...old,
            rubric: old.rubric.filter((_, i) => i !== row),
          }))
        }
        footer={<span className="rows-sum">{t('rubric.total', { total })}</span>}
      />
      <Row gutter={16}>
        {(['scoreOutlierDistance', 'noticeMinDays'] as const).map((key) => (
          <Col key={key} xs={24} md={8}>
            <Field
              form={form}
              path={`ruleSet.${key}`}
              label={key === 'noticeMinDays' ? t('rubric.noticeMinDays') : t('rubric.outlierDistance')}
              required
            >
              {(c) => (
                <InputNumber<number>
                  controls={false}
                  {...c}
                  min={1}
                  max={key === 'noticeMinDays' ? 60 : 100}
                  precision={0}
                  suffix={key === 'noticeMinDays' ? t('rubric.days') : t('rubric.points')}
                  style={{ width: '100%' }}
                  value={rs[key]}
                  onChange={(v) => updateRuleSet(form, `ruleSet.${key}`, (old) => ({ ...old, [key]: v }))}
                />
              )}
            </Field>
          </Col>
        ))}
      </Row>
    </>
  );
}
