import { TRANCHE_CONDITIONS, type TrancheCondition } from '@contract';
import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../components/AmountInput/AmountInput';
import type { FormApi } from '../../components/FormErrors/useSchemaForm';
import type { ProgramDraft, RuleSetDraft } from './draft';
import { trancheSum } from './draft';
import { cellA11y, replaceAt } from '../../components/RowsEditor/cells';
import { RowsEditor } from '../../components/RowsEditor/RowsEditor';

type Form = FormApi<ProgramDraft>;

/** Applies a change to the rule set and marks `path` as edited (clearing stale server messages there). */
export function updateRuleSet(form: Form, path: string, fn: (rs: RuleSetDraft) => RuleSetDraft): void {
  form.update((d) => ({ ...d, ruleSet: fn(d.ruleSet) }), [path]);
  form.touch(path);
}

export function CategoriesEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rows = form.draft.ruleSet.categories;
  const set = (row: number, patch: Partial<(typeof rows)[number]>, key: string) =>
    updateRuleSet(form, `ruleSet.categories.${row}.${key}`, (rs) => ({
      ...rs,
      categories: replaceAt(rs.categories, row, patch),
    }));
  return (
    <RowsEditor
      form={form}
      path="ruleSet.categories"
      heading={t('ruleSet.categories')}
      columns={[
        { title: t('ruleSet.categoryCode'), width: '140px' },
        { title: t('ruleSet.categoryName'), width: 'minmax(160px, 1fr)' },
        { title: t('ruleSet.categoryCap'), width: '120px' },
      ]}
      cellKeys={['code', 'name', 'capPercent']}
      count={rows.length}
      renderCell={(row, col, c) => {
        const item = rows[row]!;
        const a11y = cellA11y(c);
        if (col === 0)
          return (
            <Input
              {...a11y}
              aria-label={t('ruleSet.categoryCodeN', { n: row + 1 })}
              value={item.code}
              onChange={(e) => set(row, { code: e.target.value }, 'code')}
            />
          );
        if (col === 1)
          return (
            <Input
              {...a11y}
              aria-label={t('ruleSet.categoryNameN', { n: row + 1 })}
              value={item.name}
              onChange={(e) => set(row, { name: e.target.value }, 'name')}
            />
          );
        return (
          <InputNumber
            controls={false}
            {...a11y}
            aria-label={t('ruleSet.categoryCapN', { n: row + 1 })}
            min={0}
            max={100}
            precision={0}
            placeholder={t('ruleSet.noCap')}
            style={{ width: '100%' }}
            value={item.capPercent}
            onChange={(v) => set(row, { capPercent: v }, 'capPercent')}
          />
        );
      }}
      addLabel={t('ruleSet.addCategory')}
      removeLabel={(n) => t('ruleSet.removeCategoryN', { n })}
      onAdd={() =>
        updateRuleSet(form, 'ruleSet.categories', (rs) => ({
          ...rs,
          categories: [...rs.categories, { code: '', name: '', capPercent: null }],
        }))
      }
      onRemove={(row) =>
        updateRuleSet(form, 'ruleSet.categories', (rs) => ({
          ...rs,
          categories: rs.categories.filter((_, i) => i !== row),
        }))
      }
    />
  );
}

