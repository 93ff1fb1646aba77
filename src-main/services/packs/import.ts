import type { OpOutput, OpParsedInput, PackImportView } from '../../contract/index';
import {
  decideRecord,
  recordKey,
  type EvidenceContent,
  type ImportDecision,
  type InspectionContent,
} from '../../core/packs';
import { rectificationRef } from '../../core/rectification';
import { getInspection } from '../../db/inspections-repo';
import { findPackByNo, listPackRecords, setPackState, settlePackRecord, type PackRow } from '../../db/packs-repo';
import { getRectification } from '../../db/rectifications-repo';
import { getAgreementByApplication } from '../../db/agreements-repo';
import { loadApplication } from '../applications/load';
import { AppError, nowIso } from '../app-error';
import { sha256Of } from '../attachments/store';
import { recordChange } from '../audit';
import type { ServiceContext } from '../context';
import { throwIfAny } from '../violations';
import { applyEvidence, applyInspection } from './apply';
import { digestOf, openEnvelope, verifyEnvelope } from './envelope';
import { inspectionLabel, inspectionRows, rectificationRows } from './present';
import { inspectionDigest, officeInspection, officeRectification, rectificationDigest } from './snapshot';
import type { ResultRecord, ResultsBody } from './types';

interface Planned {
  record: ResultRecord;
  key: string;
  label: string;
  fieldDigest: string;
  decision: ImportDecision;
  rows: PackImportView['conflicts'][number]['rows'];
}

/** The file checked under the office's key for its pack; altered, unknown or foreign files are refused whole. */
function verifiedResults(ctx: ServiceContext, contentBase64: string): { pack: PackRow; body: ResultsBody } {
  const envelope = openEnvelope(Buffer.from(contentBase64, 'base64'), 'contentBase64');
  const pack = findPackByNo(ctx.db, envelope.packNo);
  if (!pack) throw new AppError('NotFound', 'pack.unknown', { pack: envelope.packNo }, 'contentBase64');
  verifyEnvelope(envelope, pack.key, 'results', 'contentBase64');
  const body = envelope.body as ResultsBody;
  for (const f of body.files)
    if (sha256Of(Buffer.from(f.base64, 'base64')) !== f.sha256)
      throwIfAny([{ rule: 'pack.photoAltered', params: { fileName: f.fileName } }], 'contentBase64');
  return { pack, body };
}

function plan(ctx: ServiceContext, input: OpParsedInput<'packs.import'>) {
  const locale = ctx.locale ?? 'zh';
  const { pack, body } = verifiedResults(ctx, input.contentBase64);
  const carried = new Map(listPackRecords(ctx.db, pack.id).map((r) => [recordKey(r.kind, r.refId), r]));
  const planned: Planned[] = body.records.map((record) => {
    const key = recordKey(record.kind, record.refId);
    const base = carried.get(key);
    if (!base) throwIfAny([{ rule: 'pack.recordNotInPack', params: { pack: pack.packNo } }], 'contentBase64');
    const fieldDigest = digestOf(record.content);
    const facts = { fieldDigest, settledDigest: base!.settledDigest, baseDigest: base!.baseDigest };
    if (record.kind === 'inspection') {
      const office = officeInspection(ctx.db, record.refId);
      const app = loadApplication(ctx, getInspection(ctx.db, record.refId)!.applicationId);
      const agreement = getAgreementByApplication(ctx.db, app.id)!;
      const decision = decideRecord({
        ...facts,
        officeDigest: inspectionDigest(office),
        resolution: input.resolutions[key],
      });
      const rows = inspectionRows(office, record.content as InspectionContent, locale);
      return {
        record,
        key,
        label: inspectionLabel(locale, agreement.agreementNumber, app.name),
        fieldDigest,
        decision,
        rows,
      };
    }
    const office = officeRectification(ctx.db, record.refId);
    const r = getRectification(ctx.db, record.refId)!;
    const decision = decideRecord({
      ...facts,
      officeDigest: rectificationDigest(office),
      resolution: input.resolutions[key],
    });
    const label = `${r.agreementNumber} ${rectificationRef(r.seq, r.description)}`;
    return {
      record,
      key,
      label,
      fieldDigest,
      decision,
      rows: rectificationRows(office, record.content as EvidenceContent, locale),
    };
  });
  return { pack, body, planned };
}

