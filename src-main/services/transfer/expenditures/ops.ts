import type { OpOutput, OpParsedInput } from '../../../contract/index';
import type { ServiceContext } from '../../context';
import { exportExpenditures } from './export';
import { importExpenditures, type ExpenditureUpload } from './import';

/** The ledger.importCheck / ledger.import / ledger.export ops: the CLI's services with the file as base64. */
export function importCheck(
  ctx: ServiceContext,
  input: OpParsedInput<'ledger.importCheck'>,
): OpOutput<'ledger.importCheck'> {
  return importExpenditures(ctx, upload(ctx, input), { dryRun: true });
}

export function importLedger(ctx: ServiceContext, input: OpParsedInput<'ledger.import'>): OpOutput<'ledger.import'> {
  return importExpenditures(ctx, upload(ctx, input));
}

export function exportLedger(ctx: ServiceContext, input: OpParsedInput<'ledger.export'>): OpOutput<'ledger.export'> {
  const f = exportExpenditures(ctx, input);
  return {
    fileName: f.fileName,
    mimeType: f.mimeType,
    base64: f.buffer.toString('base64'),
    rowCount: f.rowCount,
    sumFen: f.sumFen,
  };
}

function upload(ctx: ServiceContext, input: { fileName: string; contentBase64: string }): ExpenditureUpload {
  const read = ctx.uploads?.get(input.contentBase64);
  // Decoded only when the host has not read the file already.
  return {
    fileName: input.fileName,
    get bytes() {
      return Buffer.from(input.contentBase64, 'base64');
    },
    ...(read ? { read } : {}),
  };
}
