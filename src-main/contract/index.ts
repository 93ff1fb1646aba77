import type { z } from 'zod';
import { labelScopeOf, opLabelScope, withLabelScope } from './fields';
import { applicationsOps } from './ops/applications';
import { authOps } from './ops/auth';
import { fundProgramsOps } from './ops/fund-programs';
import { logOps } from './ops/log';
import { organizationsOps } from './ops/organizations';
import { savedFiltersOps } from './ops/saved-filters';
import { systemOps } from './ops/system';
import { tranchesOps } from './ops/tranches';
import { milestonesOps } from './ops/milestones';
import { attachmentsOps } from './ops/attachments';
import { budgetsOps } from './ops/budgets';
import { ledgerOps } from './ops/ledger';
import { closeOutOps } from './ops/close-out';
import { ledgerTransferOps } from './ops/ledger-transfer';
import { transferOps } from './ops/transfer';
import { usersOps } from './ops/users';
import { homeOps } from './ops/home';
import { exportsOps } from './ops/exports';
import { backupsOps } from './ops/backups';
import { drawsOps } from './ops/draws';
import { inspectionsOps } from './ops/inspections';
import { packsOps } from './ops/packs';
import { rectificationsOps } from './ops/rectifications';
import { evaluationsOps } from './ops/evaluations';
import { reportsOps } from './ops/report-verify';
import { supervisionOps } from './ops/supervision';
import { reportGenerateOps } from './ops/report-generate';

/**
 * The one list of operations. Main's handler table, the typed client, runtime validation and the Electron
 * preload allow-list are all derived from this object.
 */
export const ops = {
  ...authOps,
  ...usersOps,
  ...fundProgramsOps,
  ...organizationsOps,
  ...systemOps,
  ...logOps,
  ...applicationsOps,
  ...transferOps,
  ...savedFiltersOps,
  ...tranchesOps,
  ...milestonesOps,
  ...attachmentsOps,
  ...budgetsOps,
  ...ledgerOps,
  ...closeOutOps,
  ...ledgerTransferOps,
  ...homeOps,
  ...exportsOps,
  ...backupsOps,
  ...drawsOps,
  ...inspectionsOps,
  ...rectificationsOps,
  ...evaluationsOps,
  ...reportsOps,
  ...supervisionOps,
  ...packsOps,
  ...reportGenerateOps,
} as const;

export type Ops = typeof ops;
export type OpName = keyof Ops;
export type OpInput<N extends OpName> = z.input<Ops[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Ops[N]['input']>;
export type OpOutput<N extends OpName> = z.output<Ops[N]['output']>;

export const OP_NAMES = Object.keys(ops) as OpName[];

// Every op's input names its fields as dispatch names them, so a form validating with ops[op].input shows
// "收款凭证号：不能为空" exactly as main would refuse it. An input only one op takes is scoped by that op's name
// (its own labels first, then its area's); one several ops share keeps the scope it was given, or its area.
const opsOfInput = new Map<object, OpName[]>();
for (const name of OP_NAMES) opsOfInput.set(ops[name].input, [...(opsOfInput.get(ops[name].input) ?? []), name]);
for (const [input, names] of opsOfInput)
  withLabelScope(input, names.length === 1 ? names[0]! : (labelScopeOf(input) ?? opLabelScope(names[0]!)));
export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ops, name);
}

export * from './errors';
export * from './permissions';
export * from './messages';
export * from './fields';
export * from './value-labels';
export * from './validation';
export * from './common';
export * from './ops/auth';
export * from './ops/users';
export * from './ops/fund-programs';
export * from './ops/organizations';
export * from './ops/system';
export * from './ops/log';
export * from './ops/applications';
export * from './ops/transfer';
export * from './ops/saved-filters';
export * from './ops/tranches';
export * from './ops/milestones';
export * from './ops/attachments';
export * from './ops/budgets';
export * from './ops/ledger';
export * from './ops/close-out';
export * from './ops/ledger-transfer';
export * from './ops/home';
export * from './ops/exports';
// Pure domain helpers the renderer needs too (live 大写 under amount inputs, code checks, district lists).
export * from '../core/money';
export * from '../core/credit-code';
export * from '../core/districts';
export * from '../core/rule-set';
export * from '../core/result';
export * from '../core/application-state';
export * from '../core/application-vocabulary';
// The operation log's names and its reading of stored values, shared by main's search and exports and the screen.
export * from './log-names';
export * from './log-values';
export * from './ops/backups';
export * from './ops/draws';
export * from './fund-source-names';
export * from './ops/inspections';
export * from './ops/rectifications';
export * from '../core/inspections';
export * from '../core/rectification';
export * from './ops/evaluations';
export * from '../core/evaluation-indicators';
export * from '../core/evaluation-scoring';
export * from '../core/evaluation-consequences';
export { decimal, decimalText } from '../core/decimal';
export * from './ops/report-verify';
export * from './ops/supervision';
export * from './ops/packs';
export * from '../core/packs';
export * from './ops/report-generate';
