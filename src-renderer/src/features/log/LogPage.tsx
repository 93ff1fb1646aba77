import type { EXPORT_FORMATS, OpOutput } from '@contract';
import { ExportOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQueryClient, type Query } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { isStaleAfter } from '../../api/hooks';
import { useLocale } from '../../app/i18n';
import { toListInput } from '../../components/DataTable/listQuery';
import { FilterInput } from '../../components/DataTable/Toolbar';
import { useListState } from '../../components/DataTable/useListState';
import { saveFile } from '../../components/files';
import { PageHeader } from '../../components/PageHeader';
import { LogTable } from './LogTable';
import { knownOps } from './logText';

interface Filters {
  username: string | undefined;
  from: string | undefined;
  to: string | undefined;
  op: string | undefined;
  [key: string]: string | undefined;
}

type Verify = OpOutput<'log.verify'>;

/** 操作日志: search by operator, time and content; export what was found; check the hash chain. */
export function LogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const list = useListState<Filters>('log', {
    filters: { username: undefined, from: undefined, to: undefined, op: undefined },
    sorting: [{ id: 'id', desc: true }],
  });
  const { filters } = list.state;
  const [busy, setBusy] = useState<string | null>(null);
  const [verified, setVerified] = useState<Verify | null>(null);
  const queryClient = useQueryClient();

  const exportAs = async (format: (typeof EXPORT_FORMATS)[number]) => {
    const { search, filters: f } = toListInput(list.state);
    setBusy(format);
    try {
      const file = await call('log.export', { format, search, filters: f });
      saveFile(file);
      void message.success(t('log.exported', { count: file.rowCount }));
      // The export is itself a log entry: show it.
      await queryClient.invalidateQueries({ predicate: (q: Query) => isStaleAfter('log.export', q.queryKey) });
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const verify = async () => {
    setBusy('verify');
    try {
      setVerified(await call('log.verify', {}));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const date = (key: 'from' | 'to', label: string) => (
    <DatePicker
      aria-label={label}
      placeholder={label}
      style={{ width: 140 }}
      value={filters[key] ? dayjs(filters[key]) : null}
      onChange={(v) => list.setFilter(key, v ? v.format('YYYY-MM-DD') : undefined)}
    />
  );

  return (
    <>
      <PageHeader
        title={t('log.title')}
        extra={
          <>
            <Button
              icon={<ExportOutlined aria-hidden="true" />}
              loading={busy === 'xlsx'}
              onClick={() => void exportAs('xlsx')}
            >
              {t('log.exportXlsx')}
            </Button>
            <Button
              icon={<ExportOutlined aria-hidden="true" />}
              loading={busy === 'csv'}
              onClick={() => void exportAs('csv')}
            >
              {t('log.exportCsv')}
            </Button>
            <Button
              icon={<SafetyCertificateOutlined aria-hidden="true" />}
              loading={busy === 'verify'}
              onClick={() => void verify()}
            >
              {t('log.verify')}
            </Button>
          </>
        }
      />
      {verified ? (
        <Alert
          className="form-alert"
          role="status"
          showIcon
          closable={{ onClose: () => setVerified(null), 'aria-label': t('common.close') }}
          type={verified.ok ? 'success' : 'error'}
          title={
            verified.ok
              ? t('log.verifyOk', { count: verified.entries })
              : t('log.verifyBad', { message: verified.problems[0] ?? '' })
          }
          description={
            verified.problems.length > 1 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {verified.problems.slice(1).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <LogTable
        list={list}
        label={t('log.gridLabel')}
        tableKey="log"
        filters={
          <>
            <FilterInput
              label={t('log.filterUser')}
              value={filters.username ?? ''}
              onChange={(v) => list.setFilter('username', v || undefined)}
              width={120}
            />
            {date('from', t('log.filterFrom'))}
            {date('to', t('log.filterTo'))}
            <Select
              aria-label={t('log.filterOp')}
              placeholder={t('log.allOps')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 170 }}
              value={filters.op}
              onChange={(v?: string) => list.setFilter('op', v)}
              options={knownOps(locale)}
            />
          </>
        }
      />
    </>
  );
}
