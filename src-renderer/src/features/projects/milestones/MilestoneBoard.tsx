import type { MilestoneBoard as Board } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { byLane, LANES } from './display';
import { MilestoneCard } from './MilestoneCard';
import { PlanDialog } from './MilestoneDialogs';

/**
 * 里程碑看板: one lane per state (计划中 → 已完成待验收 → 已验收), so what waits for whom is seen at a glance. A card
 * moves right as it is completed and then verified by someone else.
 */
export function MilestoneBoard({ board }: { board: Board }) {
  const { t } = useTranslation();
  const [planning, setPlanning] = useState(false);
  const lanes = byLane(board.milestones);
  return (
    <section className="milestone-board" aria-labelledby="milestone-board-title">
      <div className="milestones-section-head">
        <h3 id="milestone-board-title" className="milestones-section-title">
          {t('milestones.boardTitle')}
        </h3>
        <span className="muted">{t('milestones.periodHint', { start: board.periodStart, end: board.periodEnd })}</span>
        {board.availableActions.includes('plan') ? (
          <Button
            className="milestones-section-action"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => setPlanning(true)}
          >
            {t('milestones.plan')}
          </Button>
        ) : null}
      </div>
      <div className="milestone-lanes">
        {LANES.map((state) => (
          <section key={state} className={`milestone-lane lane-${state}`} aria-labelledby={`milestone-lane-${state}`}>
            <header className="milestone-lane-head">
              <h4 id={`milestone-lane-${state}`} className="milestone-lane-title">
                {t(`milestones.states.${state}`)}
              </h4>
              <span className="milestone-lane-count">{t('milestones.laneCount', { count: lanes[state].length })}</span>
            </header>
            {lanes[state].length === 0 ? (
              <p className="milestone-lane-empty muted">{t('milestones.laneEmpty')}</p>
            ) : (
              lanes[state].map((m) => (
                <MilestoneCard key={m.id} applicationId={board.applicationId} milestone={m} closed={board.closed} />
              ))
            )}
          </section>
        ))}
      </div>
      {planning ? (
        <PlanDialog
          applicationId={board.applicationId}
          periodStart={board.periodStart}
          periodEnd={board.periodEnd}
          onClose={() => setPlanning(false)}
        />
      ) : null}
    </section>
  );
}
