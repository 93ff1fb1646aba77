import { Alert, App, Button, Card, DatePicker, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { navigate } from '../../app/router';
import type { ProjectTabProps } from '../projects/projectTabs';
import { useEvaluationColumns } from './labels';

/** The project page's 评估 tab: its evaluations, and a new one for whoever organizes evaluations. */
export function ProjectEvaluationsTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const list = useOp('evaluations.list', { applicationId });
  const columns = useEvaluationColumns(false);
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('evaluations.projectTab')}</h2>}
      extra={
        list.data?.mayCreate ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('evaluations.create')}
          </Button>
        ) : null
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('evaluations.projectTab')}
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        columns={columns}
        locale={{ emptyText: list.error ? list.error.message : t('evaluations.none') }}
      />
      {open ? <CreateDialog applicationId={applicationId} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}

function CreateDialog({ applicationId, onClose }: { applicationId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const people = useOp('evaluations.evaluators', {});
  const create = useOpMutation('evaluations.create');
  const [kind, setKind] = useState<'midterm' | 'final'>('midterm');
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [ids, setIds] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const e = await create.mutateAsync({ applicationId, kind, date, evaluatorIds: ids });
      void message.success(t('evaluations.created'));
      onClose();
      navigate({ name: 'evaluation', id: e.id });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Modal
      open
      title={t('evaluations.createTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('evaluations.createHint')}</Typography.Text>
        {error ? <Alert type="error" showIcon title={error} /> : null}
        <Radio.Group
          aria-label={t('evaluations.kind')}
          value={kind}
          onChange={(ev) => setKind(ev.target.value as 'midterm' | 'final')}
          options={[
            { value: 'midterm', label: t('evaluations.kinds.midterm') },
            { value: 'final', label: t('evaluations.kinds.final') },
          ]}
        />
        <DatePicker
          aria-label={t('evaluations.date')}
          value={dayjs(date)}
          allowClear={false}
          onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
        />
        <Select
          mode="multiple"
          aria-label={t('evaluations.evaluators')}
          placeholder={t('evaluations.evaluators')}
          style={{ width: '100%' }}
          value={ids}
          onChange={setIds}
          loading={people.isPending}
          options={(people.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
        />
      </Space>
    </Modal>
  );
}
