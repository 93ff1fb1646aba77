import type { ExportOpName, FileOutput, OpInput } from '@contract';
import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { saveFile } from '../files';

export type ExportFormat = 'xlsx' | 'csv';

/** A column as the view shows it: what main exports (id) under the header the user sees (label). */
export interface ShownColumn {
  id: string;
  label: string;
}

interface ExportMenuProps<N extends ExportOpName> {
  op: N;
  /** The view's question and its shown columns; main runs the question without paging and writes the file. */
  input: (format: ExportFormat) => OpInput<N>;
  /** How many rows the export will hold, for the hint. */
  count?: number | undefined;
}

/** 导出: the whole of what a view shows (every page) as Excel or CSV, written by main and logged there. */
export function ExportMenu<N extends ExportOpName>({ op, input, count }: ExportMenuProps<N>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const run = async (format: ExportFormat) => {
    setPending(true);
    try {
      const file = (await call(op, input(format))) as FileOutput;
      saveFile(file);
      void message.success(t('table.exported', { count: file.rowCount }));
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
          { key: 'xlsx', label: t('table.exportXlsx') },
          { key: 'csv', label: t('table.exportCsv') },
        ],
        onClick: ({ key }) => void run(key as ExportFormat),
      }}
    >
      <Button
        icon={<ExportOutlined aria-hidden="true" />}
        loading={pending}
        aria-haspopup="menu"
        title={count === undefined ? undefined : t('table.exportHint', { count })}
      >
        {t('table.export')} <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}
