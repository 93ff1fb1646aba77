import type { InspectionKind } from '@contract';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { RemoteSelect } from '../../components/RemoteSelect';
import { InspectionKindPicker } from './labels';

/**
 * 新建检查: the project (fixed on a project's tab), the checklist (its latest version), kind, date, place and
 * the second inspector, an evaluator colleague or an external expert by name and unit. The caller is the first.
 */
export function NewInspectionDialog({ applicationId, onClose }: { applicationId?: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const templates = useOp('checklists.list', {});
  const pool = useOp('inspections.inspectorPool', {});
  const create = useOpMutation('inspections.create');
  const [project, setProject] = useState<number | undefined>(applicationId);
  const [templateId, setTemplateId] = useState<number | undefined>(undefined);
  const [kind, setKind] = useState<InspectionKind>('field');
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [place, setPlace] = useState('');
  const [external, setExternal] = useState(false);
  const [colleague, setColleague] = useState<number | undefined>(undefined);
  const [expert, setExpert] = useState({ name: '', unit: '' });
  const chosenTemplate = templateId ?? templates.data?.templates[0]?.templateId;

  const submit = async () => {
    const second = external
      ? { userId: null, name: expert.name, unit: expert.unit }
      : { userId: colleague ?? null, name: '', unit: '' };
    const view = await create.mutateAsync({
      applicationId: project ?? 0,
      templateId: chosenTemplate ?? 0,
      kind,
      date,
      place,
      notes: '',
      inspectors: [{ userId: user.id, name: '', unit: '' }, second],
    });
    onClose();
    navigate({ name: 'inspection', id: view.id });
  };

  return (
    <Modal
      open
      title={t('supervision.newInspection')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending}
      onCancel={onClose}
      width={560}
    >
      <Form layout="vertical" component="div">
        {applicationId ? null : (
          <Form.Item label={t('supervision.project')} required htmlFor="inspection-project">
            <RemoteSelect
              id="inspection-project"
              op="applications.list"
              filters={{ state: 'approved' }}
              toOption={(a) => ({ value: a.id, label: `${a.code} ${a.name}` })}
              value={project}
              onChange={(v) => setProject(v)}
              placeholder={t('supervision.pickProject')}
            />
          </Form.Item>
        )}
        <Form.Item label={t('supervision.checklist')} required htmlFor="inspection-template">
          <Select
            id="inspection-template"
            value={chosenTemplate}
            onChange={setTemplateId}
            options={(templates.data?.templates ?? []).map((x) => ({
              value: x.templateId,
              label: t('supervision.templateOption', { name: x.name, version: x.version, count: x.itemCount }),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('supervision.kind')} required>
          <InspectionKindPicker value={kind} onChange={setKind} />
        </Form.Item>
        <Form.Item label={t('supervision.date')} required htmlFor="inspection-date">
          <DatePicker
            id="inspection-date"
            format="YYYY-MM-DD"
            value={dayjs(date)}
            allowClear={false}
            onChange={(v) => v && setDate(v.format('YYYY-MM-DD'))}
          />
        </Form.Item>
        <Form.Item label={t('supervision.place')} required htmlFor="inspection-place">
          <Input id="inspection-place" value={place} maxLength={200} onChange={(e) => setPlace(e.target.value)} />
        </Form.Item>
        <Form.Item
          label={t('supervision.secondInspector')}
          required
          extra={t('supervision.firstInspector', { name: user.displayName })}
        >
          <Radio.Group value={external} onChange={(e) => setExternal(e.target.value as boolean)}>
            <Radio value={false}>{t('supervision.colleague')}</Radio>
            <Radio value={true}>{t('supervision.externalExpert')}</Radio>
          </Radio.Group>
          {external ? (
            <div className="inspector-expert">
              <Input
                aria-label={t('supervision.expertName')}
                placeholder={t('supervision.expertName')}
                value={expert.name}
                onChange={(e) => setExpert({ ...expert, name: e.target.value })}
              />
              <Input
                aria-label={t('supervision.expertUnit')}
                placeholder={t('supervision.expertUnit')}
                value={expert.unit}
                onChange={(e) => setExpert({ ...expert, unit: e.target.value })}
              />
            </div>
          ) : (
            <Select
              aria-label={t('supervision.pickColleague')}
              style={{ marginTop: 8, width: '100%' }}
              placeholder={t('supervision.pickColleague')}
              value={colleague}
              onChange={setColleague}
              options={(pool.data ?? [])
                .filter((p) => p.id !== user.id)
                .map((p) => ({ value: p.id, label: p.displayName }))}
            />
          )}
        </Form.Item>
      </Form>
      {create.error ? <Alert type="error" showIcon title={create.error.message} /> : null}
    </Modal>
  );
}
