import type { ClassCap, ProjectKind, ServiceArea } from '@contract';
import { formatFen, PROJECT_KIND_NAMES, PROJECT_KINDS, SERVICE_AREA_NAMES, SERVICE_AREAS } from '@contract';
import { Col, DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FormErrors/Field';
import type { FormApi } from '../../components/FormErrors/useSchemaForm';
import { districtOptions } from '../organizations/labels';
import type { ApplicationDraft } from './draft';

type Form = FormApi<ApplicationDraft>;
type SelectKey = 'classCode' | 'projectKind' | 'serviceArea' | 'districtCode';

/** The project's facts: name, class (with the program's cap for each), kind, area, district, people, period. */
export function BasicFields({ form, classCaps }: { form: Form; classCaps: readonly ClassCap[] | undefined }) {
  const { t } = useTranslation();
  const { draft, locale } = form;

  const select = <V extends string>(
    key: SelectKey,
    label: string,
    options: { value: V; label: string }[],
    extra?: { placeholder?: string; search?: boolean },
  ) => (
    <Field form={form} path={key} label={label} required>
      {(c) => (
        <Select<V>
          {...c}
          value={draft[key] as V | undefined}
          placeholder={extra?.placeholder}
          showSearch={extra?.search ? { optionFilterProp: 'label' } : undefined}
          options={options}
          onChange={(v) => {
            form.set(key, v as never);
            form.touch(key);
          }}
        />
      )}
    </Field>
  );
  const date = (key: 'periodStart' | 'periodEnd', label: string) => (
    <Field form={form} path={key} label={label} required>
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
    <>
      <Col xs={24} md={16}>
        <Field form={form} path="name" label={t('applications.name')} required>
          {(c) => <Input {...c} value={draft.name} onChange={(e) => form.set('name', e.target.value)} />}
        </Field>
      </Col>
      <Col xs={24} md={8}>
        {select<string>(
          'classCode',
          t('applications.classCode'),
          (classCaps ?? []).map((k) => ({
            value: k.code,
            label: t('applications.classOption', { code: k.code, name: k.name, cap: formatFen(k.capFen) }),
          })),
          { placeholder: classCaps ? undefined : t('applications.programFirst') },
        )}
      </Col>
      <Col xs={24} md={8}>
        {select<ProjectKind>(
          'projectKind',
          t('applications.projectKind'),
          PROJECT_KINDS.map((k) => ({ value: k, label: PROJECT_KIND_NAMES[k][locale] })),
        )}
      </Col>
      <Col xs={24} md={8}>
        {select<ServiceArea>(
          'serviceArea',
          t('applications.serviceArea'),
          SERVICE_AREAS.map((k) => ({ value: k, label: SERVICE_AREA_NAMES[k][locale] })),
        )}
      </Col>
      <Col xs={24} md={8}>
        {select<string>('districtCode', t('applications.district'), districtOptions(t, locale), { search: true })}
      </Col>
      <Col xs={24} md={16}>
        <Field form={form} path="beneficiaries" label={t('applications.beneficiaries')}>
          {(c) => (
            <Input {...c} value={draft.beneficiaries} onChange={(e) => form.set('beneficiaries', e.target.value)} />
          )}
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field form={form} path="beneficiaryCount" label={t('applications.beneficiaryCount')}>
          {(c) => (
            <InputNumber<number>
              controls={false}
              {...c}
              min={0}
              precision={0}
              style={{ width: '100%' }}
              value={draft.beneficiaryCount}
              onChange={(v) => form.set('beneficiaryCount', v)}
            />
          )}
        </Field>
      </Col>
      <Col xs={24} md={8}>
        {date('periodStart', t('applications.periodStart'))}
      </Col>
      <Col xs={24} md={8}>
        {date('periodEnd', t('applications.periodEnd'))}
      </Col>
      <Col xs={24}>
        <Field form={form} path="objectives" label={t('applications.objectives')}>
          {(c) => (
            <Input.TextArea
              {...c}
              autoSize={{ minRows: 2, maxRows: 8 }}
              value={draft.objectives}
              onChange={(e) => form.set('objectives', e.target.value)}
            />
          )}
        </Field>
      </Col>
    </>
  );
}
