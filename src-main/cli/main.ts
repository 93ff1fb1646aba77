import type { Locale } from '../contract';
import { resolveDbPath } from '../hosts/data-dir';
import {
  findCommand,
  findKind,
  GLOBAL_OPTIONS,
  parseCommandLine,
  parseLocale,
  peekLocale,
  type OptionSpecs,
} from './args';
import { COMMANDS } from './commands';
import { refuseOnFieldDatabase } from './field-guard';
import { helpText, isHelpTopic } from './help';
import { DataError, EXIT_DATA, EXIT_OK, EXIT_USAGE, processIo, t, UsageError, type Io } from './output';
import { appVersion } from './paths';

const ALL_OPTIONS: OptionSpecs = Object.assign(
  {},
  GLOBAL_OPTIONS,
  ...Object.values(COMMANDS).map((c) => c.spec.options),
);

function report(io: Io, locale: Locale, message: string): void {
  io.err(t('error.prefix', locale, { message }));
}

/** Runs one command line and returns the exit code; nothing here calls process.exit. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let locale = peekLocale(argv);
  let topic = 'main';
  try {
    const name = findCommand(argv, ALL_OPTIONS);
    const command = name === null ? undefined : COMMANDS[name];
    if (name !== null && !command) throw new UsageError('usage.unknownCommand', { command: name });
    if (name !== null) topic = name;
    // `import expenditures` has its own usage, distinct from `import applications`.
    const kindTopic = `${name} ${findKind(argv, ALL_OPTIONS) ?? ''}`;
    if (name !== null && isHelpTopic(kindTopic)) topic = kindTopic;
    const { values, positionals } = parseCommandLine(argv, command?.spec ?? null, ALL_OPTIONS);
    locale = parseLocale(values.lang);
    if (values.version) {
      io.out(`grants ${appVersion()}`);
      return EXIT_OK;
    }
    if (values.help && isHelpTopic(topic)) {
      io.out(helpText(topic, locale));
      return EXIT_OK;
    }
    if (!command) throw new UsageError('usage.missingCommand');
    const dbPath = resolveDbPath(typeof values.db === 'string' ? values.db : undefined);
    await refuseOnFieldDatabase(name!, dbPath, locale);
    return await command.run({ io, locale, dbPath, values, positionals });
  } catch (e) {
    if (e instanceof UsageError) {
      report(io, locale, t(e.key, locale, e.params));
      io.err('');
      io.err(helpText(isHelpTopic(topic) ? topic : 'main', locale));
      return EXIT_USAGE;
    }
    if (e instanceof DataError) {
      report(io, locale, e.message);
      return EXIT_DATA;
    }
    report(io, locale, e instanceof Error ? e.message : String(e));
    if (process.env.GRANTS_DEBUG) io.err(String((e as Error).stack));
    return EXIT_DATA;
  }
}
