import type { TrancheView } from '@contract';
import { ops } from '@contract';
import { App, DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { Field } from '../../../components/FormErrors/Field';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm, type FormApi } from '../../../components/FormErrors/useSchemaForm';
import { ReasonField } from '../../../components/FormErrors/ReasonField';

interface DialogProps {
  tranche: TrancheView;
  onClose: () => void;
}

const today = () => dayjs().format('YYYY-MM-DD');

function DateField<D>({ form, path }: { form: FormApi<D>; path: keyof D & string }) {
  const value = form.draft[path] as string | null;
  return (
    <Field form={form} path={path} required>
      {(c) => (
        <DatePicker
          {...c}
          style={{ width: '100%' }}
          value={value ? dayjs(value) : null}
          onChange={(v) => {
            form.update((d) => ({ ...d, [path]: v ? v.format('YYYY-MM-DD') : null }), [path]);
            form.touch(path);
          }}
        />
      )}
    </Field>
  );
}

interface PrepareDraft {
  voucherNo: string;
  voucherDate: string | null;
}

/** 准备拨付 (maker): the voucher number and date; another finance officer then confirms the release. */
export function PrepareDialog({ tranche, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const prepare = useOpMutation('tranches.prepare');
  const n = tranche.seq;
  const form = useSchemaForm({
    formId: `tranche-${tranche.id}-prepare`,
    schema: ops['tranches.prepare'].input,
    initial: (): PrepareDraft => ({ voucherNo: '', voucherDate: today() }),
    toInput: (d: PrepareDraft) => ({ trancheId: tranche.id, voucherNo: d.voucherNo, voucherDate: d.voucherDate }),
    knownPaths: ['voucherNo', 'voucherDate'],
    onValid: async (input) => {
      await prepare.mutateAsync(input);
      void message.success(t('tranches.done.prepare', { n }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('tranches.titles.prepare', { n })}
      form={form}
      onClose={onClose}
      okText={t('tranches.confirm.prepare')}
      notice={<p className="muted">{t('tranches.prepareHint')}</p>}
    >
      <Field form={form} path="voucherNo" required>
        {(c) => (
          <Input
            {...c}
            autoFocus
            autoComplete="off"
            value={form.draft.voucherNo}
            onChange={(e) => form.set('voucherNo', e.target.value)}
          />
        )}
      </Field>
      <DateField form={form} path="voucherDate" />
    </FormDialog>
  );
}

/** 撤回 and 取消拨付: a reason each, recorded in the operation log (a cancellation also on the tranche). */
export function ReasonDialog({ tranche, onClose, kind }: DialogProps & { kind: 'withdraw' | 'cancel' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const withdraw = useOpMutation('tranches.withdraw');
  const cancel = useOpMutation('tranches.cancel');
  const n = tranche.seq;
  const form = useSchemaForm({
    formId: `tranche-${tranche.id}-${kind}`,
    schema: ops[kind === 'withdraw' ? 'tranches.withdraw' : 'tranches.cancel'].input,
    initial: { reason: '' },
    toInput: (d: { reason: string }) => ({ trancheId: tranche.id, reason: d.reason }),
    knownPaths: ['reason'],
    onValid: async (input) => {
      await (kind === 'withdraw' ? withdraw : cancel).mutateAsync(input);
      void message.success(t(`tranches.done.${kind}`, { n }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t(`tranches.titles.${kind}`, { n })}
      form={form}
      onClose={onClose}
      okText={t(`tranches.confirm.${kind}`)}
      danger={kind === 'cancel'}
    >
      <ReasonField form={form} autoFocus />
    </FormDialog>
  );
}

interface ReverseDraft {
  date: string | null;
  reason: string;
}

/** 冲销: a mistaken release is corrected by a recorded reversal with its date and reason, never edited. */
export function ReverseDialog({ tranche, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reverse = useOpMutation('tranches.reverse');
  const n = tranche.seq;
  const form = useSchemaForm({
    formId: `tranche-${tranche.id}-reverse`,
    schema: ops['tranches.reverse'].input,
    initial: (): ReverseDraft => ({ date: today(), reason: '' }),
    toInput: (d: ReverseDraft) => ({ trancheId: tranche.id, date: d.date, reason: d.reason }),
    knownPaths: ['date', 'reason'],
    onValid: async (input) => {
      await reverse.mutateAsync(input);
      void message.success(t('tranches.done.reverse', { n }));
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('tranches.titles.reverse', { n })}
      form={form}
      onClose={onClose}
      okText={t('tranches.confirm.reverse')}
      danger
      notice={<p className="muted">{t('tranches.reverseHint')}</p>}
    >
      <DateField form={form} path="date" />
      <ReasonField form={form} />
    </FormDialog>
  );
}
