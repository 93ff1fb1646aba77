import type { OpOutput, OpParsedInput } from '../../contract/index';
import type { ServiceContext } from '../context';
import { verifyReport, verifyReportNumber, type VerifyOutcome } from './verify';

function toOutput(o: VerifyOutcome): OpOutput<'reports.verify'> {
  return {
    matches: o.matches,
    number: o.number,
    generatedAt: o.generatedAt,
    fingerprint: o.fingerprint,
    registered: o.registered,
    changes: o.changes,
  };
}

/** reports.verify: a typed number from a printed copy, or a dropped PDF; reads only. */
export function verify(ctx: ServiceContext, input: OpParsedInput<'reports.verify'>): OpOutput<'reports.verify'> {
  if (input.number !== undefined) return toOutput(verifyReportNumber(ctx, input.number));
  const pdf = Buffer.from(input.pdfBase64 ?? '', 'base64');
  const name = input.fileName ?? (ctx.locale === 'en' ? 'The file' : '该文件');
  return toOutput(verifyReport(ctx, pdf, name));
}
