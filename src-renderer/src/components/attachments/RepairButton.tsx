import type { AttachmentMeta } from '@contract';
import { ToolOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../FormErrors/FormAlert';
import { useFileUpload } from './useFileUpload';

interface Props {
  attachment: AttachmentMeta;
  /** The original bytes are back in the store (main hashed them on upload: same SHA-256). */
  onRepaired: () => void;
}

/**
 * 上传原文件修复: main keeps each content once under its SHA-256 and replaces a damaged copy when the same bytes
 * are uploaded again, so uploading the original repairs a missing or altered file. Any other file is said not
 * to match, and the attachment stays broken.
 */
export function RepairButton({ attachment: a, onRepaired }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mismatch, setMismatch] = useState<string | null>(null);
  const { input, choose, busy, error, refused } = useFileUpload(a.applicationId, (meta) => {
    if (meta.sha256 !== a.sha256) {
      setMismatch(t('attachments.repairMismatch', { chosen: meta.fileName, name: a.fileName }));
      return;
    }
    setMismatch(null);
    onRepaired();
    void message.success(t('attachments.repaired', { name: a.fileName }));
  });
  return (
    <div className="attachment-repair">
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('attachments.repairOf', { name: a.fileName })}
        onChange={(e) => {
          setMismatch(null);
          void choose(e.target.files?.[0]);
        }}
      />
      <Button
        size="small"
        icon={<ToolOutlined aria-hidden="true" />}
        loading={busy}
        onClick={() => input.current?.click()}
      >
        {t('attachments.repair')}
      </Button>
      {mismatch ? <Alert className="attachment-alert" type="error" showIcon role="alert" title={mismatch} /> : null}
      {refused ? <Alert className="attachment-alert" type="error" showIcon role="alert" title={refused} /> : null}
      {error ? <ErrorAlert className="attachment-alert" error={error} /> : null}
    </div>
  );
}
