import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { ReportSubjectInput } from '@contract';
import { App, Button, Progress, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { saveFile } from '../../components/files';
import { useReportJob, type ReportJobState } from './useReportJob';
import './reports.css';

/**
 * A report's two buttons: the PDF (numbered and registered by main, laid out in a Web Worker with progress and
 * cancel while the page stays usable) and its tables as Excel. `size` small fits a table row (a tranche).
 * `unavailable` says why there is nothing to report yet (the buttons show disabled with it, not hidden).
 */
export function ReportActions({
  subject,
  size,
  unavailable,
}: {
  subject: ReportSubjectInput;
  size?: 'small';
  unavailable?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const { state, busy, start, cancel, dismiss } = useReportJob();
  const [exporting, setExporting] = useState(false);
  const title = t(`reports.generate.title.${subject.kind}`, { seq: subject.seq });
  const permitted = can('applications.export');
  const why = permitted ? unavailable : t('reports.generate.noPermission');
  const allowed = why === undefined;

  const exportTables = async () => {
    setExporting(true);
    try {
      const file = await call('reports.exportTables', subject);
      saveFile(file);
      void message.success(t('reports.generate.tablesDone', { file: file.fileName, count: file.rowCount }));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Tooltip title={why}>
        <Button
          size={size}
          icon={<FilePdfOutlined aria-hidden="true" />}
          loading={busy}
          disabled={!allowed}
          onClick={() => void start(subject)}
        >
          {t('reports.generate.pdf', { title })}
        </Button>
      </Tooltip>
      <Tooltip title={why}>
        <Button
          size={size}
          icon={<FileExcelOutlined aria-hidden="true" />}
          loading={exporting}
          disabled={!allowed}
          onClick={() => void exportTables()}
        >
          {t('reports.generate.xlsx', { title })}
        </Button>
      </Tooltip>
      {state.phase === 'idle' ? null : (
        <ReportJobPanel state={state} title={title} onCancel={cancel} onClose={dismiss} />
      )}
    </>
  );
}

/** The job, in a corner of the window rather than a modal: the rest of the page stays usable meanwhile. */
function ReportJobPanel(props: {
  state: Exclude<ReportJobState, { phase: 'idle' }>;
  title: string;
  onCancel: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { state, title } = props;
  const running = state.phase === 'registering' || state.phase === 'rendering';
  const percent = state.phase === 'rendering' ? state.percent : 0;
  return (
    <section className="report-job" aria-label={t('reports.generate.panel', { title })}>
      <div className="report-job-title">{t('reports.generate.panel', { title })}</div>
      {running ? (
        <>
          <p className="report-job-text" role="status">
            {state.phase === 'registering'
              ? t('reports.generate.registering')
              : t('reports.generate.rendering', {
                  number: state.number,
                  stage: t(`reports.generate.stage.${state.stage}`),
                })}
          </p>
          <Progress percent={percent} size="small" status="active" aria-label={t('reports.generate.progress')} />
          <Button size="small" onClick={props.onCancel} disabled={state.phase !== 'rendering'}>
            {t('reports.generate.cancel')}
          </Button>
        </>
      ) : (
        <>
          <p className="report-job-text" role="status">
            {state.phase === 'done'
              ? t('reports.generate.done', { number: state.number, file: state.fileName })
              : state.phase === 'cancelled'
                ? t('reports.generate.cancelled', { number: state.number })
                : t('reports.generate.failed', { message: state.message })}
          </p>
          {state.phase === 'done' && state.draft ? (
            <p className="report-job-text muted">{t('reports.generate.draft')}</p>
          ) : null}
          <Button size="small" onClick={props.onClose}>
            {t('reports.generate.close')}
          </Button>
        </>
      )}
    </section>
  );
}
