import { valueLabel, type Locale, type OpOutput } from '../contract';
import { closeApp } from '../api';
import { formatFen } from '../core/money';
import { findAgreementNumber } from '../db/agreements-repo';
import { AppError } from '../services/app-error';
import { appErrorBody } from '../api/dispatch';
import { list as listTranches } from '../services/tranches/index';
import type { CommandContext } from './context';
import { cliContext } from './import';
import { openApp } from './open';
import { DataError, EXIT_DATA, EXIT_OK, t, UsageError } from './output';

type Plan = OpOutput<'tranches.list'>;
type Tranche = Plan['tranches'][number];

const yuan = (fen: number) => formatFen(fen);

function trancheLines(tr: Tranche, locale: Locale): string[] {
  const condition = valueLabel(`trancheCondition.${tr.condition}`, locale);
  const milestone = tr.milestoneName ? `「${tr.milestoneName}」` : '';
  const lines = [
    t('tranches.line', locale, {
      seq: tr.seq,
      percent: tr.percent,
      amount: yuan(tr.amountFen),
      condition: condition + milestone,
      state: valueLabel(`trancheState.${tr.state}`, locale),
    }),
  ];
  if (tr.voucherNo) lines.push(t('tranches.voucher', locale, { voucherNo: tr.voucherNo, date: tr.voucherDate ?? '' }));
  for (const h of tr.history)
    lines.push(
      t(`tranches.history.${h.kind}`, locale, {
        date: h.date,
        amount: yuan(h.amountFen),
        voucherNo: h.voucherNo ?? '',
        by: h.by.displayName,
        reason: h.reason,
      }),
    );
  for (const g of tr.gates) lines.push(`    ${g.ok ? '✓' : '✗'} ${g.message}`);
  return lines;
}

/**
 * grants tranches CODE [--seq N]: the tranche plan of a project (项目编号 = approval number) with the state
 * of every release condition, so an officer at the terminal sees which condition holds a tranche back.
 * With --seq the command reports one tranche and exits 1 when any of its conditions fails (for scripts).
 */
export function runTranches({ io, locale, dbPath, values, positionals }: CommandContext): number {
  const [code] = positionals as [string];
  const seqText = values.seq;
  const seq = typeof seqText === 'string' ? Number(seqText) : null;
  if (seq !== null && (!Number.isInteger(seq) || seq < 1 || seq > 99))
    throw new UsageError('usage.badInteger', { option: '--seq', min: 1, max: 99, value: seqText });
  const app = openApp(dbPath, 'cli', locale);
  try {
    const applicationId = findAgreementNumber(app.db, code.trim());
    if (applicationId === null) throw new DataError(t('tranches.projectNotFound', locale, { code }));
    let plan: Plan;
    try {
      plan = listTranches(cliContext(app, null, locale), { applicationId });
    } catch (e) {
      if (e instanceof AppError) throw new DataError(appErrorBody(e, locale).message);
      throw e;
    }
    const shown = seq === null ? plan.tranches : plan.tranches.filter((tr) => tr.seq === seq);
    if (seq !== null && shown.length === 0)
      throw new DataError(t('tranches.seqNotFound', locale, { code: plan.agreementNumber, seq }));
    io.out(
      t('tranches.header', locale, {
        code: plan.agreementNumber,
        approved: yuan(plan.approvedFen),
        released: yuan(plan.releasedFen),
        count: plan.tranches.length,
      }),
    );
    for (const tr of shown) for (const line of trancheLines(tr, locale)) io.out(line);
    return seq !== null && shown.some((tr) => tr.gates.some((g) => !g.ok)) ? EXIT_DATA : EXIT_OK;
  } finally {
    closeApp(app);
  }
}
