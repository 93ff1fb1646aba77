import type { ImportRowError, OpOutput } from '@contract';
import { formatFen } from '@contract';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Spin, Table } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toApiError } from '../../api/errors';
import { useOpMutation } from '../../api/hooks';
import { useLocale } from '../../app/i18n';
import { readFileAsBase64 } from '../../components/files';

type Preview = OpOutput<'applications.importPreview'>;
interface Upload {
  fileName: string;
  contentBase64: string;
}

/**
 * 导入: choose a file, see every row error (or the rows) before anything is written, then import all or
 * nothing. The same checks run again on 确认导入, so a file changed in between cannot slip through.
 */
export function ImportDialog({ onClose, template }: { onClose: () => void; template: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [checking, setChecking] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<ImportRowError[]>([]);
  const runImport = useOpMutation('applications.import');

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    setError(null);
    setRowErrors([]);
    setChecking(true);
    try {
      const next = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
      setUpload(next);
      const result = await call('applications.importPreview', next);
      setPreview(result);
      setRowErrors(result.errors);
    } catch (e) {
      const err = toApiError(e, locale);
      setError(err.message);
      setRowErrors(err.rowErrors);
    } finally {
      setChecking(false);
      // The same file chosen again (after fixing it) must fire onChange again.
      if (input.current) input.current.value = '';
    }
  };

  const confirm = async () => {
    if (!upload) return;
    try {
      const result = await runImport.mutateAsync(upload);
      void message.success(t('importer.imported', { count: result.imported }));
      onClose();
    } catch (e) {
      const err = toApiError(e, locale);
      setError(err.message);
      setRowErrors(err.rowErrors);
    }
  };

  const canImport = preview !== null && rowErrors.length === 0 && error === null && preview.rows > 0;
  return (
    <Modal
      open
      width={860}
      title={t('importer.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="template" onClick={template}>
          {t('applications.template')}
        </Button>,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!canImport}
          loading={runImport.isPending}
          onClick={() => void confirm()}
        >
          {t('importer.confirm')}
        </Button>,
      ]}
    >
      {/* The real file input is hidden (not display:none, so it stays operable); the button opens it. */}
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        aria-label={t('importer.chooseFile')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap>
          <Button icon={<UploadOutlined aria-hidden="true" />} onClick={() => input.current?.click()}>
            {t('importer.chooseFile')}
          </Button>
          <span className="form-hint">{upload ? upload.fileName : t('importer.fileHint')}</span>
        </Space>
        {checking ? (
          <div role="status" className="import-status">
            <Spin size="small" /> {t('importer.checking')}
          </div>
        ) : null}
        {preview ? <div role="status">{t('importer.rowCount', { count: preview.rows })}</div> : null}
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        {rowErrors.length > 0 ? (
          <>
            {error ? null : (
              <Alert type="error" showIcon role="alert" title={t('importer.errorCount', { count: rowErrors.length })} />
            )}
            <Table
              size="small"
              aria-label={t('importer.errorsLabel')}
              rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
              dataSource={rowErrors}
              pagination={rowErrors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              columns={[
                { title: t('importer.row'), dataIndex: 'row', width: 80, align: 'right' },
                { title: t('importer.column'), dataIndex: 'column', width: 180 },
                { title: t('importer.reason'), dataIndex: 'message' },
              ]}
            />
          </>
        ) : preview && !error ? (
          <>
            <Alert type="success" showIcon title={t('importer.noErrors')} />
            <Table
              size="small"
              aria-label={t('importer.previewLabel')}
              rowKey="row"
              dataSource={preview.preview}
              pagination={preview.preview.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              columns={[
                { title: t('importer.row'), dataIndex: 'row', width: 70, align: 'right' },
                { title: t('applications.name'), dataIndex: 'name' },
                { title: t('applications.organization'), dataIndex: 'organization' },
                { title: t('applications.program'), dataIndex: 'program', width: 130 },
                {
                  title: t('applications.requestedColumn'),
                  dataIndex: 'requestedFen',
                  align: 'right',
                  width: 140,
                  render: (v: number) => formatFen(v),
                },
              ]}
            />
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
