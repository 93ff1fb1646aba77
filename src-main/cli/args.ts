import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../contract/errors';
import { UsageError } from './output';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

export interface CommandSpec {
  options: OptionSpecs;
  /** Names of the required positional arguments, in order. */
  positionals: readonly string[];
  /** Names of optional ones that may follow. */
  optionalPositionals?: readonly string[];
  /** A leading minus on a positional is a number ("-5"), not an option. */
  numericPositionals?: boolean;
}

export const GLOBAL_OPTIONS: OptionSpecs = {
  db: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends (infer T)[] | undefined ? T : never;

function tokenize(argv: string[], options: OptionSpecs): Token[] {
  return parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** `--db --lang en` means a missing path, not a path called "--lang". */
function isMissingValue(token: Token, def: OptionSpec | undefined): boolean {
  if (token.kind !== 'option' || def?.type !== 'string') return false;
  return token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
}

/** The first positional, found with every option any command knows, so `--db init serve` reads right. */
export function findCommand(argv: string[], allOptions: OptionSpecs): string | null {
  for (const token of tokenize(argv, allOptions)) {
    if (isMissingValue(token, allOptions[token.kind === 'option' ? token.name : ''])) {
      throw new UsageError('usage.missingValue', { option: token.kind === 'option' ? token.rawName : '' });
    }
    if (token.kind === 'positional') return token.value;
  }
  return null;
}

/** The positional after the command (import's KIND), read leniently so a usage error can name its help. */
export function findKind(argv: string[], allOptions: OptionSpecs): string | null {
  const positionals = tokenize(argv, allOptions).filter((t) => t.kind === 'positional');
  const kind = positionals[1];
  return kind?.kind === 'positional' ? kind.value : null;
}

/**
 * Strict parsing with our own messages: node's parseArgs errors are English only, and the exit code for
 * a usage error must be 2 whatever went wrong.
 */
export function parseCommandLine(argv: string[], spec: CommandSpec | null, allOptions: OptionSpecs): ParsedArgs {
  const options = { ...GLOBAL_OPTIONS, ...spec?.options };
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  let commandSeen = false;
  const seenIndexes = new Set<number>();
  for (const token of tokenize(argv, spec ? options : allOptions)) {
    if (token.kind === 'option-terminator') continue;
    const raw = argv[token.index] ?? '';
    if (token.kind === 'option' && spec?.numericPositionals && /^-[\d.,¥￥]/.test(raw)) {
      // "-5.5" comes back as several short options sharing one index; keep the raw argument once.
      if (!seenIndexes.has(token.index)) positionals.push(raw);
      seenIndexes.add(token.index);
      continue;
    }
    if (token.kind === 'positional') {
      // The first positional is the command itself, already looked up by findCommand.
      if (commandSeen) positionals.push(token.value);
      commandSeen = true;
      continue;
    }
    const def = options[token.name];
    if (!def) throw new UsageError('usage.unknownOption', { option: token.rawName });
    if (def.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError('usage.unexpectedValue', { option: token.rawName });
      values[token.name] = true;
    } else {
      if (isMissingValue(token, def) || token.value === undefined) {
        throw new UsageError('usage.missingValue', { option: token.rawName });
      }
      values[token.name] = token.value;
    }
  }
  if (spec && !values.help) {
    const extra = positionals[spec.positionals.length + (spec.optionalPositionals?.length ?? 0)];
    if (extra !== undefined) throw new UsageError('usage.extraArgument', { arg: extra });
    const missing = spec.positionals[positionals.length];
    if (missing !== undefined) throw new UsageError('usage.missingArgument', { name: missing });
  }
  return { values, positionals };
}

/** --lang, read leniently first so that even a usage error is reported in the language asked for. */
export function peekLocale(argv: string[]): Locale {
  const lang = tokenize(argv, GLOBAL_OPTIONS).find((t) => t.kind === 'option' && t.name === 'lang');
  const value = lang?.kind === 'option' ? lang.value : undefined;
  return isLocale(value) ? value : 'zh';
}

export function parseLocale(value: string | boolean | undefined): Locale {
  if (value === undefined) return 'zh';
  if (typeof value === 'string' && isLocale(value)) return value;
  throw new UsageError('usage.badLang', { value: String(value) });
}

/** A whole number within bounds, or a usage error naming the option. */
export function intOption(
  name: string,
  value: string | boolean | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError('usage.badInteger', { option: `--${name}`, value: String(value), min, max });
  }
  return n;
}
