import type { zhDraws } from './zh-draws';
import type { DeepStrings } from './zh';

/** English text for the random inspection draw page. */
export const enDraws: DeepStrings<typeof zhDraws> = {
  draws: {
    title: 'Random inspections',
    intro:
      'Random inspection draws: projects are drawn at random from those of a fund program year in execution, and for each project 2 inspectors at random from the active evaluators. Whoever declared a conflict with the organization in an expert review, and the organization contact person and legal representative, are kept away. The draw uses a seeded generator; the seed, the candidates, the inspectors and the result are kept and written to the operation log, so anyone can re-run a draw from its seed and compare.',
    newDraw: 'New draw',
    program: 'Fund program',
    searchProgram: 'Search fund programs by code or name',
    year: 'Year',
    count: 'Projects to draw',
    seed: 'Seed',
    seedHint: 'Leave empty to have one made up; letters, digits and - _ . only',
    run: 'Draw',
    mayNotDraw:
      'Only evaluators and administrators may draw; you can re-run existing draws from their seed to check them.',
    done: 'Draw {{number}} done',
    result: 'Draw {{number}}',
    meta: 'Fund program {{code}} ({{year}}) · seed {{seed}} · {{candidates}} candidate projects · {{pool}} evaluators · drawn by {{by}} at {{at}}',
    seq: 'No.',
    agreementNumber: 'Project code',
    projectName: 'Project',
    organization: 'Organization',
    inspectors: 'Inspectors',
    exclusions: 'Kept away for conflicts of interest',
    unstaffable: 'Projects left out because conflicts leave fewer than 2 inspectors',
    conflict: {
      declared: 'declared a conflict of interest in an expert review',
      contactPerson: 'is the contact person of the organization',
      legalRepresentative: 'is the legal representative of the organization',
    },
    exclusionLine: '{{inspector}} — {{organization}}: {{why}}',
    reasonNote: ' ({{reason}})',
    projectLine: '{{agreement}} {{project}} ({{organization}})',
    history: 'Draws so far',
    none: 'No draws yet',
    drawNumber: 'Draw',
    projects: 'Projects',
    drawnBy: 'Drawn by',
    drawnAt: 'Drawn at',
    verify: 'Re-run from seed',
    verifying: 'Re-running…',
    same: 'Same',
    different: 'Different',
    verifySame: 'Re-run from seed {{seed}}: the same result as the stored draw',
    verifyDifferent: 'Re-run from seed {{seed}}: a different result from the stored draw',
    recomputed: 'Result of the re-run',
    log: {
      matches: 'The entry the operation log made at the draw matches',
      absent: 'The operation log has no entry for this draw (sample data is written directly, not through the log)',
      differs: 'The seed, inputs or result the operation log recorded at the draw differ from the stored draw',
    },
  },
};
