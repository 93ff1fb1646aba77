import type { ApplicationDetail, OpInput } from '@contract';
import { formatFen, ops } from '@contract';
import { App, DatePicker, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { AmountInput } from '../../components/AmountInput/AmountInput';
import { Field } from '../../components/FormErrors/Field';
import { FormDialog } from '../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { ReasonField } from '../../components/FormErrors/ReasonField';
import { AllocationNotice, useProgramMoney } from './AllocationNotice';

export interface DialogProps {
  a: ApplicationDetail;
  onClose: () => void;
}

const orMissing = <T,>(v: T | null): T | undefined => (v === null ? undefined : v);

/** 初审通过 (opinion optional), 退回 and 不予立项 (reason required): one reason box each. */
export function ReasonDialog({ a, onClose, kind }: DialogProps & { kind: 'pass' | 'return' | 'reject' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formal = useOpMutation('applications.formalReview');
  const reject = useOpMutation('applications.reject');
  const form = useSchemaForm({
    formId: `reason-${kind}`,
    schema: kind === 'reject' ? ops['applications.reject'].input : ops['applications.formalReview'].input,
    initial: { reason: '' },
    toInput: (d: { reason: string }) =>
      kind === 'reject' ? { id: a.id, reason: d.reason } : { id: a.id, decision: kind, reason: d.reason },
    knownPaths: ['reason'],
    onValid: async (input) => {
      // The schema was chosen by kind, so the parsed input has the matching op's shape.
      if (kind === 'reject') await reject.mutateAsync(input as OpInput<'applications.reject'>);
      else await formal.mutateAsync(input as OpInput<'applications.formalReview'>);
      void message.success(t('actions.done'));
      onClose();
    },
  });
  const title =
    kind === 'pass' ? t('actions.formalPass') : kind === 'return' ? t('actions.returnTitle') : t('actions.rejectTitle');
  const label =
    kind === 'pass'
      ? t('actions.formalOpinion')
      : kind === 'return'
        ? t('actions.returnReason')
        : t('actions.rejectReason');
  return (
    <FormDialog
      title={title}
      form={form}
      onClose={onClose}
      okText={
        kind === 'pass'
          ? t('actions.confirmPass')
          : kind === 'return'
            ? t('actions.confirmReturn')
            : t('actions.confirmReject')
      }
      danger={kind !== 'pass'}
    >
      <ReasonField form={form} label={label} required={kind !== 'pass'} autoFocus />
    </FormDialog>
  );
}

export function AssignDialog({ a, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const evaluators = useOp('reviews.evaluators', {});
  const assign = useOpMutation('applications.assignReviewers');
  const taken = new Set(a.assignments.map((x) => x.evaluator.id));
  const form = useSchemaForm({
    formId: 'assign',
    schema: ops['applications.assignReviewers'].input,
    initial: { evaluatorIds: [] as number[] },
    toInput: (d: { evaluatorIds: number[] }) => ({ id: a.id, ...d }),
    knownPaths: ['evaluatorIds'],
    onValid: async (input) => {
      await assign.mutateAsync(input);
      void message.success(t('actions.done'));
      onClose();
    },
  });
  return (
    <FormDialog title={t('actions.assignReviewers')} form={form} onClose={onClose} okText={t('actions.confirmAssign')}>
      <Field form={form} path="evaluatorIds" required>
        {(c) => (
          <Select<number[]>
            {...c}
            mode="multiple"
            loading={evaluators.isPending}
            value={form.draft.evaluatorIds}
            options={(evaluators.data ?? []).map((p) => ({
              value: p.id,
              label: p.displayName,
              disabled: taken.has(p.id),
            }))}
            optionFilterProp="label"
            onChange={(v) => form.set('evaluatorIds', v)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

interface NoticeDraft {
  startDate: string | null;
  endDate: string | null;
}

export function NoticeDialog({ a, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const program = useOp('fundPrograms.get', { id: a.fundProgramId });
  const money = useProgramMoney(a.fundProgramId);
  const start = useOpMutation('applications.startNotice');
  const form = useSchemaForm({
    formId: 'notice',
    schema: ops['applications.startNotice'].input,
    initial: (): NoticeDraft => ({ startDate: dayjs().format('YYYY-MM-DD'), endDate: null }),
    toInput: (d: NoticeDraft) => ({ id: a.id, startDate: orMissing(d.startDate), endDate: orMissing(d.endDate) }),
    knownPaths: ['startDate', 'endDate'],
    onValid: async (input) => {
      await start.mutateAsync(input);
      void message.success(t('actions.done'));
      onClose();
    },
  });
  const minDays = program.data?.ruleSet.noticeMinDays;
  const date = (key: keyof NoticeDraft, extra?: string) => (
    <Field form={form} path={key} required extra={extra}>
      {(c) => (
        <DatePicker
          {...c}
          style={{ width: '100%' }}
          value={form.draft[key] ? dayjs(form.draft[key]) : null}
          onChange={(v) => {
            form.set(key, v ? v.format('YYYY-MM-DD') : null);
            form.touch(key);
          }}
        />
      )}
    </Field>
  );
  return (
    <FormDialog
      title={t('actions.startNotice')}
      form={form}
      onClose={onClose}
      okText={t('actions.confirmNotice')}
      notice={<AllocationNotice m={money} amountFen={a.financeReview?.reviewedFen ?? null} />}
    >
      {date('startDate')}
      {date('endDate', minDays ? t('actions.noticeMinDays', { days: minDays }) : undefined)}
    </FormDialog>
  );
}

interface ApproveDraft {
  approvedFen: number | null;
  approvalNumber: string;
}

export function ApproveDialog({ a, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const approve = useOpMutation('applications.approve');
  const money = useProgramMoney(a.fundProgramId);
  const reviewedFen = a.financeReview?.reviewedFen ?? a.requestedFen;
  const form = useSchemaForm({
    formId: 'approve',
    schema: ops['applications.approve'].input,
    initial: (): ApproveDraft => ({ approvedFen: reviewedFen, approvalNumber: '' }),
    toInput: (d: ApproveDraft) => ({
      id: a.id,
      approvedFen: orMissing(d.approvedFen),
      approvalNumber: d.approvalNumber,
    }),
    knownPaths: ['approvedFen', 'approvalNumber'],
    onValid: async (input) => {
      await approve.mutateAsync(input);
      void message.success(t('actions.done'));
      onClose();
    },
  });
  // The real upper limit: what the finance review kept, or what is left of the allocation where that is lower.
  const limit =
    money && money.remainingFen < reviewedFen
      ? t('allocation.limitAllocation', { amount: formatFen(money.remainingFen), reviewed: formatFen(reviewedFen) })
      : t('allocation.limitReviewed', { amount: formatFen(reviewedFen) });
  return (
    <FormDialog
      title={t('actions.approve')}
      form={form}
      onClose={onClose}
      okText={t('actions.confirmApprove')}
      notice={<AllocationNotice m={money} amountFen={form.draft.approvedFen} />}
    >
      <Field form={form} path="approvedFen" required extra={limit}>
        {(c) => (
          <AmountInput
            {...c}
            fieldLabel={form.label('approvedFen')}
            value={form.draft.approvedFen}
            onChange={(fen, error) => {
              form.setAmountInvalid('approvedFen', error !== null);
              form.set('approvedFen', fen);
            }}
          />
        )}
      </Field>
      <Field form={form} path="approvalNumber" required>
        {(c) => (
          <Input
            {...c}
            value={form.draft.approvalNumber}
            onChange={(e) => form.set('approvalNumber', e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

/** 签订协议: the date the agreement was signed (the first tranche may then be released). */
export function SignDialog({ a, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const sign = useOpMutation('agreements.sign');
  const form = useSchemaForm({
    formId: 'sign',
    schema: ops['agreements.sign'].input,
    initial: (): { signedDate: string | null } => ({ signedDate: dayjs().format('YYYY-MM-DD') }),
    toInput: (d: { signedDate: string | null }) => ({ applicationId: a.id, signedDate: d.signedDate ?? undefined }),
    knownPaths: ['signedDate'],
    onValid: async (input) => {
      await sign.mutateAsync(input);
      // The agreement is shown inside the application, a different area of the cache.
      await client.invalidateQueries({ queryKey: ['applications.get'] });
      void message.success(t('agreement.signed'));
      onClose();
    },
  });
  return (
    <FormDialog title={t('actions.sign')} form={form} onClose={onClose} okText={t('actions.confirmSign')}>
      <Field form={form} path="signedDate" required>
        {(c) => (
          <DatePicker
            {...c}
            style={{ width: '100%' }}
            value={form.draft.signedDate ? dayjs(form.draft.signedDate) : null}
            onChange={(v) => {
              form.set('signedDate', v ? v.format('YYYY-MM-DD') : null);
              form.touch('signedDate');
            }}
          />
        )}
      </Field>
    </FormDialog>
  );
}
