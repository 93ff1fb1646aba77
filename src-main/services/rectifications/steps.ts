import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { checkTransition, nextState, rectificationRef, type RectificationAction } from '../../core/rectification';
import { getAttachment } from '../../db/attachments-repo';
import {
  getRectification,
  insertStep,
  setRectificationState,
  type RectificationRecord,
} from '../../db/rectifications-repo';
import { nowIso, requireUser } from '../app-error';
import { throwIfAny } from '../violations';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { loadRectification, projectClosed } from './load';
import { dutyViolations, fullView } from './view';

/** The checks every step shares: the project open and the step possible from the item's state. */
function begin(ctx: ServiceContext, id: number, action: RectificationAction): RectificationRecord {
  const r = loadRectification(ctx, id);
  const v: Violation[] = projectClosed(ctx, r.applicationId)
    ? [{ rule: 'rectification.projectClosed', params: { project: r.agreementNumber } }]
    : checkTransition(rectificationRef(r.seq, r.description), r.state, action);
  throwIfAny(v, 'rectificationId');
  return r;
}

function logStep(ctx: ServiceContext, r: RectificationRecord, action: RectificationAction, extra: object): void {
  recordChange(
    ctx,
    'rectification',
    r.id,
    { ref: rectificationRef(r.seq, r.description), state: r.state },
    { ref: rectificationRef(r.seq, r.description), state: nextState(r.state, action), ...extra },
  );
}

/** 整改材料 recorded for the organization by a project officer, with attachments of the same project. */
export function submitEvidence(
  ctx: ServiceContext,
  input: OpParsedInput<'rectifications.submitEvidence'>,
): OpOutput<'rectifications.submitEvidence'> {
  const user = requireUser(ctx);
  const r = begin(ctx, input.rectificationId, 'submitEvidence');
  const ids = [...new Set(input.attachmentIds)];
  const files = ids.map((id) => {
    const row = getAttachment(ctx.db, id);
    if (!row) throwIfAny([{ rule: 'rectification.evidenceNotFound', params: { id } }], 'attachmentIds');
    if (row!.applicationId !== r.applicationId)
      throwIfAny(
        [{ rule: 'rectification.evidenceOtherProject', params: { fileName: row!.fileName } }],
        'attachmentIds',
      );
    return row!;
  });
  const at = nowIso(ctx);
  insertStep(ctx.db, {
    rectificationId: r.id,
    kind: 'evidence',
    note: input.note,
    by: user.id,
    at,
    attachmentIds: ids,
  });
  setRectificationState(ctx.db, r.id, { state: 'submitted', submittedBy: user.id });
  logStep(ctx, r, 'submitEvidence', { note: input.note, attachments: files.map((f) => f.fileName).join('、') });
  return fullView(ctx, getRectification(ctx.db, r.id)!);
}

/** 验证 by an evaluator who had no part in the item (core checkVerifier); final. */
export function verify(
  ctx: ServiceContext,
  input: OpParsedInput<'rectifications.verify'>,
): OpOutput<'rectifications.verify'> {
  const user = requireUser(ctx);
  const r = begin(ctx, input.rectificationId, 'verify');
  throwIfAny(dutyViolations(ctx, r, 'verify'), 'rectificationId');
  const at = nowIso(ctx);
  insertStep(ctx.db, { rectificationId: r.id, kind: 'verify', note: input.note, by: user.id, at, attachmentIds: [] });
  setRectificationState(ctx.db, r.id, { state: 'verified', verifiedBy: user.id, verifiedAt: at });
  logStep(ctx, r, 'verify', { note: input.note });
  return fullView(ctx, getRectification(ctx.db, r.id)!);
}

/** Evidence found wanting goes back to the organization with the reason. */
export function reopen(
  ctx: ServiceContext,
  input: OpParsedInput<'rectifications.reopen'>,
): OpOutput<'rectifications.reopen'> {
  const user = requireUser(ctx);
  const r = begin(ctx, input.rectificationId, 'reopen');
  throwIfAny(dutyViolations(ctx, r, 'reopen'), 'rectificationId');
  insertStep(ctx.db, {
    rectificationId: r.id,
    kind: 'reopen',
    note: input.reason,
    by: user.id,
    at: nowIso(ctx),
    attachmentIds: [],
  });
  setRectificationState(ctx.db, r.id, { state: 'reopened' });
  logStep(ctx, r, 'reopen', { reason: input.reason });
  return fullView(ctx, getRectification(ctx.db, r.id)!);
}
