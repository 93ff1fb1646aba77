import type { ApplicationAction, ApplicationDetail } from '@contract';
import { App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors';
import { useOpMutation } from '../../api/hooks';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { ApproveDialog, AssignDialog, NoticeDialog, ReasonDialog, SignDialog } from './ActionDialogs';
import { FinanceReviewDialog } from './FinanceReviewDialog';

type Dialog = 'pass' | 'return' | 'reject' | 'assign' | 'finance' | 'notice' | 'approve' | 'sign';

/** Which button each action of availableActions becomes; declare and score share one (the workspace). */
type ButtonKey =
  | 'edit'
  | 'submit'
  | 'formalPass'
  | 'formalReturn'
  | 'assignReviewers'
  | 'review'
  | 'completeExpertReview'
  | 'financeReview'
  | 'startNotice'
  | 'approve'
  | 'reject';
const BUTTONS: { action: ApplicationAction; key: ButtonKey; primary?: boolean; danger?: boolean }[] = [
  { action: 'update', key: 'edit' },
  { action: 'submit', key: 'submit', primary: true },
  { action: 'formalPass', key: 'formalPass', primary: true },
  { action: 'formalReturn', key: 'formalReturn', danger: true },
  { action: 'assignReviewers', key: 'assignReviewers' },
  { action: 'score', key: 'review', primary: true },
  { action: 'completeExpertReview', key: 'completeExpertReview' },
  { action: 'financeReview', key: 'financeReview', primary: true },
  { action: 'startNotice', key: 'startNotice', primary: true },
  { action: 'approve', key: 'approve', primary: true },
  { action: 'reject', key: 'reject', danger: true },
];

/** A refused action as the page's alert shows it. */
export interface ActionFailure {
  error: ApiError;
  /** The alert's heading over a list of broken rules (a submission's); other refusals are their own title. */
  rulesTitle?: string;
  retry: () => void;
}

interface Props {
  a: ApplicationDetail;
  /**
   * A refused call (e.g. a submission's rule violations) goes to the page's alert, with a way to run the same
   * call again (offered when main only found the database busy).
   */
  onError: (failure: ActionFailure | null) => void;
}

/**
 * The actions main says this user may take now (state machine ∩ permission ∩ separation of duties), and
 * those main says are held back for now, disabled with main's reason; an auditor sees no controls at all.
 */
export function ActionBar({ a, onError }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { can } = useSession();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const submit = useOpMutation('applications.submit');
  const complete = useOpMutation('applications.completeExpertReview');
  const available = new Set<ApplicationAction>(a.availableActions);
  // The workspace opens for declaring first, then scoring: one way in for either.
  if (available.has('declare')) available.add('score');
  const canSign = a.agreement !== null && a.agreement.signedDate === null && can('applications.approve');

  const close = () => {
    setDialog(null);
    // Every action is logged; the log tab shows it without waiting for the cache to go stale.
    void client.invalidateQueries({ queryKey: ['log.search'] });
  };
  const run = async (fn: () => Promise<unknown>, done: string, rulesTitle?: string) => {
    onError(null);
    try {
      await fn();
      void message.success(done);
      close();
    } catch (e) {
      onError({ error: e as ApiError, rulesTitle, retry: () => void run(fn, done, rulesTitle) });
    }
  };
  const click = (key: ButtonKey) => {
    switch (key) {
      case 'edit':
        return navigate({ name: 'edit', area: 'applications', id: a.id });
      case 'submit':
        return void run(() => submit.mutateAsync({ id: a.id }), t('actions.submitted'), t('actions.violations'));
      case 'review':
        return navigate({ name: 'review', id: a.id });
      case 'completeExpertReview':
        return modal.confirm({
          title: t('actions.completeExpertReview'),
          content: t('actions.completeConfirm'),
          okText: t('actions.confirmComplete'),
          cancelText: t('common.cancel'),
          onOk: () => run(() => complete.mutateAsync({ id: a.id }), t('actions.done')),
        });
      default:
        return setDialog(DIALOG_OF[key] ?? null);
    }
  };

  const buttons = BUTTONS.filter((b) => available.has(b.action));
  // Steps the role could take but a rule holds back for now: shown disabled, with main's reason beside them.
  const blocked = BUTTONS.flatMap((b) => {
    const hold = available.has(b.action) ? undefined : a.blockedActions.find((x) => x.action === b.action);
    return hold ? [{ ...b, reason: hold.reason }] : [];
  });
  if (buttons.length === 0 && blocked.length === 0 && !canSign) return null;
  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions.label')}>
      {blocked.map((b) => (
        <span key={b.key} className="action-blocked">
          <Button disabled aria-describedby={`blocked-${b.key}`}>
            {t(`actions.${b.key}`)}
          </Button>
          <span id={`blocked-${b.key}`} className="action-blocked-reason">
            {b.reason}
          </span>
        </span>
      ))}
      {buttons.map((b) => (
        <Button
          key={b.key}
          type={b.primary ? 'primary' : 'default'}
          danger={b.danger}
          loading={(b.key === 'submit' && submit.isPending) || (b.key === 'completeExpertReview' && complete.isPending)}
          onClick={() => click(b.key)}
        >
          {t(`actions.${b.key}`)}
        </Button>
      ))}
      {canSign ? (
        <Button type="primary" onClick={() => setDialog('sign')}>
          {t('actions.sign')}
        </Button>
      ) : null}
      {dialog === 'pass' || dialog === 'return' || dialog === 'reject' ? (
        <ReasonDialog a={a} kind={dialog} onClose={close} />
      ) : null}
      {dialog === 'assign' ? <AssignDialog a={a} onClose={close} /> : null}
      {dialog === 'finance' ? <FinanceReviewDialog a={a} onClose={close} /> : null}
      {dialog === 'notice' ? <NoticeDialog a={a} onClose={close} /> : null}
      {dialog === 'approve' ? <ApproveDialog a={a} onClose={close} /> : null}
      {dialog === 'sign' ? <SignDialog a={a} onClose={close} /> : null}
    </div>
  );
}

const DIALOG_OF: Partial<Record<ButtonKey, Dialog>> = {
  formalPass: 'pass',
  formalReturn: 'return',
  reject: 'reject',
  assignReviewers: 'assign',
  financeReview: 'finance',
  startNotice: 'notice',
  approve: 'approve',
};
