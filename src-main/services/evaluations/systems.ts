import type { IndicatorSystemView, OpOutput, OpParsedInput } from '../../contract/index';
import { decimalText } from '../../core/decimal';
import {
  checkIndicatorTree,
  checkThresholds,
  DEFAULT_INDICATOR_TREE,
  DEFAULT_THRESHOLDS,
  leafIndicators,
  type GradeThresholds,
  type IndicatorNode,
} from '../../core/evaluation-indicators';
import { hasPermission } from '../../contract/permissions';
import { getFundProgram } from '../../db/fund-programs-repo';
import { evaluationsUsingProgram, getIndicatorSystem, saveIndicatorSystem } from '../../db/indicator-systems-repo';
import { AppError, nowIso, requireUser } from '../app-error';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { throwIfAnyEvaluation } from './present';

/** The system a program's evaluations are scored on: its saved one, or the seed (version 0) until one is saved. */
export interface CurrentSystem {
  indicators: IndicatorNode[];
  thresholds: GradeThresholds;
  version: number;
}

export function currentSystem(ctx: ServiceContext, fundProgramId: number): CurrentSystem {
  const saved = getIndicatorSystem(ctx.db, fundProgramId);
  if (saved) return { indicators: saved.indicators, thresholds: saved.thresholds, version: saved.version };
  return {
    indicators: structuredClone([...DEFAULT_INDICATOR_TREE]),
    thresholds: { ...DEFAULT_THRESHOLDS },
    version: 0,
  };
}

export function leafViews(tree: readonly IndicatorNode[]) {
  return leafIndicators(tree).map((l) => ({
    code: l.code,
    name: l.name,
    sectionCode: l.sectionCode,
    sectionName: l.sectionName,
    maxPoints: decimalText(l.maxPoints),
  }));
}

function systemView(ctx: ServiceContext, fundProgramId: number): IndicatorSystemView {
  const program = getFundProgram(ctx.db, fundProgramId);
  if (!program) throw new AppError('NotFound', 'evaluation.programNotFound', { id: fundProgramId }, 'fundProgramId');
  const saved = getIndicatorSystem(ctx.db, fundProgramId);
  const s = currentSystem(ctx, fundProgramId);
  const mayEdit = !!ctx.user && hasPermission(ctx.user.roles, 'indicatorSystems.manage');
  return {
    fundProgramId,
    programName: program.name,
    year: program.year,
    indicators: s.indicators,
    thresholds: s.thresholds,
    version: s.version,
    updatedBy: saved?.updatedBy ?? null,
    updatedAt: saved?.updatedAt ?? null,
    leaves: leafViews(s.indicators),
    availableActions: mayEdit ? ['edit'] : [],
    evaluationsUsing: evaluationsUsingProgram(ctx.db, fundProgramId),
  };
}

export function getSystem(
  ctx: ServiceContext,
  input: OpParsedInput<'indicatorSystems.get'>,
): OpOutput<'indicatorSystems.get'> {
  return systemView(ctx, input.fundProgramId);
}

/**
 * Replaces a program's indicator system after checking every level's weights add up to 100 (the refusal names
 * the level) and the thresholds are in order. Evaluations already created keep the copy they were scored on.
 */
export function saveSystem(
  ctx: ServiceContext,
  input: OpParsedInput<'indicatorSystems.save'>,
): OpOutput<'indicatorSystems.save'> {
  const user = requireUser(ctx);
  const before = systemView(ctx, input.fundProgramId);
  throwIfAnyEvaluation(checkIndicatorTree(input.indicators), 'indicators');
  throwIfAnyEvaluation(checkThresholds(input.thresholds), 'thresholds');
  const version = saveIndicatorSystem(ctx.db, input.fundProgramId, input, { by: user.id, at: nowIso(ctx) });
  recordChange(
    ctx,
    'indicatorSystem',
    input.fundProgramId,
    { version: before.version, indicators: before.indicators, thresholds: before.thresholds },
    { version, indicators: input.indicators, thresholds: input.thresholds },
  );
  return systemView(ctx, input.fundProgramId);
}
