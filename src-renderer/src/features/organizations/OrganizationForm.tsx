import type { OrganizationView, OrgKind } from '@contract';
import { ORG_KINDS, RATINGS, REGISTRATIONS } from '@contract';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSaveForm } from '../../components/FormErrors/useSaveForm';
import { kindFromCreditCode, ORG_PATHS, type OrgDraft, type Rating, type Registration } from './draft';
import { districtOptions } from './labels';

interface Props {
  id: number | null;
  initial: OrgDraft;
  onSaved: (view: OrganizationView) => void;
  onCancel: () => void;
}

/** The draft already has the op's field shapes. */
const asFields = (d: OrgDraft) => d;

type TextKey = 'name' | 'creditCode' | 'legalRepresentative' | 'contactPerson' | 'phone';

/** Create or edit an organization; the credit code is checked (GB 32100) as soon as the field is left. */
export function OrganizationForm({ id, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useSaveForm({
    formId: 'organization',
    id,
    create: 'organizations.create',
    update: 'organizations.update',
    initial,
    toFields: asFields,
    knownPaths: ORG_PATHS,
    onSaved,
  });
  const { draft } = form;

  const text = (key: TextKey, label: string, extra?: string, autoComplete = 'off') => (
    <Field form={form} path={key} label={label} required={key === 'name'} extra={extra}>
      {(c) => (
        <Input
          {...c}
          autoComplete={autoComplete}
          className={key === 'creditCode' ? 'mono' : undefined}
          value={draft[key]}
          onChange={(e) => form.set(key, e.target.value)}
          onBlur={() => {
            c.onBlur();
            // A valid 51/52/53 code says what kind of organization this is; save the officer a choice.
            if (key === 'creditCode' && draft.kind === undefined) {
              const kind = kindFromCreditCode(draft.creditCode);
              if (kind) form.set('kind', kind);
            }
          }}
        />
      )}
    </Field>
  );
  const select = <V extends string>(
    key: 'kind' | 'registration' | 'districtCode' | 'rating',
    label: string,
    options: { value: V; label: string }[],
    opts: { allowClear?: boolean; search?: boolean; required?: boolean } = {},
  ) => (
    <Field form={form} path={key} label={label} required={opts.required}>
      {(c) => (
        <Select<V>
          {...c}
          value={(draft[key] ?? undefined) as V | undefined}
          allowClear={opts.allowClear}
          showSearch={opts.search ? { optionFilterProp: 'label' } : undefined}
          options={options}
          onChange={(v) => {
            form.set(key, (v ?? (key === 'rating' ? null : undefined)) as never);
            form.touch(key);
          }}
        />
      )}
    </Field>
  );

  return (
    <Form layout="vertical" onFinish={() => void form.submit()} className="entity-form">
      <FormAlert form={form} />
      <Card size="small" className="form-card">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text('name', t('organizations.orgName'))}
          </Col>
          <Col xs={24} md={12}>
            {text('creditCode', t('organizations.creditCode'), t('organizations.creditCodeHint'))}
          </Col>
          <Col xs={24} md={8}>
            {select<OrgKind>(
              'kind',
              t('organizations.kind'),
              ORG_KINDS.map((k) => ({ value: k, label: t(`orgKinds.${k}`) })),
              { required: true },
            )}
          </Col>
          <Col xs={24} md={8}>
            {select<Registration>(
              'registration',
              t('organizations.registration'),
              REGISTRATIONS.map((k) => ({ value: k, label: t(`registrations.${k}`) })),
              { required: true },
            )}
          </Col>
          <Col xs={24} md={8}>
            {select<string>('districtCode', t('organizations.districtField'), districtOptions(t, locale), {
              search: true,
              required: true,
            })}
          </Col>
          <Col xs={24} md={8}>
            {text('legalRepresentative', t('organizations.legalRepresentative'))}
          </Col>
          <Col xs={24} md={8}>
            {text('contactPerson', t('organizations.contactPerson'))}
          </Col>
          <Col xs={24} md={8}>
            {text('phone', t('organizations.phone'), undefined, 'tel')}
          </Col>
          <Col xs={24} md={8}>
            <Field form={form} path="foundedDate" label={t('organizations.foundedDate')}>
              {(c) => (
                <DatePicker
                  {...c}
                  style={{ width: '100%' }}
                  value={draft.foundedDate ? dayjs(draft.foundedDate) : null}
                  onChange={(v) => {
                    form.set('foundedDate', v ? v.format('YYYY-MM-DD') : null);
                    form.touch('foundedDate');
                  }}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={8}>
            {select<Rating>(
              'rating',
              t('organizations.rating'),
              RATINGS.map((r) => ({ value: r, label: r })),
              { allowClear: true },
            )}
          </Col>
        </Row>
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
