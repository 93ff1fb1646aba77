import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import type { ProjectTabProps } from '../projects/projectTabs';
import { NewInspectionDialog } from './NewInspectionDialog';
import { RectificationBoard } from './RectificationBoard';
import { InspectionList } from './SupervisionPage';
import './supervision.css';

/** 检查与整改 on a project's page: its inspections and its rectification board. */
export function ProjectInspectionsTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  return (
    <div className="supervision-stack">
      <div className="checklist-head">
        <h3 className="supervision-section-title">{t('supervision.projectInspections')}</h3>
        {can('inspections.record') ? (
          <Button
            className="checklist-save"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => setCreating(true)}
          >
            {t('supervision.newInspection')}
          </Button>
        ) : null}
      </div>
      <InspectionList applicationId={applicationId} />
      <h3 className="supervision-section-title">{t('supervision.projectBoard')}</h3>
      <RectificationBoard applicationId={applicationId} />
      {creating ? <NewInspectionDialog applicationId={applicationId} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
