import type { FundProgramView, FundSource } from '@contract';
import { FUND_SOURCES, ruleSetTemplate } from '@contract';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AmountInput } from '../../components/AmountInput/AmountInput';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSaveForm } from '../../components/FormErrors/useSaveForm';
import { PROGRAM_PATHS, programInput, ruleSetDraft, type ProgramDraft } from './draft';
import { RuleSetEditor } from './RuleSetEditor';

interface Props {
  id: number | null;
  initial: ProgramDraft;
  onSaved: (view: FundProgramView) => void;
  onCancel: () => void;
}

/** Create or edit a fund program with its rule set, validated by the same schema main applies. */
export function FundProgramForm({ id, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const form = useSaveForm({
    formId: 'fund-program',
    id,
    create: 'fundPrograms.create',
    update: 'fundPrograms.update',
    initial,
    toFields: programInput,
    knownPaths: PROGRAM_PATHS,
    onSaved,
  });
  const { draft } = form;
  // The rules as last loaded (stored or template): only edits beyond them need a confirmation to replace.
  const [loadedRules, setLoadedRules] = useState(() => JSON.stringify(initial.ruleSet));

  const loadTemplate = (source: FundSource) => {
    const rules = ruleSetDraft(ruleSetTemplate(source));
    setLoadedRules(JSON.stringify(rules));
    form.update((d) => ({ ...d, source, ruleSet: rules }), ['source', 'ruleSet']);
  };
  const askToLoad = (source: FundSource) =>
    modal.confirm({
      title: t('fundPrograms.replaceRulesTitle'),
      content: t('fundPrograms.replaceRules', { source: t(`sources.${source}`) }),
      okText: t('fundPrograms.replace'),
      cancelText: t('fundPrograms.keep'),
      onOk: () => loadTemplate(source),
    });
  const onSource = (source: FundSource) => {
    form.touch('source');
    if (id === null && JSON.stringify(draft.ruleSet) === loadedRules) loadTemplate(source);
    else {
      form.set('source', source);
      askToLoad(source);
    }
  };

  const date = (key: 'applicationStart' | 'applicationEnd') => (
    <Field form={form} path={key} label={t(`fundPrograms.${key}`)}>
      {(c) => (
        <DatePicker
          {...c}
          style={{ width: '100%' }}
          value={draft[key] ? dayjs(draft[key]) : null}
          onChange={(v) => {
            form.set(key, v ? v.format('YYYY-MM-DD') : null);
            form.touch(key);
          }}
        />
      )}
    </Field>
  );

  return (
    <Form layout="vertical" onFinish={() => void form.submit()} className="entity-form">
      <FormAlert form={form} />
      <Card title={t('fundPrograms.basics')} size="small" className="form-card">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Field form={form} path="code" label={t('fundPrograms.code')} required>
              {(c) => <Input {...c} value={draft.code} onChange={(e) => form.set('code', e.target.value)} />}
            </Field>
          </Col>
          <Col xs={24} md={16}>
            <Field form={form} path="name" label={t('fundPrograms.name')} required>
              {(c) => <Input {...c} value={draft.name} onChange={(e) => form.set('name', e.target.value)} />}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            <Field form={form} path="source" label={t('fundPrograms.source')} required>
              {(c) => (
                <Select<FundSource>
                  {...c}
                  value={draft.source}
                  placeholder={t('fundPrograms.allSources')}
                  options={FUND_SOURCES.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
                  onChange={onSource}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            <Field form={form} path="year" label={t('fundPrograms.year')} required>
              {(c) => (
                <InputNumber<number>
                  controls={false}
                  {...c}
                  min={2000}
                  max={2100}
                  precision={0}
                  style={{ width: '100%' }}
                  value={draft.year}
                  onChange={(v) => form.set('year', v)}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            <Field form={form} path="totalAllocationFen" label={t('fundPrograms.totalAllocation')} required>
              {(c) => (
                <AmountInput
                  {...c}
                  fieldLabel={t('fundPrograms.totalAllocation')}
                  value={draft.totalAllocationFen}
                  onChange={(fen, error) => {
                    form.setAmountInvalid('totalAllocationFen', error !== null);
                    form.set('totalAllocationFen', fen);
                  }}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            {date('applicationStart')}
          </Col>
          <Col xs={24} md={8}>
            {date('applicationEnd')}
          </Col>
          <Col xs={24}>
            <Field form={form} path="notes" label={t('fundPrograms.notes')}>
              {(c) => (
                <Input.TextArea
                  {...c}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  value={draft.notes}
                  onChange={(e) => form.set('notes', e.target.value)}
                />
              )}
            </Field>
          </Col>
        </Row>
      </Card>
      <Card
        title={t('ruleSet.title')}
        size="small"
        className="form-card"
        extra={
          <Button size="small" disabled={!draft.source} onClick={() => draft.source && askToLoad(draft.source)}>
            {t('fundPrograms.loadTemplate')}
          </Button>
        }
      >
        {draft.source ? null : <p className="form-hint">{t('fundPrograms.sourceFirst')}</p>}
        <RuleSetEditor form={form} />
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
