import type { OpInput } from '@contract';
import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toListInput, type ListState } from '../../components/DataTable/listQuery';
import { saveFile } from '../../components/files';

/** 导出: the rows of the current filter (not just the page) as Excel or CSV, written by main. */
export function ExportMenu({ state }: { state: ListState }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const run = async (format: 'xlsx' | 'csv') => {
    const { search, filters, sort } = toListInput(state);
    setPending(true);
    try {
      // The sort ids come from this page's columns, which are the op's sortable columns.
      const input = { format, search, filters, sort } as OpInput<'applications.export'>;
      const file = await call('applications.export', input);
      saveFile(file);
      void message.success(t('applications.exported', { count: file.rowCount }));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('applications.exportXlsx') },
          { key: 'csv', label: t('applications.exportCsv') },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<ExportOutlined aria-hidden="true" />} loading={pending}>
        {t('applications.export')} <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}

/** 下载模板: the blank import template (.xlsx), with the Chinese headers the importer expects. */
export function useTemplateDownload(): { run: () => void; pending: boolean } {
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const run = () => {
    setPending(true);
    call('applications.template', { format: 'xlsx' })
      .then(saveFile)
      .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)))
      .finally(() => setPending(false));
  };
  return { run, pending };
}