export function ClassCapsEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rows = form.draft.ruleSet.classCaps;
  const set = (row: number, patch: Partial<(typeof rows)[number]>, key: string) =>
    updateRuleSet(form, `ruleSet.classCaps.${row}.${key}`, (rs) => ({
      ...rs,
      classCaps: replaceAt(rs.classCaps, row, patch),
    }));
  return (
    <RowsEditor
      form={form}
      path="ruleSet.classCaps"
      heading={t('ruleSet.classCaps')}
      columns={[
        { title: t('ruleSet.classCode'), width: '100px' },
        { title: t('ruleSet.className'), width: 'minmax(160px, 1fr)' },
        { title: t('ruleSet.classCap'), width: 'minmax(220px, 1fr)' },
      ]}
      cellKeys={['code', 'name', 'capFen']}
      count={rows.length}
      renderCell={(row, col, c) => {
        const item = rows[row]!;
        const a11y = cellA11y(c);
        if (col === 0)
          return (
            <Input
              {...a11y}
              aria-label={t('ruleSet.classCodeN', { n: row + 1 })}
              value={item.code}
              onChange={(e) => set(row, { code: e.target.value }, 'code')}
            />
          );
        if (col === 1)
          return (
            <Input
              {...a11y}
              aria-label={t('ruleSet.classNameN', { n: row + 1 })}
              value={item.name}
              onChange={(e) => set(row, { name: e.target.value }, 'name')}
            />
          );
        return (
          <AmountInput
            {...a11y}
            aria-label={t('ruleSet.classCapN', { n: row + 1 })}
            fieldLabel={t('ruleSet.classCapLabel')}
            value={item.capFen}
            onChange={(fen, error) => {
              form.setAmountInvalid(c.path, error !== null);
              set(row, { capFen: fen }, 'capFen');
            }}
          />
        );
      }}
      addLabel={t('ruleSet.addClass')}
      removeLabel={(n) => t('ruleSet.removeClassN', { n })}
      onAdd={() =>
        updateRuleSet(form, 'ruleSet.classCaps', (rs) => ({
          ...rs,
          classCaps: [...rs.classCaps, { code: '', name: '', capFen: null }],
        }))
      }
      onRemove={(row) => {
        // Row indices shift on removal, so any "does not parse" marks on class caps are cleared with it.
        rows.forEach((_, i) => form.setAmountInvalid(`ruleSet.classCaps.${i}.capFen`, false));
        updateRuleSet(form, 'ruleSet.classCaps', (rs) => ({
          ...rs,
          classCaps: rs.classCaps.filter((_, i) => i !== row),
        }));
      }}
    />
  );
}

export function TrancheEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rows = form.draft.ruleSet.tranchePlan;
  const sum = trancheSum(rows);
  const set = (row: number, patch: Partial<(typeof rows)[number]>, key: string) =>
    updateRuleSet(form, `ruleSet.tranchePlan.${row}.${key}`, (rs) => ({
      ...rs,
      tranchePlan: replaceAt(rs.tranchePlan, row, patch),
    }));
  return (
    <RowsEditor
      form={form}
      path="ruleSet.tranchePlan"
      heading={t('ruleSet.tranches')}
      columns={[
        { title: t('ruleSet.tranchePercent'), width: '110px' },
        { title: t('ruleSet.trancheCondition'), width: 'minmax(180px, 1fr)' },
        { title: t('ruleSet.milestoneName'), width: 'minmax(160px, 1fr)' },
      ]}
      cellKeys={['percent', 'condition', 'milestoneName']}
      count={rows.length}
      renderCell={(row, col, c) => {
        const item = rows[row]!;
        const a11y = cellA11y(c);
        if (col === 0)
          return (
            <InputNumber
              controls={false}
              {...a11y}
              aria-label={t('ruleSet.tranchePercentN', { n: row + 1 })}
              min={1}
              max={100}
              precision={0}
              style={{ width: '100%' }}
              value={item.percent}
              onChange={(v) => set(row, { percent: v }, 'percent')}
            />
          );
        if (col === 1)
          return (
            <Select<TrancheCondition>
              {...a11y}
              aria-label={t('ruleSet.trancheConditionN', { n: row + 1 })}
              style={{ width: '100%' }}
              value={item.condition}
              options={TRANCHE_CONDITIONS.map((k) => ({ value: k, label: t(`conditions.${k}`) }))}
              onChange={(v) => set(row, { condition: v }, 'condition')}
            />
          );
        return (
          <Input
            {...a11y}
            aria-label={t('ruleSet.milestoneNameN', { n: row + 1 })}
            disabled={item.condition !== 'milestone_verified' && item.milestoneName === ''}
            value={item.milestoneName}
            onChange={(e) => set(row, { milestoneName: e.target.value }, 'milestoneName')}
          />
        );
      }}
      addLabel={t('ruleSet.addTranche')}
      removeLabel={(n) => t('ruleSet.removeTrancheN', { n })}
      onAdd={() =>
        updateRuleSet(form, 'ruleSet.tranchePlan', (rs) => ({
          ...rs,
          tranchePlan: [
            ...rs.tranchePlan,
            { percent: sum < 100 ? 100 - sum : null, condition: 'on_signing', milestoneName: '' },
          ],
        }))
      }
      onRemove={(row) =>
        updateRuleSet(form, 'ruleSet.tranchePlan', (rs) => ({
          ...rs,
          tranchePlan: rs.tranchePlan.filter((_, i) => i !== row),
        }))
      }
      footer={
        <span className={`tranche-sum${sum === 100 ? '' : ' tranche-sum-off'}`}>
          {t('ruleSet.trancheSum', { sum })}
        </span>
      }
    />
  );
}
