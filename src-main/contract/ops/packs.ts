import { z } from 'zod';
import { INSPECTION_KINDS } from '../../core/inspections';
import { PACK_RECORD_KINDS, PACK_SIDES } from '../../core/packs';
import { SEVERITIES } from '../../core/rectification';
import { dateSchema, defineOp, fenSchema, idSchema, optionalText, text, timestampSchema } from '../common';
import { checklistVersionSchema, newFindingFields, photoFactsSchema } from './inspections';

/**
 * 检查包: field work without the office database. The office exports a signed pack (projects' context and
 * empty inspections); a field database opened from it records only those inspections, findings, evidence and
 * photos; its signed result is imported at the office, where a record the office changed meanwhile is shown in
 * both versions for a person to choose.
 */

export const PACK_STATES = ['exported', 'conflict', 'imported'] as const;
export const PACK_ACTIONS = ['apply', 'unchanged', 'keepOffice', 'conflict'] as const;

export const packRowSchema = z.object({
  packNo: z.string(),
  exportedAt: timestampSchema,
  exportedBy: z.string(),
  projects: z.array(z.string()),
  inspectors: z.array(z.string()),
  state: z.enum(PACK_STATES),
  lastImportAt: timestampSchema.nullable(),
});
export type PackRowView = z.output<typeof packRowSchema>;

export const packImportSchema = z.object({
  packNo: z.string(),
  outcome: z.enum(['imported', 'unchanged', 'conflicts', 'checked']),
  records: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(PACK_RECORD_KINDS),
      label: z.string(),
      action: z.enum(PACK_ACTIONS),
    }),
  ),
  /** Records the office changed since export: both versions, field by field, for a person to choose. */
  conflicts: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(PACK_RECORD_KINDS),
      label: z.string(),
      rows: z.array(z.object({ label: z.string(), office: z.string(), field: z.string() })),
    }),
  ),
});
export type PackImportView = z.output<typeof packImportSchema>;

const resultFile = {
  fileName: text(200),
  /** The result file, base64; a result with photos may be large. */
  contentBase64: z.string().min(1).max(300_000_000),
  /** Per conflicting record ('inspection-12'): keep the office's version or take the field's. */
  resolutions: z.record(z.string().regex(/^(inspection|rectification)-\d{1,12}$/), z.enum(PACK_SIDES)).default({}),
};

const fieldFinding = z.strictObject(newFindingFields);

/** A field database's pack and where its inspections stand; null on an office database. */
export const fieldPackSchema = z
  .object({
    packNo: z.string(),
    exportedAt: timestampSchema,
    exportedBy: z.string(),
    inspectors: z.array(z.string()),
    inspections: z.array(
      z.object({
        inspectionId: idSchema,
        agreementNumber: z.string(),
        projectName: z.string(),
        organizationName: z.string(),
        recordedAt: timestampSchema.nullable(),
      }),
    ),
  })
  .nullable();
export type FieldPackView = z.output<typeof fieldPackSchema>;

const fieldContentSchema = z.object({
  kind: z.enum(INSPECTION_KINDS),
  date: dateSchema,
  place: z.string(),
  notes: z.string(),
  answers: z.array(z.object({ itemId: idSchema, value: z.string(), note: z.string() })),
  findings: z.array(
    z.object({
      itemId: idSchema.nullable(),
      severity: z.enum(SEVERITIES),
      description: z.string(),
      requirement: z.string(),
      responsiblePerson: z.string(),
      deadline: dateSchema,
      disallowFen: fenSchema.optional(),
      voucherNos: z.array(z.string()).optional(),
    }),
  ),
  photos: z.array(z.string()),
});

