import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { markOf, type ChecklistEntry, type ChecklistMark } from './display';

const ICONS: Record<ChecklistMark, typeof CheckCircleFilled> = {
  ok: CheckCircleFilled,
  failed: CloseCircleFilled,
  na: MinusCircleFilled,
};
const TAG_COLORS: Record<ChecklistMark, string> = { ok: 'success', failed: 'error', na: 'default' };

/**
 * Every item of the close-out checklist, held (✓), not held (✗) or 不适用, each with main's own words for it
 * ("有 2 期拨付尚未完成（第 2、3 期）…"), so the officer sees what is missing before anyone tries to close.
 */
export function Checklist({ entries, label }: { entries: readonly ChecklistEntry[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="closeout-checklist" aria-label={label}>
      {entries.map((e) => {
        const mark = markOf(e);
        const Icon = ICONS[mark];
        return (
          <li key={e.item} className={`check-${mark}`} data-item={e.item}>
            <Icon className="check-icon" aria-hidden="true" />
            <span className="check-name">{t(`closeOut.items.${e.item}`)}</span>
            <Tag className="check-state" color={TAG_COLORS[mark]} variant="filled">
              {t(`closeOut.states.${mark}`)}
            </Tag>
            <span className="check-message">{e.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
