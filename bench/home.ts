/**
 * Benchmark case for the ops behind the first clicks of the day, on the scale database (bench/ledger.ts builds
 * it: 10,000 projects, 1,000,000 ledger lines): sign-in, the home page of each role, the application list
 * and the largest project's ledger tab, each through dispatch as the screen calls it. Sign-in is mostly the
 * deliberately slow password hash (scrypt), so scrypt alone is timed in the same run as the anchor and
 * sign-in is judged by what it adds. The finance home is also timed as the first call on a new connection,
 * as after the app starts. Target: each op under 30 ms (p95), a small part of a 200 ms click.
 */
import { closeApp, createApp, dispatch, DEMO_PASSWORD, type AppContext, type CallContext } from '../src-main/api';
import type { OpInput, OpName } from '../src-main/contract';
import { findAgreementNumber } from '../src-main/db/agreements-repo';
import { largestDemoLedgers } from '../src-main/services/demo/index';
import { hashPassword, verifyPassword } from '../src-main/services/passwords';
import type { ScenarioResult } from './run';
import { signInAs } from './sign-in';
import { measure, round, summarize, type Timing } from './stats';

export const HOME_TARGET_MS = 30;
/** The project the e2e timing report opens; the largest demo ledger stands in when it is not there. */
const BIG_LEDGER = '渝民发〔2016〕44号';
/** One demo account per role: finance, project officer, expert (评估检查), auditor, administrator. */
const ROLES = ['finance', 'project', 'evaluator', 'auditor', 'admin'] as const;

export interface HomeBenchResult {
  scrypt: Timing;
  signIn: Timing;
  /** Each sign-in less the scrypt timed just before it: what sign-in does besides checking the password. */
  signInBeyondScrypt: { medianMs: number; p95Ms: number };
  /** The finance home as the first op on a new connection (statements not yet prepared). */
  firstFinanceHomeMs: number;
  bigLedger: { agreementNumber: string };
  scenarios: ScenarioResult[];
}

function scenario(name: string, path: ScenarioResult['path'], t: Timing, targetMs = HOME_TARGET_MS): ScenarioResult {
  return { scenario: name, path, ...t, targetMs, ratio: round(t.p95Ms / targetMs), rows: 1, total: 1 };
}

async function ok(app: AppContext, call: CallContext, op: OpName, input: unknown): Promise<void> {
  const r = await dispatch(app, op, input, call);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
}

export async function runHomeBench(app: AppContext, runs: number, warmup: number): Promise<HomeBenchResult> {
  const scenarios: ScenarioResult[] = [];
  const stored = hashPassword(DEMO_PASSWORD);
  // Interleaved, so both see the same load on a shared machine; what sign-in adds is taken run by run.
  const scryptSamples: number[] = [];
  const signInSamples: number[] = [];
  const time = async (fn: () => unknown) => {
    const start = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < warmup + runs; i++) {
    const hash = await time(() => verifyPassword(DEMO_PASSWORD, stored));
    const whole = await time(() => signInAs(app, 'finance'));
    if (i < warmup) continue;
    scryptSamples.push(hash);
    signInSamples.push(whole);
  }
  const scrypt = summarize(scryptSamples);
  const signIn = summarize(signInSamples);
  const beyondTiming = summarize(signInSamples.map((s, i) => s - scryptSamples[i]!));
  const beyond = { medianMs: beyondTiming.medianMs, p95Ms: beyondTiming.p95Ms };
  scenarios.push(scenario('scrypt alone (the anchor)', 'raw', scrypt, round(scrypt.p95Ms + HOME_TARGET_MS)));
  scenarios.push(scenario('auth.signIn as finance', 'dispatch', signIn, round(scrypt.p95Ms + HOME_TARGET_MS)));

  // A new connection's first call prepares every statement it runs, as the first home page after a start does.
  const fresh = createApp({ dbPath: app.dbPath, host: 'cli', appVersion: 'bench' });
  let firstFinanceHomeMs: number;
  try {
    const call = await signInAs(fresh, 'finance');
    const start = process.hrtime.bigint();
    await ok(fresh, call, 'home.summary', {});
    firstFinanceHomeMs = round(Number(process.hrtime.bigint() - start) / 1e6);
  } finally {
    closeApp(fresh);
  }

  for (const role of ROLES) {
    const call = await signInAs(app, role);
    const t = await measure(() => ok(app, call, 'home.summary', {}), runs, warmup);
    scenarios.push(scenario(`home.summary as ${role}`, 'dispatch', t));
  }

  const finance = await signInAs(app, 'finance');
  const list: OpInput<'applications.list'> = { page: 1, pageSize: 50, sort: [{ id: 'code', desc: true }] };
  scenarios.push(
    scenario(
      'applications.list page 1, newest code first',
      'dispatch',
      await measure(() => ok(app, finance, 'applications.list', list), runs, warmup),
    ),
  );

  const agreementNumber = findAgreementNumber(app.db, BIG_LEDGER)
    ? BIG_LEDGER
    : (largestDemoLedgers(app.db)[0]?.agreementNumber ?? BIG_LEDGER);
  const applicationId = findAgreementNumber(app.db, agreementNumber);
  if (applicationId !== null) {
    const page: OpInput<'ledger.list'> = {
      applicationId,
      page: 1,
      pageSize: 50,
      sort: [{ id: 'voucherNo', desc: true }],
    };
    scenarios.push(
      scenario(
        `ledger.list of ${agreementNumber} page 1, newest voucher first`,
        'dispatch',
        await measure(() => ok(app, finance, 'ledger.list', page), runs, warmup),
      ),
    );
    scenarios.push(
      scenario(
        `budgets.view of ${agreementNumber} (the ledger tab's budget facts)`,
        'dispatch',
        await measure(() => ok(app, finance, 'budgets.view', { applicationId }), runs, warmup),
      ),
    );
  }
  return { scrypt, signIn, signInBeyondScrypt: beyond, firstFinanceHomeMs, bigLedger: { agreementNumber }, scenarios };
}

export function homeSummary(r: HomeBenchResult): string[] {
  return [
    `First clicks on the scale set (target < ${HOME_TARGET_MS} ms p95 each): sign-in median ${r.signIn.medianMs} ms ` +
      `against scrypt alone ${r.scrypt.medianMs} ms, so ${r.signInBeyondScrypt.medianMs} ms beyond the hash ` +
      `(p95 ${r.signInBeyondScrypt.p95Ms} ms); the finance home as a new connection's first call ` +
      `${r.firstFinanceHomeMs} ms`,
    ...r.scenarios.map(
      (s) =>
        `  ${s.scenario} [${s.path}]: median ${s.medianMs} ms, p95 ${s.p95Ms} ms (target < ${s.targetMs} ms, ` +
        `ratio ${s.ratio})`,
    ),
  ];
}
