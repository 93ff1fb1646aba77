import { z } from 'zod';
import { defineOp, idSchema, text, timestampSchema } from '../common';

/**
 * Why an inspector is kept away from an organization: a conflict declared in an expert review, or the
 * inspector is the contact person of the organization or legal representative (see services/draws).
 */
export const DRAW_CONFLICT_SOURCES = ['declared', 'contactPerson', 'legalRepresentative'] as const;
export type DrawConflictSource = (typeof DRAW_CONFLICT_SOURCES)[number];

/** How a draw names each reason for keeping an inspector away (the CLI and the draw page). */
export const DRAW_CONFLICT_LABELS: Record<DrawConflictSource, { zh: string; en: string }> = {
  declared: { zh: '在专家评审中声明有利益冲突', en: 'declared a conflict of interest in an expert review' },
  contactPerson: { zh: '是该机构的联系人', en: 'is the contact person of the organization' },
  legalRepresentative: { zh: '是该机构的法定代表人', en: 'is the legal representative of the organization' },
};

const SEED_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

const personSchema = z.object({ id: idSchema, displayName: z.string() });

export const drawProjectSchema = z.object({
  applicationId: idSchema,
  agreementNumber: z.string(),
  projectName: z.string(),
  organizationName: z.string(),
});

export const drawPickSchema = drawProjectSchema.extend({
  seq: z.int().min(1),
  inspectors: z.tuple([personSchema, personSchema]),
});
export type DrawPickView = z.output<typeof drawPickSchema>;

/** One inspector kept away from one organization, and why. */
export const drawExclusionSchema = z.object({
  inspector: personSchema,
  organizationName: z.string(),
  source: z.enum(DRAW_CONFLICT_SOURCES),
  reason: z.string(),
});

export const drawViewSchema = z.object({
  id: idSchema,
  /** CC-2026-001 */
  drawNumber: z.string(),
  programCode: z.string(),
  programName: z.string(),
  year: z.int(),
  requestedCount: z.int(),
  seed: z.string(),
  algorithm: z.string(),
  drawnBy: z.string().nullable(),
  drawnAt: timestampSchema,
  /** How many projects and inspectors the draw chose from, as they were. */
  candidateCount: z.int(),
  pool: z.array(personSchema),
  exclusions: z.array(drawExclusionSchema),
  /** Projects set aside because conflicts left fewer than two inspectors for them. */
  unstaffable: z.array(drawProjectSchema),
  picks: z.array(drawPickSchema),
});
export type DrawView = z.output<typeof drawViewSchema>;

export const drawVerificationSchema = z.object({
  draw: drawViewSchema,
  /** The draw computed again from its seed and stored inputs. */
  recomputed: z.array(drawPickSchema),
  /** Recomputed picks equal the stored ones, pick for pick. */
  samePicks: z.boolean(),
  /** What the operation log recorded when the draw was made: the same seed and picks, other ones, or nothing. */
  log: z.enum(['matches', 'differs', 'absent']),
  /** samePicks and the log does not contradict the stored draw. */
  consistent: z.boolean(),
});
export type DrawVerification = z.output<typeof drawVerificationSchema>;

export const drawSummarySchema = z.object({
  id: idSchema,
  drawNumber: z.string(),
  programCode: z.string(),
  programName: z.string(),
  year: z.int(),
  seed: z.string(),
  pickCount: z.int(),
  drawnBy: z.string().nullable(),
  drawnAt: timestampSchema,
});

export const drawsOps = {
  /** 随机抽查: draw projects of a program-year and two conflict-free inspectors for each, from a seed. */
  'draws.run': defineOp({
    input: z.strictObject({
      programCode: text(40),
      year: z.int().min(2000).max(2100),
      count: z.int().min(1).max(500),
      /** Empty: the app makes one up and shows it with the result. */
      seed: z
        .string()
        .trim()
        .max(64)
        .default('')
        .refine((s) => s === '' || SEED_PATTERN.test(s), { params: { rule: 'draw.seedFormat' } }),
    }),
    output: drawViewSchema,
    access: 'draws.run',
    mutation: true,
  }),
  /** Re-run a stored draw from its seed and compare; anyone may check a draw. */
  'draws.verify': defineOp({
    input: z.strictObject({ id: idSchema }),
    output: drawVerificationSchema,
    access: 'applications.read',
    mutation: false,
  }),
  'draws.list': defineOp({
    input: z.strictObject({}),
    output: z.object({ draws: z.array(drawSummarySchema), mayDraw: z.boolean() }),
    access: 'applications.read',
    mutation: false,
  }),
} as const;
