/** One non-empty spreadsheet row; `rowNumber` is the number Excel shows (1-based), blank rows included. */
export interface SheetRow {
  rowNumber: number;
  /** Cell texts by column, left to right; missing cells are ''. */
  cells: string[];
}

/**
 * A file that cannot be read as a table at all. `rule` is a key of RULE_MESSAGES (messages/transfer.ts),
 * so the service can report it in the user's language.
 */
export class SpreadsheetError extends Error {
  constructor(
    readonly rule: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(rule);
  }
}
