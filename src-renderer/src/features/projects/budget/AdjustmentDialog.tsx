import type { BudgetView } from '@contract';
import { ops } from '@contract';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../../api/hooks';
import { fieldId } from '../../../components/FormErrors/fieldErrors';
import { FormDialog } from '../../../components/FormErrors/FormDialog';
import { useSchemaForm } from '../../../components/FormErrors/useSchemaForm';
import { adjustmentDraft, requestLines, rowProblems, withNewLine, type AdjustmentDraft } from './adjustment';
import { LinesTable, Totals } from './AdjustmentLines';
import { ReasonField } from '../../../components/FormErrors/ReasonField';

/**
 * 申请调整: new grant and matching amounts per line (and new lines with their category), a reason, and each
 * share's running totals that must stay equal. Main checks the request in full and names every rule it breaks above the form.
 */
export function AdjustmentDialog({ view, onClose }: { view: BudgetView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const request = useOpMutation('budgets.requestAdjustment');
  const { applicationId, currentVersion } = view;
  const toInput = useCallback(
    (d: AdjustmentDraft) => ({
      applicationId,
      baseVersion: currentVersion,
      reason: d.reason,
      lines: requestLines(d.lines),
    }),
    [applicationId, currentVersion],
  );
  const extraCheck = useCallback(
    (d: AdjustmentDraft) => {
      const problems = rowProblems(d.lines);
      const out: Record<string, string> = Object.fromEntries(
        problems.map((p) => [
          p.path,
          t(p.problem === 'matchingRequired' ? 'adjustShares.matchingRequired' : `budget.dialog.${p.problem}`),
        ]),
      );
      // Said plainly rather than as the schema's "at least 1 item"; only once every row is complete.
      if (problems.length === 0 && requestLines(d.lines).length === 0) out.lines = t('budget.dialog.noChange');
      return out;
    },
    [t],
  );
  const schema = ops['budgets.requestAdjustment'].input;
  const form = useSchemaForm({
    formId: `budget-${applicationId}-adjust`,
    schema,
    initial: () => adjustmentDraft(view),
    toInput,
    extraCheck,
    knownPaths: ['reason', 'lines', 'baseVersion'],
    // The lines table shows its own checks; a refusal of the lines from main is said once, above the form.
    alertPaths: ['lines'],
    onValid: async (input) => {
      await request.mutateAsync(input);
      void message.success(t('budget.done.request'));
      onClose();
    },
  });
  const rowsIncomplete = rowProblems(form.draft.lines).length > 0;
  const linesError = form.serverError || rowsIncomplete ? undefined : form.errorFor('lines');
  return (
    <FormDialog
      title={t('budget.dialog.title')}
      form={form}
      onClose={onClose}
      okText={t('budget.dialog.submit')}
      width={1240}
      notice={
        <p className="muted">
          <strong>{t('budget.dialog.base', { n: currentVersion })}</strong> {t('adjustShares.hint')}
        </p>
      }
    >
      <div className="budget-adjust-lines" id={fieldId(form.formId, 'lines')} tabIndex={-1}>
        <LinesTable form={form} view={view} />
        <div className="budget-adjust-foot">
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => form.update((d) => withNewLine(d, view.nextLineCode), ['lines'])}
          >
            {t('budget.dialog.addLine')}
          </Button>
          <Totals rows={form.draft.lines} />
        </div>
        {linesError ? (
          <div className="cell-error" role="alert">
            {linesError}
          </div>
        ) : null}
      </div>
      <ReasonField form={form} minRows={2} />
    </FormDialog>
  );
}
