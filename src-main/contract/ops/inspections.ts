import { z } from 'zod';
import { ANSWER_TYPES, INSPECTION_KINDS } from '../../core/inspections';
import { SEVERITIES } from '../../core/rectification';
import {
  dateSchema,
  defineOp,
  fenSchema,
  idSchema,
  listQuerySchema,
  listResultSchema,
  optionalText,
  text,
  timestampSchema,
} from '../common';
import { attachmentViewSchema } from './attachments';

/**
 * 监督检查: checklist templates (检查模板, versioned), inspections (检查) of a project on one template version,
 * and their findings (问题). Signing off (签字确认) makes an inspection read-only and opens a rectification
 * (整改) for each finding; corrections afterwards are dated addenda (补充说明).
 */

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const checklistItemSchema = z.object({
  id: idSchema,
  seq: z.int().min(1),
  section: z.string(),
  text: z.string(),
  answerType: z.enum(ANSWER_TYPES),
  maxScore: z.int().nullable(),
  /** The finding suggested when the answer is 否, with its severity. */
  findingText: z.string(),
  findingSeverity: z.enum(SEVERITIES).nullable(),
});

export const checklistVersionSchema = z.object({
  templateId: idSchema,
  code: z.string(),
  versionId: idSchema,
  version: z.int().min(1),
  name: z.string(),
  createdAt: timestampSchema,
  items: z.array(checklistItemSchema),
});
export type ChecklistVersionView = z.output<typeof checklistVersionSchema>;

export const checklistSummarySchema = z.object({
  templateId: idSchema,
  code: z.string(),
  name: z.string(),
  /** The latest version: what a new inspection is recorded on. */
  version: z.int().min(1),
  versionId: idSchema,
  itemCount: z.int().min(0),
});

const itemInput = z.strictObject({
  section: text(50),
  text: text(200),
  answerType: z.enum(ANSWER_TYPES),
  maxScore: z.int().min(1).max(1000).nullable().default(null),
  findingText: optionalText(200),
  findingSeverity: z.enum(SEVERITIES).nullable().default(null),
});

export const inspectorInput = z.strictObject({
  /** An evaluator account; null for an external expert named with a unit. */
  userId: idSchema.nullable().default(null),
  name: optionalText(50),
  unit: optionalText(100),
});

export const inspectorViewSchema = z.object({
  seq: z.int().min(1),
  user: personSchema.nullable(),
  name: z.string(),
  unit: z.string(),
  /** 签字: by the inspector themself, or for an external expert the account inspector who recorded it. */
  signature: z.object({ recordedBy: personSchema, at: timestampSchema }).nullable(),
  /** The caller may sign now (their own row), or record this external expert's signature. */
  canSign: z.boolean(),
});

/** What a photo's EXIF says, and whether it was taken on the inspection's day (Shanghai dates). */
export const photoFactsSchema = z.object({
  takenOn: dateSchema.nullable(),
  takenAt: timestampSchema.nullable(),
  /** The camera recorded its UTC offset; otherwise the time is read as Beijing time. */
  offsetRecorded: z.boolean().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  day: z.enum(['sameDay', 'otherDay', 'unknown']),
  daysApart: z.int().min(0),
});
export type PhotoFactsView = z.output<typeof photoFactsSchema>;

export const FINDING_ACTIONS = ['remove', 'confirmDisallowance'] as const;

/** A finding as it is recorded, at the office (inspections.addFinding) or in the field (a pack's record). */
export const newFindingFields = {
  itemId: idSchema.nullable().default(null),
  severity: z.enum(SEVERITIES),
  description: text(500),
  requirement: text(500),
  responsiblePerson: text(50),
  deadline: dateSchema,
  /** 核减: grant spending to disallow, in fen; needs the ledger lines it concerns. */
  disallowFen: fenSchema.default(0),
  /** 凭证号 of the ledger lines concerned ('2016-0007'). */
  voucherNos: z.array(text(20)).max(50).default([]),
};

export const findingViewSchema = z.object({
  id: idSchema,
  seq: z.int().min(1),
  itemId: idSchema.nullable(),
  severity: z.enum(SEVERITIES),
  description: z.string(),
  requirement: z.string(),
  responsiblePerson: z.string(),
  deadline: dateSchema,
  disallowFen: fenSchema,
  ledgerLines: z.array(z.object({ id: idSchema, voucherNo: z.string(), amountFen: z.int(), summary: z.string() })),
  /** Finance's confirmation of the disallowance, with the recovery it recorded. */
  confirmed: z.object({ by: personSchema, at: timestampSchema, voucherNo: z.string(), date: dateSchema }).nullable(),
  rectificationId: idSchema.nullable(),
  availableActions: z.array(z.enum(FINDING_ACTIONS)),
});
export type FindingView = z.output<typeof findingViewSchema>;

export const INSPECTION_ACTIONS = ['edit', 'signOff', 'addAddendum'] as const;

