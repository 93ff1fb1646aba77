import type { Locale } from '../contract/errors';
import { interpolate } from '../contract/messages';
import { CLI_MESSAGES, type CliMessageKey } from './messages';

/** Where a command writes; tests and the real process differ only here. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

export const EXIT_OK = 0;
/** Data or validation error: the command was understood but cannot be done. */
export const EXIT_DATA = 1;
/** Usage error: unknown command or option, missing or malformed argument. */
export const EXIT_USAGE = 2;

export function t(key: CliMessageKey, locale: Locale, params?: Record<string, unknown>): string {
  return interpolate(CLI_MESSAGES[key][locale], params);
}

/** Thrown for anything that should print usage and exit 2. */
export class UsageError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

/** Thrown with an already localized message for exit 1. */
export class DataError extends Error {}

/**
 * A count with thousands separators (1,000,000), as toLocaleString('en-US') writes it without starting ICU:
 * its first call costs a short command a sixth of its time.
 */
export function countText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
