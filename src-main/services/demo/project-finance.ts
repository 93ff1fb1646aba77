import { dayNumber } from '../../core/calendar';
import {
  demoIndicators,
  demoMilestones,
  demoTranches,
  hasTable,
  ledgerRowWriter,
  listDemoProjects,
  versionOneLines,
  type DemoProjectRow,
} from '../../db/demo-finance-repo';
import type { Db } from '../../db/statements';
import type { DemoProgram } from './applications';
import { planLedger } from './ledger-plan';
import { writeDemoLedger } from './ledger-writer';
import { DemoEvidence, writeDemoMilestones } from './milestone-writer';
import { Prng } from './prng';
import { TrancheVouchers, writeDemoTranches, type TrancheStage } from './tranche-writer';

/**
 * The money side of the sample: for every signed project, disbursements (maker–checker, some
 * reversed), a budget that is sometimes adjusted (version 2), an expenditure ledger posted through the core
 * posting rules, milestones and indicator readings; one project per finished program ready to close.
 *
 * Scale (documented in `grants help init`): a project's ledger has about 50 lines. With --projects N the
 * ordinary ledgers add up to at most 150,000 lines and at most 10,000 signed projects get money records
 * (the rest wait for their first tranche), so that even 100,000 projects load in seconds; from 2,000
 * projects on, one project has a ledger of 100,000 small lines. With --ledger-lines M the ledger has about
 * M lines in all, every signed project taking part: about 50 per project, the rest in ledgers of 100,000
 * lines (`--projects 10000 --ledger-lines 1000000` is the benchmark database).
 */
export const DEMO_LEDGER_SCALE = {
  linesPerProject: 50,
  bigLedgerLines: 100_000,
  /** --projects from which one big ledger is made without --ledger-lines. */
  bigLedgerFrom: 2_000,
  /** Ordinary lines in all without --ledger-lines. */
  defaultMaxLines: 150_000,
  /** Signed projects with money records without --ledger-lines (the rest wait for their first tranche). */
  maxProjectsWithRecords: 10_000,
} as const;

export interface DemoFinanceInput {
  programs: readonly DemoProgram[];
  people: { project: number; finance: number; finance2: number; evaluator: number };
  /** The --projects scale, when given. */
  projects: number | undefined;
  /** --ledger-lines: about this many ledger lines in all. */
  ledgerLines: number | undefined;
  /** Where evidence files go; null for an in-memory database (milestones then stay planned). */
  attachmentsDir: string | null;
}

export interface DemoFinanceResult {
  ledgerLines: number;
  /** Agreement ids of the 100,000-line ledgers. */
  bigLedgers: number[];
}

interface Project {
  row: DemoProjectRow & { signedDate: string };
  program: DemoProgram;
  latest: boolean;
  stage: TrancheStage;
  closing: boolean;
  big: boolean;
}

/** The latest year's projects are under way: the data stops on this day of their year. */
const AS_OF = '09-30';

/**
 * The signed projects that get money records, each with where its first tranche stands. Without
 * --ledger-lines a sample beyond DEMO_LEDGER_SCALE.maxProjectsWithRecords signed projects keeps records for
 * that many, spread evenly over the years; the others are signed and wait for their first tranche.
 */
function classify(
  rows: readonly DemoProjectRow[],
  programs: ReadonlyMap<number, DemoProgram>,
  limit: number,
  rng: Prng,
): Project[] {
  const latestYear = Math.max(...[...programs.values()].map((p) => p.year));
  const signed = rows.filter((r) => r.signedDate !== null);
  const kept = signed.filter(
    (_, i) =>
      signed.length <= limit ||
      Math.floor((i * limit) / signed.length) !== Math.floor(((i - 1) * limit) / signed.length),
  );
  // The last signed project of each finished program is the one ready to close (the first ones are where
  // tests and people look for a project whose later tranches still wait).
  const closingOf = new Map(kept.map((row) => [row.fundProgramId, row.agreementId]));
  return kept.map((row) => {
    const program = programs.get(row.fundProgramId)!;
    const latest = program.year === latestYear;
    const stage: TrancheStage = latest
      ? rng.weighted<TrancheStage>([
          ['planned', 20],
          ['prepared', 6],
          ['released', 74],
        ])
      : 'released';
    const closing = !latest && closingOf.get(program.id) === row.agreementId;
    return { row: { ...row, signedDate: row.signedDate! }, program, latest, stage, closing, big: false };
  });
}

