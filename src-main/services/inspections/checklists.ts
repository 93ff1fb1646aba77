import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import {
  getChecklistVersion,
  getChecklistVersionById,
  insertChecklistVersion,
  insertTemplate,
  listLatestChecklists,
  templateIdByCode,
} from '../../db/checklists-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { checklistView } from './view';

export function list(ctx: ServiceContext): OpOutput<'checklists.list'> {
  return { templates: listLatestChecklists(ctx.db) };
}

export function get(ctx: ServiceContext, input: OpParsedInput<'checklists.get'>): OpOutput<'checklists.get'> {
  const v = getChecklistVersion(ctx.db, input.templateId, input.version);
  if (v) return checklistView(ctx, v);
  const latest = getChecklistVersion(ctx.db, input.templateId, null);
  if (!latest) throw new AppError('NotFound', 'checklist.notFound', { id: input.templateId }, 'templateId');
  throw new AppError(
    'NotFound',
    'checklist.versionNotFound',
    { name: latest.name, version: input.version ?? 0 },
    'version',
  );
}

type Items = OpParsedInput<'checklists.save'>['items'];

/** A score item has a maximum and nothing else does; only a yes/no item names a finding for 否, with a severity. */
export function itemViolations(items: Items): { violations: Violation[]; index: number } {
  for (const [n, i] of items.entries()) {
    const seq = n + 1;
    if ((i.answerType === 'score') !== (i.maxScore !== null))
      return { violations: [{ rule: 'checklist.maxScore', params: { seq } }], index: n };
    const hasFinding = i.findingText !== '' || i.findingSeverity !== null;
    if (hasFinding && i.answerType !== 'yes_no')
      return { violations: [{ rule: 'checklist.findingOnlyYesNo', params: { seq } }], index: n };
    if (hasFinding && (i.findingText === '' || i.findingSeverity === null))
      return { violations: [{ rule: 'checklist.findingIncomplete', params: { seq } }], index: n };
  }
  return { violations: [], index: -1 };
}

/**
 * Saves the template as its next version (or a new template). Inspections already recorded keep the version
 * they were recorded on; new inspections use this one.
 */
export function save(ctx: ServiceContext, input: OpParsedInput<'checklists.save'>): OpOutput<'checklists.save'> {
  const user = requireUser(ctx);
  const at = nowIso(ctx);
  let templateId = input.templateId;
  if (templateId === null) {
    if (templateIdByCode(ctx.db, input.code) !== null)
      throw new AppError('Conflict', 'checklist.codeTaken', { code: input.code }, 'code');
  } else {
    const current = getChecklistVersion(ctx.db, templateId, null);
    if (!current) throw new AppError('NotFound', 'checklist.notFound', { id: templateId }, 'templateId');
    if (current.code !== input.code)
      throw new AppError('RuleViolation', 'checklist.codeChanged', { code: current.code }, 'code');
  }
  const check = itemViolations(input.items);
  throwIfAny(check.violations, `items.${check.index}`);
  templateId ??= insertTemplate(ctx.db, input.code, at);
  const versionId = insertChecklistVersion(ctx.db, {
    templateId,
    name: input.name,
    by: user.id,
    at,
    items: input.items,
  });
  const view = checklistView(ctx, getChecklistVersionById(ctx.db, versionId)!);
  recordChange(ctx, 'checklist', templateId, null, {
    code: view.code,
    name: view.name,
    version: view.version,
    items: view.items.length,
  });
  return view;
}