function officeDigestOf(ctx: ServiceContext, r: ResultRecord): string {
  return r.kind === 'inspection'
    ? inspectionDigest(officeInspection(ctx.db, r.refId))
    : rectificationDigest(officeRectification(ctx.db, r.refId));
}

function view(packNo: string, outcome: PackImportView['outcome'], planned: Planned[]): PackImportView {
  return {
    packNo,
    outcome,
    records: planned.map((p) => ({ key: p.key, kind: p.record.kind, label: p.label, action: p.decision.action })),
    conflicts: planned
      .filter((p) => p.decision.action === 'conflict')
      .map((p) => ({ key: p.key, kind: p.record.kind, label: p.label, rows: p.rows })),
  };
}

/** 导入检查结果, previewed: what would happen, writing nothing. */
export function preview(ctx: ServiceContext, input: OpParsedInput<'packs.preview'>): OpOutput<'packs.preview'> {
  const { pack, planned } = plan(ctx, input);
  const conflicts = planned.some((p) => p.decision.action === 'conflict');
  return view(pack.packNo, conflicts ? 'conflicts' : 'checked', planned);
}

/**
 * 导入检查结果: all or nothing. A record the office changed since export, without a person's choice, stops the
 * whole import (the stop is logged with the records in conflict; nothing else changes). A record already
 * settled with the same content is left alone, so importing the same result again changes nothing.
 */
export function importResults(ctx: ServiceContext, input: OpParsedInput<'packs.import'>): OpOutput<'packs.import'> {
  const { pack, body, planned } = plan(ctx, input);
  const at = nowIso(ctx);
  const conflicts = planned.filter((p) => p.decision.action === 'conflict');
  if (conflicts.length > 0) {
    setPackState(ctx.db, pack.id, 'conflict', at);
    recordChange(ctx, 'pack', pack.packNo, null, {
      outcome: 'conflicts',
      conflicts: conflicts.map((c) => c.label).join('；'),
    });
    return view(pack.packNo, 'conflicts', planned);
  }
  const todo = planned.filter((p) => p.decision.action !== 'unchanged');
  if (todo.length === 0) {
    recordChange(ctx, 'pack', pack.packNo, null, { outcome: 'unchanged', records: planned.length });
    return view(pack.packNo, 'unchanged', planned);
  }
  for (const p of todo) {
    const { record } = p;
    const before = record.kind === 'inspection' ? officeInspection(ctx.db, record.refId).content : null;
    if (p.decision.action === 'apply') {
      if (record.kind === 'inspection')
        applyInspection(ctx, record.refId, record.content as InspectionContent, record.by, body.files, 'contentBase64');
      else
        applyEvidence(
          ctx,
          record.refId,
          record.content as EvidenceContent,
          record.by,
          record.at,
          body.files,
          'contentBase64',
        );
      recordChange(ctx, record.kind, record.refId, before, { pack: pack.packNo, from: 'field', ...record.content });
    }
    const outcome = p.decision.action === 'apply' ? 'field' : 'office';
    const officeDigest = officeDigestOf(ctx, record);
    settlePackRecord(ctx.db, pack.id, {
      kind: record.kind,
      refId: record.refId,
      digest: p.fieldDigest,
      outcome,
      officeDigest,
    });
  }
  setPackState(ctx.db, pack.id, 'imported', at);
  recordChange(ctx, 'pack', pack.packNo, null, {
    outcome: 'imported',
    fromField: todo
      .filter((p) => p.decision.action === 'apply')
      .map((p) => p.label)
      .join('；'),
    keptOffice: todo
      .filter((p) => p.decision.action === 'keepOffice')
      .map((p) => p.label)
      .join('；'),
  });
  return view(pack.packNo, 'imported', planned);
}