/** Writes it all in the caller's transaction (seedDemo's), outside which the temp store can be set. */
export function seedDemoFinance(db: Db, input: DemoFinanceInput): DemoFinanceResult {
  const rng = new Prng(0x5eed_0004);
  const programs = new Map(input.programs.map((p) => [p.id, p]));
  const limit = input.ledgerLines === undefined ? DEMO_LEDGER_SCALE.maxProjectsWithRecords : Infinity;
  const projects = classify(listDemoProjects(db), programs, limit, rng);
  const { bigCount, perProject } = ledgerSizes(projects, input);
  const big = projects
    .filter((p) => !p.latest && !p.closing)
    .sort((a, b) => b.row.approvedFen - a.row.approvedFen || a.row.agreementId - b.row.agreementId)
    .slice(0, bigCount);
  for (const p of big) p.big = true;

  const withMilestones = ['milestones', 'indicator_readings', 'attachments'].every((t) => hasTable(db, t));
  const evidence = new DemoEvidence(withMilestones ? input.attachmentsDir : null);
  const vouchers = new TrancheVouchers();
  const write = ledgerRowWriter(db);
  const { people } = input;
  let ledgerLines = 0;

  for (const p of projects) {
    const { row, program } = p;
    const y = program.year;
    const asOf = p.latest ? `${y}-${AS_OF}` : row.periodEnd;
    const lastDate = asOf < row.periodEnd ? asOf : row.periodEnd;
    const outcome = writeDemoTranches(
      db,
      {
        year: y,
        signedDate: row.signedDate,
        tranches: demoTranches(db, row.agreementId),
        stage: p.stage,
        reversed: rng.chance(0.06),
        closing: p.closing,
        milestoneVerified: evidence.available,
      },
      people,
      vouchers,
      rng,
    );
    if (withMilestones)
      writeDemoMilestones(
        db,
        {
          agreementId: row.agreementId,
          applicationId: row.applicationId,
          year: y,
          signedDate: row.signedDate,
          periodEnd: row.periodEnd,
          asOf,
          running: outcome.releasedDate !== null,
          closing: p.closing,
          existing: demoMilestones(db, row.agreementId),
          indicators: demoIndicators(db, row.applicationId),
        },
        people,
        evidence,
        rng,
      );
    if (outcome.releasedDate === null) continue;

    const versionOne = versionOneLines(db, row.agreementId);
    const received = outcome.receipts.reduce((s, r) => s + r.amountFen, 0);
    const advances = !p.closing && !p.big && rng.chance(0.08);
    const grantFen = p.closing
      ? received
      : advances
        ? received + Math.floor(row.approvedFen * (0.04 + 0.08 * rng.next()))
        : Math.floor(received * (p.latest ? 0.45 + 0.4 * rng.next() : 0.8 + 0.18 * rng.next()));
    const room = Math.max(0, Math.floor(row.approvedFen * 0.97) - grantFen);
    const matchingFen = Math.min(
      room,
      Math.floor(row.matchingFen * (p.latest ? 0.2 + 0.4 * rng.next() : 0.5 + 0.5 * rng.next())),
    );
    const mistakeRate = p.big ? 0.005 : 0.02;
    const lines = p.big
      ? DEMO_LEDGER_SCALE.bigLedgerLines
      : Math.max(5, Math.round(perProject * (0.4 + 1.2 * rng.next())));
    const plan = planLedger(rng, {
      lines: versionOne,
      grantFen,
      matchingFen,
      pieces: Math.round(lines / (1 + 2 * mistakeRate)),
      firstDay: dayNumber(outcome.releasedDate),
      lastDay: dayNumber(lastDate),
      mistakeRate,
      adjust: !p.closing && !p.big && rng.chance(0.15),
      categoryCaps: new Map(program.ruleSet.categories.map((c) => [c.code, c.capPercent])),
    });
    const requestRoll = rng.next();
    const written = writeDemoLedger(
      db,
      write,
      {
        agreementId: row.agreementId,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        source: program.source,
        ruleSet: program.ruleSet,
        lines: versionOne,
        receipts: outcome.receipts,
        advances,
        approvedFen: row.approvedFen,
        plan,
        lastDate,
        closing: p.closing,
        small: p.big,
        request:
          p.closing || p.big
            ? null
            : requestRoll < 0.03
              ? 'rejected'
              : p.latest && requestRoll < 0.08
                ? 'pending'
                : null,
      },
      people,
      rng,
    );
    ledgerLines += written.lines;
  }
  return { ledgerLines, bigLedgers: big.map((p) => p.row.agreementId) };
}

/** How many 100,000-line ledgers, and the mean length of the others (see DEMO_LEDGER_SCALE). */
function ledgerSizes(projects: readonly Project[], input: DemoFinanceInput): { bigCount: number; perProject: number } {
  const S = DEMO_LEDGER_SCALE;
  const running = projects.filter((p) => p.stage === 'released').length;
  const candidates = projects.filter((p) => !p.latest && !p.closing).length;
  const mean = (lines: number, bigCount: number) => (running > bigCount ? lines / (running - bigCount) : 0);
  if (input.ledgerLines !== undefined) {
    const spare = input.ledgerLines - S.linesPerProject * running;
    const bigCount = Math.min(candidates, Math.max(0, Math.floor(spare / S.bigLedgerLines)));
    return { bigCount, perProject: mean(input.ledgerLines - bigCount * S.bigLedgerLines, bigCount) };
  }
  const bigCount = input.projects !== undefined && input.projects >= S.bigLedgerFrom && candidates > 0 ? 1 : 0;
  return { bigCount, perProject: Math.min(S.linesPerProject, mean(S.defaultMaxLines, bigCount)) };
}
