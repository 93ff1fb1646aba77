import type { SAVED_FILTER_LISTS } from '@contract';
import { ops } from '@contract';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../api/hooks';
import { Field } from './FormErrors/Field';
import { FormDialog } from './FormErrors/FormDialog';
import { useSchemaForm } from './FormErrors/useSchemaForm';

type ListName = (typeof SAVED_FILTER_LISTS)[number];

interface Props {
  list: ListName;
  /** The list's current question (search, filters, sort), as savedQuery makes it. */
  query: Record<string, unknown>;
  onApply: (query: Record<string, unknown>) => void;
}

/** Each user's named views of a list: save the current filters, apply one, delete one. */
export function SavedFilters({ list, query, onApply }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const saved = useOp('savedFilters.list', { list });
  const remove = useOpMutation('savedFilters.delete');
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const current = saved.data?.find((f) => f.id === selected);

  const askDelete = () => {
    if (!current) return;
    modal.confirm({
      title: t('savedFilters.deleteTitle', { name: current.name }),
      okText: t('savedFilters.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync({ id: current.id });
          setSelected(undefined);
          void message.success(t('savedFilters.deleted'));
        } catch (e) {
          void message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });
  };

  return (
    <Space.Compact>
      <Select<number>
        aria-label={t('savedFilters.label')}
        placeholder={t('savedFilters.label')}
        style={{ width: 180 }}
        allowClear
        loading={saved.isPending}
        value={current ? selected : undefined}
        options={(saved.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
        onChange={(id) => {
          setSelected(id);
          const f = saved.data?.find((x) => x.id === id);
          if (f) onApply(f.query);
        }}
      />
      <Button icon={<SaveOutlined aria-hidden="true" />} onClick={() => setSaving(true)}>
        {t('savedFilters.save')}
      </Button>
      <Button
        icon={<DeleteOutlined aria-hidden="true" />}
        aria-label={t('savedFilters.delete')}
        title={t('savedFilters.delete')}
        disabled={!current}
        onClick={askDelete}
      />
      {saving ? (
        <SaveFilterDialog
          list={list}
          query={query}
          onClose={(id) => {
            setSaving(false);
            if (id !== undefined) setSelected(id);
          }}
        />
      ) : null}
    </Space.Compact>
  );
}

function SaveFilterDialog(props: { list: ListName; query: Record<string, unknown>; onClose: (id?: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useOpMutation('savedFilters.save');
  const form = useSchemaForm({
    formId: 'saved-filter',
    schema: ops['savedFilters.save'].input,
    initial: { list: props.list, name: '', query: props.query },
    knownPaths: ['name'],
    onValid: async (input) => {
      const f = await save.mutateAsync(input);
      void message.success(t('savedFilters.saved'));
      props.onClose(f.id);
    },
  });
  return (
    <FormDialog title={t('savedFilters.save')} form={form} onClose={() => props.onClose()}>
      <Field form={form} path="name" label={t('savedFilters.name')} required extra={t('savedFilters.nameHint')}>
        {(c) => <Input {...c} autoFocus value={form.draft.name} onChange={(e) => form.set('name', e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
