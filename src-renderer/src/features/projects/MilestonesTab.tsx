import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { IndicatorTable } from './milestones/IndicatorTable';
import { MilestoneBoard } from './milestones/MilestoneBoard';
import type { ProjectTabProps } from './projectTabs';
import './milestones/milestones.css';

/**
 * 里程碑与指标: the milestone board (planned → completed → verified by another user, each with its evidence and
 * that file's integrity) and the indicators' achieved values against their targets (完成值 / 目标值 / 完成率).
 */
export function MilestonesTab({ applicationId }: ProjectTabProps) {
  const { t } = useTranslation();
  const board = useOp('milestones.list', { applicationId });
  if (!board.data) return <QueryState pending={board.isPending} error={board.error} />;
  return (
    <div className="milestones-tab">
      {board.data.closed ? <Alert type="info" showIcon title={t('milestones.closed')} /> : null}
      {board.error ? <QueryState pending={false} error={board.error} /> : null}
      <MilestoneBoard board={board.data} />
      <IndicatorTable board={board.data} />
    </div>
  );
}
