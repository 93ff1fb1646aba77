import { approveAdjustment, type AdjustmentRequest } from '../../core/budget-versions';
import { checkReversal, vouchersGapFree, type LedgerLine } from '../../core/ledger';
import { afterPosting, checkLedgerOpen, checkPosting, type PostingContext } from '../../core/ledger-rules';
import { listAdjustments, type StoredVersion } from '../../db/budgets-repo';
import { listAllLedgerLines } from '../../db/ledger-repo';
import { listTrancheRecords } from '../../db/tranches-repo';
import { coreVersion, loadProject } from '../budgets/project';
import type { ServiceContext } from '../context';

/**
 * Replays one project's ledger as it was posted, with nothing taken from the generator: each line, in
 * posting order, against the core rules as they stood at its instant (the budget version approved by then,
 * the grant funds released by then, the actual and grant spending of the lines before it); each reversal
 * through checkReversal; each approved adjustment through approveAdjustment with the actual at its approval;
 * the tranche records as maker–checker releases and reasoned reversals. Answers what is wrong (empty: all
 * is well) and how many lines it checked. Used by the demo tests; usable on any database.
 */
export function recheckProjectFinance(
  ctx: ServiceContext,
  applicationId: number,
): { problems: string[]; lines: number } {
  const project = loadProject(ctx, applicationId);
  const agreementId = project.agreement.id;
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${project.agreement.agreementNumber}: ${what}`);
  const lines = listAllLedgerLines(ctx.db, agreementId).sort((a, b) => a.id - b.id);
  const records = listTrancheRecords(ctx.db, agreementId).sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id,
  );
  const adjustments = new Map(listAdjustments(ctx.db, agreementId).map((a) => [a.id, a]));

  for (const v of vouchersGapFree(lines.map((l) => l.voucherNo))) say(`${v.rule} ${JSON.stringify(v.params)}`);
  for (const r of records) {
    if (r.kind === 'release' && (r.preparedBy === null || r.preparedBy === r.by.id))
      say(`release ${r.voucherNo} not prepared and released by two people`);
    if (r.kind === 'reversal') {
      const release = records.find((x) => x.id === r.reversesId);
      if (!release || release.amountFen !== -r.amountFen || r.date < release.date || r.reason.trim() === '')
        say(`tranche reversal ${r.id} does not negate a release, or has no reason`);
    }
  }

  let version: StoredVersion = project.versions[0]!;
  const actual = { grant: new Map<string, number>(), matching: new Map<string, number>() };
  let posting: PostingContext = {
    periodStart: project.agreement.periodStart,
    periodEnd: project.agreement.periodEnd,
    projectClosed: false,
    source: project.program.source,
    ruleSet: project.program.ruleSet,
    budgetVersion: version.version,
    budgetLines: version.lines,
    actual,
    grantReceivedFen: 0,
    grantSpentFen: 0,
    lockedYears: [],
  };
  let recordIndex = 0;
  // The ledger so far, by id, and the reversal of each line reversed so far: checkReversal reads only the
  // line and its earlier reversal, so it is given just those (the whole list would make 100,000 lines slow).
  const ledger = new Map<number, LedgerLine>();
  const reversalOf = new Map<number, LedgerLine>();
  for (const line of lines) {
    while (recordIndex < records.length && records[recordIndex]!.at <= line.postedAt)
      posting = { ...posting, grantReceivedFen: posting.grantReceivedFen + records[recordIndex++]!.amountFen };
    for (const next of project.versions.filter((v) => v.version > version.version && v.approvedAt <= line.postedAt)) {
      checkVersion(version, next, posting, project.agreement.approvedFen, adjustments, say);
      version = next;
      posting = { ...posting, budgetVersion: next.version, budgetLines: next.lines };
    }
    if (line.budgetVersion !== version.version)
      say(`${line.voucherNo} carries version ${line.budgetVersion}, not ${version.version}`);
    const input = {
      date: line.date,
      lineCode: line.lineCode,
      share: line.share,
      costType: line.costType,
      amountFen: line.amountFen,
      advance: line.advance,
    };
    if (line.reversesId === null) {
      for (const v of checkPosting(input, posting)) say(`${line.voucherNo} ${v.rule} ${JSON.stringify(v.params)}`);
      if (line.advance && checkPosting({ ...input, advance: false }, posting).length === 0)
        say(`${line.voucherNo} is marked 垫支 although the grant received covers it`);
    } else {
      const original = ledger.get(line.reversesId);
      const earlier = reversalOf.get(line.reversesId);
      const seen = [original, earlier].filter((l): l is LedgerLine => l !== undefined);
      const violations = [...checkLedgerOpen(line.date, posting), ...checkReversal(seen, line.reversesId, line.date)];
      for (const v of violations) say(`${line.voucherNo} ${v.rule}`);
      if (
        !original ||
        original.amountFen !== -line.amountFen ||
        original.lineCode !== line.lineCode ||
        original.share !== line.share ||
        original.advance !== line.advance ||
        line.reason.trim() === ''
      )
        say(`${line.voucherNo} is not the exact negation of the line it reverses, with a reason`);
    }
    posting = afterPosting(posting, input);
    const posted: LedgerLine = { ...input, id: line.id, voucherNo: line.voucherNo, reversesId: line.reversesId };
    ledger.set(posted.id, posted);
    if (posted.reversesId !== null) reversalOf.set(posted.reversesId, posted);
  }
  return { problems, lines: lines.length };
}

/** A later version is exactly what core approveAdjustment makes of its approved request, at its approval. */
function checkVersion(
  current: StoredVersion,
  next: StoredVersion,
  posting: PostingContext,
  approvedFen: number,
  adjustments: ReadonlyMap<number, ReturnType<typeof listAdjustments>[number]>,
  say: (what: string) => void,
): void {
  const a = next.adjustmentId === null ? undefined : adjustments.get(next.adjustmentId);
  const approver = a?.decidedBy;
  if (!a || !approver || a.state !== 'approved' || approver.id !== next.approvedBy?.id) {
    say(`version ${next.version} has no approved request behind it`);
    return;
  }
  const request: AdjustmentRequest = {
    baseVersion: a.baseVersion,
    reason: a.reason,
    requestedBy: a.requestedBy.id,
    lines: a.lines.map((l) => ({ lineCode: l.lineCode, amountFen: l.amountFen, matchingFen: l.matchingFen })),
  };
  const r = approveAdjustment(coreVersion(current), request, approver.id, {
    approvedFen,
    ruleSet: posting.ruleSet,
    actual: posting.actual,
  });
  if (!r.ok) say(`version ${next.version}: ${r.violations.map((v) => v.rule).join(', ')}`);
  else if (JSON.stringify(r.version.lines) !== JSON.stringify(coreVersion(next).lines))
    say(`version ${next.version} differs from its approved request`);
}
