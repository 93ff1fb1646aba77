import type { InspectionKind, RectificationState, Severity } from '@contract';
import { INSPECTION_KINDS } from '@contract';
import { Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const SEVERITY_COLOR: Record<Severity, string> = { minor: 'default', major: 'orange', severe: 'red' };
const STATE_COLOR: Record<RectificationState, string> = {
  open: 'default',
  reopened: 'volcano',
  submitted: 'blue',
  verified: 'green',
};

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLOR[severity]}>{t(`supervision.severity.${severity}`)}</Tag>;
}

export function RectificationStateTag({ state }: { state: RectificationState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]}>{t(`supervision.state.${state}`)}</Tag>;
}

/** 检查类型 as buttons, for the office's new-inspection dialog and the field form alike. */
export function InspectionKindPicker({
  value,
  onChange,
}: {
  value: InspectionKind;
  onChange: (kind: InspectionKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group value={value} onChange={(e) => onChange(e.target.value as InspectionKind)}>
      {INSPECTION_KINDS.map((k) => (
        <Radio.Button key={k} value={k}>
          {t(`supervision.kinds.${k}`)}
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}

/** The board's lanes: what waits for the organization, what waits for an evaluator, what is done. */
export const LANES = ['toFix', 'toVerify', 'verified'] as const;
export type Lane = (typeof LANES)[number];
export function laneOf(state: RectificationState): Lane {
  return state === 'submitted' ? 'toVerify' : state === 'verified' ? 'verified' : 'toFix';
}
