import type { CommandSpec } from './args';
import type { CommandContext } from './context';
import { runHelp } from './help';

export interface Command {
  spec: CommandSpec;
  run(ctx: CommandContext): Promise<number>;
}

// Each command loads its module only when it runs: `amount-words` and `--help` never open SQLite or start
// the HTTP stack.
export const COMMANDS: Record<string, Command> = {
  init: {
    spec: {
      options: { demo: { type: 'boolean' }, projects: { type: 'string' }, 'ledger-lines': { type: 'string' } },
      positionals: [],
    },
    run: async (ctx) => (await import('./init')).runInit(ctx),
  },
  serve: {
    spec: { options: { port: { type: 'string' }, host: { type: 'string' } }, positionals: [] },
    run: async (ctx) => (await import('./serve')).runServe(ctx),
  },
  'amount-words': {
    spec: { options: {}, positionals: ['amount'], numericPositionals: true },
    run: async (ctx) => (await import('./amount-words')).runAmountWords(ctx),
  },
  import: {
    spec: {
      options: { 'dry-run': { type: 'boolean' }, as: { type: 'string' } },
      positionals: ['KIND', 'FILE'],
    },
    run: async (ctx) => (await import('./import')).runImport(ctx),
  },
  export: {
    spec: {
      options: { out: { type: 'string' }, as: { type: 'string' }, project: { type: 'string' } },
      positionals: ['KIND'],
    },
    run: async (ctx) => (await import('./export')).runExport(ctx),
  },
  tranches: {
    spec: { options: { seq: { type: 'string' } }, positionals: ['CODE'] },
    run: async (ctx) => (await import('./tranches')).runTranches(ctx),
  },
  audit: {
    spec: { options: { anchor: { type: 'string' } }, positionals: ['verify'] },
    run: async (ctx) => (await import('./audit')).runAudit(ctx),
  },
  help: {
    spec: { options: {}, positionals: [], optionalPositionals: ['command'] },
    // Help is part of every start anyway (usage errors print it).
    run: async (ctx) => runHelp(ctx),
  },
  backup: {
    spec: { options: { out: { type: 'string' } }, positionals: [] },
    run: async (ctx) => (await import('./backup')).runBackup(ctx),
  },
  restore: {
    spec: { options: { yes: { type: 'boolean' } }, positionals: ['BACKUP'] },
    run: async (ctx) => (await import('./backup')).runRestore(ctx),
  },
  supervision: {
    spec: {
      options: {
        program: { type: 'string' },
        year: { type: 'string' },
        count: { type: 'string' },
        seed: { type: 'string' },
        verify: { type: 'string' },
        as: { type: 'string' },
      },
      positionals: ['ACTION'],
    },
    run: async (ctx) => (await import('./supervision')).runSupervision(ctx),
  },
  report: {
    spec: {
      options: {
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        seq: { type: 'string' },
        year: { type: 'string' },
        program: { type: 'string' },
        as: { type: 'string' },
        org: { type: 'string' },
      },
      positionals: ['KIND'],
      optionalPositionals: ['CODE'],
    },
    run: async (ctx) => (await import('./report')).runReport(ctx),
  },
  'verify-report': {
    spec: { options: {}, positionals: ['FILE'] },
    run: async (ctx) => (await import('./verify-report')).runVerifyReport(ctx),
  },
  check: {
    spec: { options: {}, positionals: [] },
    run: async (ctx) => (await import('./check')).runCheck(ctx),
  },
  pack: {
    spec: {
      options: {
        projects: { type: 'string' },
        inspectors: { type: 'string' },
        out: { type: 'string' },
        'dry-run': { type: 'boolean' },
        resolve: { type: 'string' },
        as: { type: 'string' },
      },
      positionals: ['ACTION'],
      optionalPositionals: ['FILE'],
    },
    run: async (ctx) => (await import('./pack')).runPack(ctx),
  },
};
