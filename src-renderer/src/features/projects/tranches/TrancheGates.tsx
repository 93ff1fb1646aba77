import type { TrancheView } from '@contract';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

const GATE_NAMES = [
  'on_signing',
  'midterm_passed',
  'milestone_verified',
  'previous_released',
  'no_severe_rectification',
  'within_approved',
] as const;
const isKnownGate = (g: string): g is (typeof GATE_NAMES)[number] => (GATE_NAMES as readonly string[]).includes(g);

/**
 * Every condition of the release, held (✓) or not (✗), each with main's own words for it — "尚无中期评估",
 * "里程碑“结项评估”尚未验收" — so the officer sees what is missing before anyone tries to release.
 */
export function TrancheGates({ tranche }: { tranche: TrancheView }) {
  const { t } = useTranslation();
  return (
    <ul className="tranche-gates" aria-label={t('tranches.gatesOfN', { n: tranche.seq })}>
      {tranche.gates.map((g) => (
        <li key={g.gate} className={g.ok ? 'gate-ok' : 'gate-failed'} data-gate={g.gate}>
          {g.ok ? (
            <CheckCircleFilled className="gate-icon" aria-hidden="true" />
          ) : (
            <CloseCircleFilled className="gate-icon" aria-hidden="true" />
          )}
          <span className="visually-hidden">{g.ok ? t('tranches.gateOk') : t('tranches.gateFailed')}</span>
          <span className="gate-name">{isKnownGate(g.gate) ? t(`tranches.gateNames.${g.gate}`) : g.gate}</span>
          <span className="gate-message">{g.message}</span>
        </li>
      ))}
    </ul>
  );
}
