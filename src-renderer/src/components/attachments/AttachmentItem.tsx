import type { AttachmentMeta, AttachmentStatus } from '@contract';
import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/errors';
import { useLocale } from '../../app/i18n';
import { ErrorAlert } from '../FormErrors/FormAlert';
import { saveFile } from '../files';
import { formatBytes, formatTimestamp } from '../format';
import { AttachmentStatusTag } from './AttachmentStatusTag';
import { intactContent, shortHash, shownStatus, type CheckedStatus } from './attachmentStatus';
import { RepairButton } from './RepairButton';
import './attachments.css';

interface Props {
  attachment: AttachmentMeta;
  /** The status a list reported (size check); omitted for a file just uploaded, which nobody has checked. */
  listed?: CheckedStatus | null;
  /** Hide the 打开 action (e.g. inside the dialog that uploaded it). */
  noOpen?: boolean;
  /** Offer 上传原文件修复 when the file is missing or altered (the user may upload to the open project). */
  canRepair?: boolean;
}

/**
 * One attachment: name, size, integrity status and 打开. Opening asks main to re-read the file and recompute
 * its SHA-256; the content is handed over (downloaded) only when it is intact, and a missing or altered file
 * is said to be so, in the tag and in an alert, with nothing opened.
 */
export function AttachmentItem({ attachment: a, listed = null, noOpen, canRepair }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [opened, setOpened] = useState<AttachmentStatus | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const shown = shownStatus(listed, opened);

  const open = async () => {
    setOpening(true);
    setError(null);
    try {
      const result = await call('attachments.open', { attachmentId: a.id });
      setOpened(result.status);
      const content = intactContent(result);
      if (content !== null) {
        saveFile({ fileName: result.meta.fileName, mimeType: result.meta.mimeType, base64: content });
        void message.success(t('attachments.openedOk', { name: result.meta.fileName }));
      }
    } catch (e) {
      setError(toApiError(e, locale));
    } finally {
      setOpening(false);
    }
  };

  const broken = opened === 'missing' || opened === 'altered' ? opened : null;
  return (
    <div className="attachment-item" role="group" aria-label={t('attachments.fileOf', { name: a.fileName })}>
      <div className="attachment-line">
        <PaperClipOutlined className="attachment-icon" aria-hidden="true" />
        <Tooltip
          title={
            <>
              <div>
                {t('attachments.uploadedBy', { name: a.uploadedBy.displayName, at: formatTimestamp(a.uploadedAt) })}
              </div>
              <div className="mono">{t('attachments.sha256', { hash: a.sha256 })}</div>
            </>
          }
        >
          <span className="attachment-name" data-sha256={shortHash(a.sha256)}>
            {a.fileName}
          </span>
        </Tooltip>
        <span className="attachment-size muted">{formatBytes(a.size)}</span>
        {shown ? <AttachmentStatusTag status={shown.status} check={shown.check} /> : null}
        {noOpen ? null : (
          <Button size="small" type="link" className="attachment-open" loading={opening} onClick={() => void open()}>
            {opening ? t('attachments.opening') : t('attachments.open')}
          </Button>
        )}
      </div>
      {broken ? (
        <Alert
          className="attachment-alert"
          type="error"
          showIcon
          role="alert"
          title={t(`attachments.detail.${broken}`, { name: a.fileName })}
        />
      ) : null}
      {error ? <ErrorAlert className="attachment-alert" error={error} /> : null}
      {canRepair && shown && shown.status !== 'ok' ? (
        <RepairButton
          attachment={a}
          // main hashed the uploaded bytes: the stored copy is the original again (and the upload made every
          // list holding the attachment stale).
          onRepaired={() => setOpened('ok')}
        />
      ) : null}
    </div>
  );
}
