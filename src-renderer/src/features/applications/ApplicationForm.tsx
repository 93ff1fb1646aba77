import type { ApplicationDetail } from '@contract';
import { amountInWords, formatFen } from '@contract';
import { Button, Card, Col, Form, Input, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { AmountInput } from '../../components/AmountInput/AmountInput';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSaveForm } from '../../components/FormErrors/useSaveForm';
import { RemoteSelect, type RemoteOption } from '../../components/RemoteSelect';
import { BudgetLinesEditor, IndicatorsEditor } from './ApplicationRows';
import { BasicFields } from './BasicFields';
import {
  APPLICATION_PATHS,
  applicationInputOf,
  budgetTotal,
  matchingTotal,
  type ApplicationDraft,
  type BudgetLineDraft,
} from './draft';

interface Props {
  id: number | null;
  initial: ApplicationDraft;
  /** Names of the current program and organization, for the selects before they have searched. */
  labels: { program?: RemoteOption | undefined; organization?: RemoteOption | undefined };
  onSaved: (view: ApplicationDetail) => void;
  onCancel: () => void;
}

/** Create or edit an application (draft or returned), validated by the contract's applicationInput. */
export function ApplicationForm({ id, initial, labels, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useSaveForm({
    formId: 'application',
    id,
    create: 'applications.create',
    update: 'applications.update',
    initial,
    toFields: applicationInputOf,
    knownPaths: APPLICATION_PATHS,
    onSaved,
  });
  const { draft } = form;
  const programId = draft.fundProgramId;
  const program = useOp('fundPrograms.get', { id: programId ?? 1 }, { enabled: programId !== undefined });
  const ruleSet = programId !== undefined ? program.data?.ruleSet : undefined;

  // 申请金额 follows the budget total until the officer types a different amount.
  const [follow, setFollow] = useState(
    () => initial.requestedFen === null || initial.requestedFen === budgetTotal(initial.budgetLines),
  );
  // 配套资金 is always the lines' total: it is budgeted per line.
  const onLines = (fn: (lines: BudgetLineDraft[]) => BudgetLineDraft[], path: string) => {
    form.update(
      (d) => {
        const budgetLines = fn(d.budgetLines);
        const matchingFen = matchingTotal(budgetLines);
        return follow
          ? { ...d, budgetLines, matchingFen, requestedFen: budgetTotal(budgetLines) }
          : { ...d, budgetLines, matchingFen };
      },
      follow ? [path, 'requestedFen', 'matchingFen'] : [path, 'matchingFen'],
    );
    form.touch(path);
  };
  const fillFromBudget = () => {
    setFollow(true);
    form.setAmountInvalid('requestedFen', false);
    form.set('requestedFen', budgetTotal(draft.budgetLines));
    form.touch('requestedFen');
  };

  return (
    <Form layout="vertical" onFinish={() => void form.submit()} className="entity-form">
      <FormAlert form={form} />
      <Card title={t('applications.basics')} size="small" className="form-card">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Field form={form} path="fundProgramId" label={t('applications.program')} required>
              {(c) => (
                <RemoteSelect
                  {...c}
                  op="fundPrograms.list"
                  toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}` })}
                  selected={labels.program}
                  placeholder={t('applications.searchProgram')}
                  value={draft.fundProgramId}
                  onChange={(v) => {
                    // A class of the previous program means nothing in the new one.
                    form.update((d) => ({ ...d, fundProgramId: v, classCode: undefined }), ['fundProgramId']);
                    form.touch('fundProgramId');
                  }}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field form={form} path="organizationId" label={t('applications.organization')} required>
              {(c) => (
                <RemoteSelect
                  {...c}
                  op="organizations.list"
                  toOption={(o) => ({ value: o.id, label: o.name })}
                  selected={labels.organization}
                  placeholder={t('applications.searchOrganization')}
                  value={draft.organizationId}
                  onChange={(v, org) => {
                    // The organization's own district is the usual answer for where the project runs.
                    form.update(
                      (d) => ({ ...d, organizationId: v, districtCode: d.districtCode ?? org?.districtCode }),
                      ['organizationId'],
                    );
                    form.touch('organizationId');
                  }}
                />
              )}
            </Field>
          </Col>
          <BasicFields form={form} classCaps={ruleSet?.classCaps} />
          <Col xs={24} md={12}>
            <Field
              form={form}
              path="requestedFen"
              label={t('applications.requested')}
              required
              extra={t('applications.sumFromBudgetHint')}
            >
              {(c) => (
                <Space.Compact block className="requested-row">
                  <AmountInput
                    {...c}
                    fieldLabel={t('applications.requested')}
                    value={draft.requestedFen}
                    onChange={(fen, error) => {
                      form.setAmountInvalid('requestedFen', error !== null);
                      setFollow(fen !== null && fen === budgetTotal(draft.budgetLines));
                      form.set('requestedFen', fen);
                    }}
                  />
                  <Button onClick={fillFromBudget}>{t('applications.sumFromBudget')}</Button>
                </Space.Compact>
              )}
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field
              form={form}
              path="matchingFen"
              label={t('applications.matching')}
              extra={t('applications.matchingFromLines')}
            >
              {(c) => {
                const fen = draft.budgetLines.length > 0 ? matchingTotal(draft.budgetLines) : (draft.matchingFen ?? 0);
                return (
                  <div className="amount-input">
                    <Input
                      id={c.id}
                      aria-describedby={c['aria-describedby']}
                      aria-invalid={c['aria-invalid']}
                      readOnly
                      suffix={t('common.yuan')}
                      value={formatFen(fen)}
                    />
                    <div className="amount-words">{amountInWords(fen)}</div>
                  </div>
                );
              }}
            </Field>
          </Col>
        </Row>
      </Card>
      <Card size="small" className="form-card">
        <IndicatorsEditor form={form} />
      </Card>
      <Card size="small" className="form-card">
        <BudgetLinesEditor form={form} categories={ruleSet?.categories ?? []} onLines={onLines} />
      </Card>
      <div className="form-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={form.submitting}>
          {t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
