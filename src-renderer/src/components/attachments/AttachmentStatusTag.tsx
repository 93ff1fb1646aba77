import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, FileProtectOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LABEL_COLORS, statusLabel, type CheckedStatus } from './attachmentStatus';

const ICONS = {
  ok: <CheckCircleFilled aria-hidden="true" />,
  present: <FileProtectOutlined aria-hidden="true" />,
  missing: <ExclamationCircleFilled aria-hidden="true" />,
  altered: <CloseCircleFilled aria-hidden="true" />,
} as const;

/**
 * 完好 / 文件缺失 / 文件已被改动 — or 文件存在 when only a list's size check vouches for it — with how it was
 * established in the tooltip, so a green tag never claims more than was checked.
 */
export function AttachmentStatusTag({ status, check }: CheckedStatus) {
  const { t } = useTranslation();
  const label = statusLabel({ status, check });
  const how = check === 'hash' ? t('attachments.checkHash') : t('attachments.checkSize');
  return (
    <Tooltip title={how}>
      <Tag
        className={`attachment-status attachment-status-${status}`}
        color={LABEL_COLORS[label]}
        icon={ICONS[label]}
        data-status={status}
        data-check={check}
        aria-description={how}
      >
        {t(`attachments.status.${label}`)}
      </Tag>
    </Tooltip>
  );
}