export const inspectionViewSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationName: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  date: dateSchema,
  place: z.string(),
  notes: z.string(),
  checklist: checklistVersionSchema,
  inspectors: z.array(inspectorViewSchema),
  answers: z.array(z.object({ itemId: idSchema, value: z.string(), note: z.string() })),
  findings: z.array(findingViewSchema),
  /** Each with its photo facts when it is an image (null for a scan or document). */
  attachments: z.array(attachmentViewSchema.extend({ photo: photoFactsSchema.nullable() })),
  addenda: z.array(
    z.object({ id: idSchema, date: dateSchema, text: z.string(), by: personSchema, at: timestampSchema }),
  ),
  createdBy: personSchema,
  createdAt: timestampSchema,
  signedOff: z.object({ by: personSchema, at: timestampSchema }).nullable(),
  /** Why 'signOff' is not offered although the caller could edit (e.g. answers missing); null otherwise. */
  signOffBlocked: z.string().nullable(),
  availableActions: z.array(z.enum(INSPECTION_ACTIONS)),
});
export type InspectionView = z.output<typeof inspectionViewSchema>;

export const INSPECTION_SORTS = ['date', 'agreementNumber', 'kind'] as const;

export const inspectionRowSchema = z.object({
  id: idSchema,
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationName: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  date: dateSchema,
  place: z.string(),
  checklistName: z.string(),
  checklistVersion: z.int(),
  inspectors: z.string(),
  findingCount: z.int().min(0),
  severeCount: z.int().min(0),
  signedOff: z.boolean(),
});
export type InspectionRow = z.output<typeof inspectionRowSchema>;

const header = {
  kind: z.enum(INSPECTION_KINDS),
  date: dateSchema,
  place: text(200),
  inspectors: z.array(inspectorInput).max(10),
  notes: optionalText(2000),
};

export const inspectionsOps = {
  'checklists.list': defineOp({
    input: z.strictObject({}),
    output: z.object({ templates: z.array(checklistSummarySchema) }),
    access: 'applications.read',
    mutation: false,
  }),
  /** One version with its items; the latest when no version is named. */
  'checklists.get': defineOp({
    input: z.strictObject({ templateId: idSchema, version: z.int().min(1).nullable().default(null) }),
    output: checklistVersionSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** A new version of a template (or a new template when templateId is null); earlier versions stay as they were. */
  'checklists.save': defineOp({
    input: z.strictObject({
      templateId: idSchema.nullable(),
      code: text(40),
      name: text(100),
      items: z.array(itemInput).min(1).max(500),
    }),
    output: checklistVersionSchema,
    access: 'checklists.manage',
    mutation: true,
  }),
  /** The evaluator accounts that may be named as inspectors (enabled, evaluator role). */
  'inspections.inspectorPool': defineOp({
    input: z.strictObject({}),
    output: z.array(personSchema),
    access: 'inspections.record',
    mutation: false,
  }),
  'inspections.list': defineOp({
    input: listQuerySchema(INSPECTION_SORTS, {
      applicationId: idSchema.optional(),
      organizationId: idSchema.optional(),
      kind: z.enum(INSPECTION_KINDS).optional(),
      signedOff: z.boolean().optional(),
    }),
    output: listResultSchema(inspectionRowSchema),
    access: 'applications.read',
    mutation: false,
  }),
  'inspections.get': defineOp({
    input: z.strictObject({ inspectionId: idSchema }),
    output: inspectionViewSchema,
    access: 'applications.read',
    mutation: false,
  }),
  /** A draft on the template's latest version; the caller is one of the (at least two) inspectors. */
  'inspections.create': defineOp({
    input: z.strictObject({ applicationId: idSchema, templateId: idSchema, ...header }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  'inspections.update': defineOp({
    input: z.strictObject({ inspectionId: idSchema, ...header }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  /** Answers to set (an empty value clears one); the rest stay as they are. */
  'inspections.saveAnswers': defineOp({
    input: z.strictObject({
      inspectionId: idSchema,
      answers: z
        .array(z.strictObject({ itemId: idSchema, value: z.string().trim().max(1000), note: optionalText(500) }))
        .max(1000),
    }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  'inspections.addFinding': defineOp({
    input: z.strictObject({ inspectionId: idSchema, ...newFindingFields }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  'inspections.removeFinding': defineOp({
    input: z.strictObject({ findingId: idSchema }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  /** A photo or scan already uploaded to the project (attachments.upload). */
  'inspections.attach': defineOp({
    input: z.strictObject({ inspectionId: idSchema, attachmentId: idSchema }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  /**
   * 签字确认 by the caller, one of its account inspectors. With the last account inspector's signature the
   * inspection is read-only and each finding opens its rectification.
   */
  'inspections.signOff': defineOp({
    input: z.strictObject({ inspectionId: idSchema }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  /** An external expert's signature (given on paper), recorded by the caller, an account inspector, who is named. */
  'inspections.recordExpertSignature': defineOp({
    input: z.strictObject({ inspectionId: idSchema, inspectorSeq: z.int().min(1).max(10) }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  'inspections.addAddendum': defineOp({
    input: z.strictObject({ inspectionId: idSchema, date: dateSchema, text: text(2000) }),
    output: inspectionViewSchema,
    access: 'inspections.record',
    mutation: true,
  }),
  /** Finance confirms a finding's 核减 by recording the recovery (资金收回) of that amount with its voucher. */
  'findings.confirmDisallowance': defineOp({
    input: z.strictObject({ findingId: idSchema, voucherNo: text(40), date: dateSchema }),
    output: inspectionViewSchema,
    access: 'recoveries.record',
    mutation: true,
  }),
} as const;
