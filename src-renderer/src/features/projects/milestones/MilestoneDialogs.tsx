import type { AttachmentMeta, Locale, MilestoneView } from '@contract';
import { fieldMessage, formFieldLabel, ruleMessage } from '@contract';
import { App, Input } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { AttachmentUpload } from '../../../components/attachments/AttachmentUpload';
import { Field } from '../../../components/FormErrors/Field';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { DateField, SCHEMAS, today } from './formParts';

interface PlanDraft {
  name: string;
  plannedDate: string | null;
}

interface PlanProps {
  applicationId: number;
  periodStart: string;
  periodEnd: string;
  onClose: () => void;
}

/** 新增里程碑: a name unique in the project and a planned date within the project period. */
export function PlanDialog({ applicationId, periodStart, periodEnd, onClose }: PlanProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const plan = useOpMutation('milestones.plan');
  // main's own rule, in its words, before the call: the period is on the page already.
  const outsidePeriod = useCallback(
    (d: PlanDraft, locale: Locale): Record<string, string> =>
      d.plannedDate && (d.plannedDate < periodStart || d.plannedDate > periodEnd)
        ? {
            plannedDate: ruleMessage('milestone.plannedOutsidePeriod', locale, {
              date: d.plannedDate,
              start: periodStart,
              end: periodEnd,
            }),
          }
        : {},
    [periodStart, periodEnd],
  );
  const form = useSchemaForm({
    formId: 'milestone-plan',
    schema: SCHEMAS.plan,
    initial: (): PlanDraft => ({ name: '', plannedDate: null }),
    toInput: (d: PlanDraft) => ({ applicationId, name: d.name, plannedDate: d.plannedDate }),
    knownPaths: ['name', 'plannedDate'],
    extraCheck: outsidePeriod,
    onValid: async (input) => {
      const m = await plan.mutateAsync(input);
      void message.success(t('milestones.done.plan', { name: m.name }));
      onClose();
    },
  });
  return (
    <FormDialog title={t('milestones.titles.plan')} form={form} onClose={onClose} okText={t('milestones.confirm.plan')}>
      <Field form={form} path="name" required>
        {(c) => (
          <Input
            {...c}
            autoFocus
            autoComplete="off"
            maxLength={100}
            value={form.draft.name}
            onChange={(e) => form.set('name', e.target.value)}
          />
        )}
      </Field>
      <DateField
        form={form}
        path="plannedDate"
        extra={t('milestones.periodHint', { start: periodStart, end: periodEnd })}
      />
    </FormDialog>
  );
}

interface CompleteDraft {
  completedDate: string | null;
  evidence: AttachmentMeta | null;
  note: string;
}

interface CompleteProps {
  applicationId: number;
  milestone: MilestoneView;
  onClose: () => void;
}

/**
 * 完成: the completion date, the evidence file (uploaded here, then named by id) and a note. Main rehashes the
 * evidence before it accepts it; whoever records the completion cannot be the one who verifies it.
 */
export function CompleteDialog({ applicationId, milestone, onClose }: CompleteProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useOpMutation('milestones.complete');
  const name = milestone.name;
  // The contract lets a missing evidence through to main; the form asks first, in main's words.
  const needsEvidence = useCallback(
    (d: CompleteDraft, locale: Locale): Record<string, string> =>
      d.evidence
        ? {}
        : {
            evidenceAttachmentId: fieldMessage(
              formFieldLabel(SCHEMAS.complete, 'evidenceAttachmentId', locale),
              ruleMessage('milestone.evidenceRequired', locale, { milestone: name }),
              locale,
            ),
          },
    [name],
  );
  const form = useSchemaForm({
    formId: `milestone-${milestone.id}-complete`,
    schema: SCHEMAS.complete,
    initial: (): CompleteDraft => ({ completedDate: today(), evidence: null, note: '' }),
    toInput: (d: CompleteDraft) => ({
      milestoneId: milestone.id,
      completedDate: d.completedDate,
      evidenceAttachmentId: d.evidence?.id ?? null,
      note: d.note,
    }),
    knownPaths: ['completedDate', 'evidenceAttachmentId', 'note'],
    extraCheck: needsEvidence,
    onValid: async (input) => {
      await complete.mutateAsync(input);
      void message.success(t('milestones.done.complete', { name: milestone.name }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('milestones.titles.complete', { name: milestone.name })}
      form={form}
      onClose={onClose}
      okText={t('milestones.confirm.complete')}
      width={560}
      notice={<p className="muted">{t('milestones.completeHint')}</p>}
    >
      <DateField form={form} path="completedDate" autoFocus />
      <Field form={form} path="evidenceAttachmentId" required>
        {(c) => (
          <AttachmentUpload
            applicationId={applicationId}
            control={c}
            value={form.draft.evidence}
            onChange={(meta) => {
              form.update((d) => ({ ...d, evidence: meta }), ['evidenceAttachmentId']);
              form.touch('evidenceAttachmentId');
            }}
          />
        )}
      </Field>
      <Field form={form} path="note">
        {(c) => (
          <Input.TextArea
            {...c}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            placeholder={t('milestones.notePlaceholder')}
            value={form.draft.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}
