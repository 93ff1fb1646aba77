import type { AttachmentMeta } from '@contract';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../FormErrors/FormAlert';
import type { ControlProps } from '../FormErrors/Field';
import { AttachmentItem } from './AttachmentItem';
import { useFileUpload } from './useFileUpload';
import './attachments.css';

interface Props {
  /** The project (application) the file belongs to. */
  applicationId: number;
  value: AttachmentMeta | null;
  onChange: (meta: AttachmentMeta | null) => void;
  /**
   * A Field's wiring; its id goes on the file input, so the field's label names the input (and a test can
   * `setInputFiles` on getByLabel('佐证材料')).
   */
  control?: Partial<ControlProps>;
  accept?: string;
}

/** Chooses a file and uploads it at once (content as base64), then shows what main stored. */
export function AttachmentUpload({ applicationId, value, onChange, control, accept }: Props) {
  const { t } = useTranslation();
  const { input, choose, busy, error, refused } = useFileUpload(applicationId, onChange);

  return (
    <div className="attachment-upload">
      {/* The real input stays operable but hidden (not display:none); the button opens it. */}
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        id={control?.id}
        aria-invalid={control?.['aria-invalid']}
        aria-describedby={control?.['aria-describedby']}
        aria-required={control?.['aria-required']}
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <div className="attachment-upload-bar">
        <Button
          icon={<UploadOutlined aria-hidden="true" />}
          disabled={busy}
          onClick={() => input.current?.click()}
          onBlur={control?.onBlur}
        >
          {value ? t('attachments.replace') : t('attachments.upload')}
        </Button>
        {busy ? (
          <span role="status" className="attachment-busy">
            <Spin size="small" /> {t('attachments.uploading')}
          </span>
        ) : null}
      </div>
      {value && !busy ? (
        <div role="status" className="attachment-uploaded">
          <AttachmentItem attachment={value} noOpen />
          <Tag color="blue" className="attachment-uploaded-tag">
            {t('attachments.uploaded')}
          </Tag>
        </div>
      ) : null}
      {refused ? <Alert className="attachment-alert" type="error" showIcon role="alert" title={refused} /> : null}
      {error ? <ErrorAlert className="attachment-alert" error={error} /> : null}
    </div>
  );
}
