import type { OpOutput, OpParsedInput } from '../../contract/index';
import { evaluatorPool, listInspections } from '../../db/inspections-repo';
import type { ServiceContext } from '../context';
import { inspectionView } from './view';

export function list(ctx: ServiceContext, input: OpParsedInput<'inspections.list'>): OpOutput<'inspections.list'> {
  return listInspections(ctx.db, input);
}

export function inspectorPool(ctx: ServiceContext): OpOutput<'inspections.inspectorPool'> {
  return evaluatorPool(ctx.db);
}

export function get(ctx: ServiceContext, input: OpParsedInput<'inspections.get'>): OpOutput<'inspections.get'> {
  return inspectionView(ctx, input.inspectionId);
}
