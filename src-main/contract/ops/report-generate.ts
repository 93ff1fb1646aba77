import { z } from 'zod';
import { defineOp, idSchema, timestampSchema } from '../common';
import { fileOutputSchema } from './log';

/**
 * Generating a report from the UI. Main numbers, fingerprints, registers and logs it (as the CLI does) and
 * returns the data the report shows; the renderer lays the PDF out in a Web Worker with the same document
 * definitions. A new report kind is one more member here (and one more case where main loads its data).
 */
export const REPORT_KINDS = [
  'project',
  'tranche',
  'program',
  'disclosure',
  'inspection',
  'rectificationNotice',
  'evaluation',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

type SubjectField = 'applicationId' | 'seq' | 'programId' | 'year' | 'inspectionId' | 'organizationId' | 'evaluationId';

/** The fields each kind needs (a flat object, as every op input is, checked per kind). */
export const REPORT_NEEDS: Record<ReportKind, readonly SubjectField[]> = {
  /** 项目审计报告 of one project (by its application id). */
  project: ['applicationId'],
  /** 资金拨付审批单 for tranche `seq` of a project. */
  tranche: ['applicationId', 'seq'],
  /** 资金计划年度汇总 of a fund program (a program belongs to one year). */
  program: ['programId'],
  /** 彩票公益金使用情况公告 of a year: every welfare-lottery program of that year. */
  disclosure: ['year'],
  /** 检查报告 of one inspection. */
  inspection: ['inspectionId'],
  /** 整改通知书 for one organization's items not yet verified. */
  rectificationNotice: ['organizationId'],
  /** 评估报告 of one evaluation. */
  evaluation: ['evaluationId'],
};

export const reportSubjectSchema = z
  .strictObject({
    kind: z.enum(REPORT_KINDS),
    applicationId: idSchema.optional(),
    seq: z.int().min(1).max(99).optional(),
    programId: idSchema.optional(),
    year: z.int().min(2000).max(2100).optional(),
    inspectionId: idSchema.optional(),
    organizationId: idSchema.optional(),
    evaluationId: idSchema.optional(),
  })
  .superRefine((v, ctx) => {
    for (const field of REPORT_NEEDS[v.kind] ?? [])
      if (v[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], params: { rule: 'schema.required' }, input: v[field] });
  });
export type ReportSubjectInput = z.input<typeof reportSubjectSchema>;

/** What the definitions need besides the data: the number, the fingerprint and who generated it when. */
export const reportMetaSchema = z.object({
  kind: z.string(),
  number: z.string(),
  fingerprint: z.string(),
  generatedAt: timestampSchema,
  generatedBy: z.string(),
  locale: z.enum(['zh', 'en']),
  draft: z.boolean(),
  logEntries: z.int().min(0),
  logHeadHash: z.string(),
});

export const reportGenerateOutput = z.object({
  meta: reportMetaSchema,
  /**
   * The data the report shows, exactly as fingerprinted. Its shape is the report definitions' ReportData
   * (src-main/reports/types.ts, which the contract may not import); the renderer reads it through @reports.
   */
  report: z.object({ kind: z.string(), data: z.record(z.string(), z.unknown()) }),
  /** 项目审计报告-渝民发〔2015〕76号.pdf */
  fileName: z.string(),
});
export type ReportGenerateResult = z.output<typeof reportGenerateOutput>;

export const reportGenerateOps = {
  /** Numbers and registers a report and returns its data; logged as 生成报告 like the CLI's reports. */
  'reports.export': defineOp({
    input: reportSubjectSchema,
    output: reportGenerateOutput,
    access: 'applications.export',
    mutation: true,
  }),
  /**
   * Every table of the report as an .xlsx (one sheet each, header frozen, totals in 大写 below), with a 说明
   * sheet; logged as an export. No report number is taken: the PDF is the registered document.
   */
  'reports.exportTables': defineOp({
    input: reportSubjectSchema,
    output: fileOutputSchema,
    access: 'applications.export',
    mutation: true,
  }),
} as const;
