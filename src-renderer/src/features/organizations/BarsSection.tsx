import { ops } from '@contract';
import { StopOutlined } from '@ant-design/icons';
import { App, Button, Card, InputNumber, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { useSession } from '../../app/session';
import { formatTimestamp } from '../../components/format';
import { Field } from '../../components/FormErrors/Field';
import { FormDialog } from '../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { ReasonField } from '../../components/FormErrors/ReasonField';

/** 取消申报资格: the years an organization may not apply (e.g. after a failed evaluation), and recording one. */
export function BarsSection({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const bars = useOp('organizations.bars', { organizationId });
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('bars.title')}</h2>}
      extra={
        can('organizations.sanction') ? (
          <Button danger icon={<StopOutlined aria-hidden="true" />} onClick={() => setOpen(true)}>
            {t('bars.register')}
          </Button>
        ) : null
      }
    >
      <Table
        size="small"
        aria-label={t('bars.gridLabel')}
        loading={bars.isPending}
        pagination={false}
        rowKey="id"
        dataSource={bars.data ?? []}
        locale={{ emptyText: bars.error ? bars.error.message : t('bars.none') }}
        columns={[
          { title: t('bars.fromYear'), dataIndex: 'fromYear', width: 110 },
          { title: t('bars.toYear'), dataIndex: 'toYear', width: 110 },
          { title: t('bars.reason'), dataIndex: 'reason' },
          { title: t('bars.createdAt'), dataIndex: 'createdAt', width: 160, render: formatTimestamp },
        ]}
      />
      {open ? <BarDialog organizationId={organizationId} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}

interface Draft {
  fromYear: number | null;
  toYear: number | null;
  reason: string;
}

function BarDialog({ organizationId, onClose }: { organizationId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const bar = useOpMutation('organizations.bar');
  const form = useSchemaForm({
    formId: 'bar',
    schema: ops['organizations.bar'].input,
    initial: (): Draft => {
      const next = new Date().getFullYear() + 1;
      return { fromYear: next, toYear: next, reason: '' };
    },
    toInput: (d: Draft) => ({
      organizationId,
      fromYear: d.fromYear ?? undefined,
      toYear: d.toYear ?? undefined,
      reason: d.reason,
    }),
    knownPaths: ['fromYear', 'toYear', 'reason'],
    onValid: async (input) => {
      await bar.mutateAsync(input);
      void message.success(t('bars.saved'));
      onClose();
    },
  });
  const year = (key: 'fromYear' | 'toYear', label: string) => (
    <Field form={form} path={key} label={label} required>
      {(c) => (
        <InputNumber<number>
          controls={false}
          {...c}
          min={2000}
          max={2100}
          precision={0}
          style={{ width: '100%' }}
          value={form.draft[key]}
          onChange={(v) => form.set(key, v)}
        />
      )}
    </Field>
  );
  return (
    <FormDialog title={t('bars.registerTitle')} form={form} onClose={onClose} okText={t('bars.confirm')} danger>
      <div className="two-columns">
        {year('fromYear', t('bars.fromYear'))}
        {year('toYear', t('bars.toYear'))}
      </div>
      <ReasonField form={form} label={t('bars.reason')} minRows={2} />
    </FormDialog>
  );
}