/** One inspection of the pack as the field form shows it: the record so far, or the office's draft. */
export const fieldInspectionSchema = z.object({
  inspectionId: idSchema,
  packNo: z.string(),
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationName: z.string(),
  periodStart: dateSchema,
  periodEnd: dateSchema,
  checklist: checklistVersionSchema,
  content: fieldContentSchema,
  recorded: z.object({ by: z.string(), at: timestampSchema }).nullable(),
  photos: z.array(
    z.object({ sha256: z.string(), fileName: z.string(), size: z.int(), photo: photoFactsSchema.nullable() }),
  ),
  /** The project's 凭证号 a 核减 may name (the pack carries them). */
  voucherNos: z.array(z.string()),
  /** The caller is one of the pack's inspectors. */
  mayRecord: z.boolean(),
});
export type FieldInspectionView = z.output<typeof fieldInspectionSchema>;

export const packsOps = {
  'packs.list': defineOp({
    input: z.strictObject({}),
    output: z.object({
      packs: z.array(packRowSchema),
      inspectorPool: z.array(z.object({ username: z.string(), displayName: z.string() })),
    }),
    access: 'inspections.record',
    mutation: false,
  }),
  /** 导出检查包: projects by 项目编号 (agreement number), inspectors by user name. */
  'packs.export': defineOp({
    input: z.strictObject({
      projects: z.array(text(40)).min(1).max(200),
      inspectors: z.array(text(40)).min(2).max(10),
      templateId: idSchema.nullable().default(null),
    }),
    output: z.object({ packNo: z.string(), fileName: z.string(), base64: z.string(), projectCount: z.int() }),
    access: 'inspections.record',
    mutation: true,
  }),
  /** What an import would do, writing nothing: the signature checked, each record's action, the conflicts. */
  'packs.preview': defineOp({
    input: z.strictObject(resultFile),
    output: packImportSchema,
    access: 'inspections.record',
    mutation: false,
  }),
  /** 导入检查结果: all or nothing; stops at a conflict without a resolution (logged, nothing else changed). */
  'packs.import': defineOp({
    input: z.strictObject(resultFile),
    output: packImportSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  /** Field database only: one inspection of the pack as recorded in the field (replaces the earlier record). */
  'packs.fieldRecordInspection': defineOp({
    input: z.strictObject({
      inspectionId: idSchema,
      kind: z.enum(INSPECTION_KINDS),
      date: dateSchema,
      place: text(200),
      notes: optionalText(2000),
      answers: z
        .array(z.strictObject({ itemId: idSchema, value: z.string().trim().min(1).max(1000), note: optionalText(500) }))
        .max(1000),
      findings: z.array(fieldFinding).max(100),
      photos: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(200),
    }),
    output: z.object({ inspectionId: idSchema }),
    access: 'inspections.record',
    mutation: true,
  }),
  /** Field database only: evidence for one of the pack's open rectification items. */
  'packs.fieldRecordEvidence': defineOp({
    input: z.strictObject({
      rectificationId: idSchema,
      note: text(2000),
      photos: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(200),
    }),
    output: z.object({ rectificationId: idSchema }),
    access: 'inspections.record',
    mutation: true,
  }),
  /** Field database only: a photo or scan kept in the field database until the result carries it. */
  'packs.fieldAddPhoto': defineOp({
    input: z.strictObject({
      fileName: text(200),
      mimeType: z.string().trim().max(100).default(''),
      contentBase64: z.string().min(1).max(30_000_000),
    }),
    output: z.object({ sha256: z.string() }),
    access: 'inspections.record',
    mutation: true,
  }),
  /** The field database's pack (null on an office database): every signed-in user sees which one it is. */
  'packs.field': defineOp({
    input: z.strictObject({}),
    output: fieldPackSchema,
    access: 'authenticated',
    mutation: false,
  }),
  /** Field database only: one of the pack's inspections for the field form. */
  'packs.fieldInspection': defineOp({
    input: z.strictObject({ inspectionId: idSchema }),
    output: fieldInspectionSchema,
    access: 'inspections.record',
    mutation: false,
  }),
} as const;
