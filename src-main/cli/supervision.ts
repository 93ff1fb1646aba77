import { DRAW_CONFLICT_LABELS, ops, type DrawPickView, type DrawView, type Locale } from '../contract';
import { closeApp, type AppContext } from '../api';
import { appErrorBody } from '../api/dispatch';
import { findDrawId } from '../db/supervision-draws-repo';
import { AppError } from '../services/app-error';
import { run as runDraw, verify as verifyDraw } from '../services/draws/index';
import { logOperation } from '../services/operation-log/index';
import { intOption } from './args';
import type { CommandContext } from './context';
import { actingUser, cliContext } from './import';
import { openApp } from './open';
import { DataError, EXIT_DATA, EXIT_OK, t, UsageError, type Io } from './output';

/** Beijing time for people reading a terminal. */
function beijing(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function printPicks(io: Io, picks: readonly DrawPickView[], locale: Locale): void {
  for (const p of picks)
    io.out(
      t('draw.pick', locale, {
        seq: p.seq,
        agreement: p.agreementNumber,
        project: p.projectName,
        organization: p.organizationName,
        first: p.inspectors[0].displayName,
        second: p.inspectors[1].displayName,
      }),
    );
}

function printDraw(io: Io, d: DrawView, locale: Locale): void {
  io.out(t('draw.header', locale, { number: d.drawNumber, code: d.programCode, year: d.year, count: d.picks.length }));
  io.out(
    t('draw.meta', locale, {
      seed: d.seed,
      algorithm: d.algorithm,
      candidates: d.candidateCount,
      pool: d.pool.length,
      by: d.drawnBy ?? '—',
      at: beijing(d.drawnAt),
    }),
  );
  printPicks(io, d.picks, locale);
  if (d.exclusions.length > 0) io.out(t('draw.exclusionsHeader', locale));
  for (const x of d.exclusions)
    io.out(
      t('draw.exclusion', locale, {
        inspector: x.inspector.displayName,
        organization: x.organizationName,
        why: DRAW_CONFLICT_LABELS[x.source][locale],
        reason: x.reason === '' ? '' : locale === 'zh' ? `（${x.reason}）` : ` (${x.reason})`,
      }),
    );
  if (d.unstaffable.length > 0) io.out(t('draw.unstaffableHeader', locale));
  for (const p of d.unstaffable)
    io.out(
      t('draw.unstaffable', locale, {
        agreement: p.agreementNumber,
        project: p.projectName,
        organization: p.organizationName,
      }),
    );
}

function asDataError(e: unknown, locale: Locale): never {
  if (e instanceof AppError) throw new DataError(appErrorBody(e, locale, 'draws').message);
  throw e;
}

function verifyCommand(io: Io, app: AppContext, locale: Locale, ref: string): number {
  const id = /^\d+$/.test(ref) ? Number(ref) : findDrawId(app.db, ref.trim());
  if (id === null) throw new DataError(t('draw.notFound', locale, { id: ref }));
  let v;
  try {
    v = verifyDraw(cliContext(app, null, locale), { id });
  } catch (e) {
    if (e instanceof AppError && e.rule === 'draw.notFound')
      throw new DataError(t('draw.notFound', locale, { id: ref }));
    asDataError(e, locale);
  }
  printDraw(io, v.draw, locale);
  if (v.samePicks) io.out(t('draw.verifySame', locale, { seed: v.draw.seed }));
  else {
    io.out(t('draw.verifyDifferent', locale, { seed: v.draw.seed }));
    printPicks(io, v.recomputed, locale);
  }
  const logKey = v.log === 'matches' ? 'draw.logMatches' : v.log === 'absent' ? 'draw.logAbsent' : 'draw.logDiffers';
  io.out(t(logKey, locale));
  if (!v.consistent) {
    io.err(t('draw.inconsistent', locale, { number: v.draw.drawNumber }));
    return EXIT_DATA;
  }
  return EXIT_OK;
}

/**
 * grants supervision draw --program CODE --year Y --count N [--seed S] [--as USER] | --verify DRAW: the same
 * service as the draw page, in one transaction with its operation-log entry; --verify re-runs a stored draw.
 */
export function runSupervision({ io, locale, dbPath, values, positionals }: CommandContext): number {
  const [action] = positionals as [string];
  if (action !== 'draw') throw new UsageError('usage.supervisionAction', { action });
  const verifyRef = typeof values.verify === 'string' ? values.verify : undefined;
  const drawOptions = ['program', 'year', 'count', 'seed'].filter((k) => values[k] !== undefined);
  if (verifyRef !== undefined && drawOptions.length > 0) throw new UsageError('usage.drawVerifyAlone');
  if (verifyRef === undefined) {
    if (typeof values.program !== 'string' || values.year === undefined || values.count === undefined)
      throw new UsageError('usage.drawOptionsRequired');
  }
  const year = intOption('year', values.year, 2000, 2100);
  const count = intOption('count', values.count, 1, 500);
  const seed = typeof values.seed === 'string' ? values.seed : '';
  const parsed = ops['draws.run'].input.safeParse({ programCode: values.program ?? 'x', year, count, seed });
  if (verifyRef === undefined && !parsed.success) throw new UsageError('usage.drawSeed', { value: seed });

  const app = openApp(dbPath, 'cli', locale);
  try {
    if (verifyRef !== undefined) return verifyCommand(io, app, locale, verifyRef);
    const asName = typeof values.as === 'string' ? values.as : undefined;
    const ctx = cliContext(app, actingUser(app, asName, 'draws.run', locale), locale);
    let d: DrawView;
    try {
      d = app.db
        .transaction(() => {
          const r = runDraw(ctx, parsed.data!);
          logOperation(ctx, 'draws.run', 'succeeded');
          return r;
        })
        .immediate();
    } catch (e) {
      asDataError(e, locale);
    }
    printDraw(io, d, locale);
    io.out(t('draw.verifyHint', locale, { number: d.drawNumber }));
    return EXIT_OK;
  } finally {
    closeApp(app);
  }
}
