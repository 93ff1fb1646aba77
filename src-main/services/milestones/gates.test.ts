import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAgreementMilestones } from '../../db/milestones-repo';
import { caught, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import * as tranches from '../tranches/index';
import { prepareAs } from '../../testing/tranches';
import * as svc from './index';
import { milestoneProject, uploadAs } from '../../testing/milestones';

let f: AppsFixture;
beforeEach(() => {
  f = openAppsFixture();
});
afterEach(() => f.close());

describe('a milestone_verified tranche', () => {
  it('is refused before its milestone is verified, naming it, and released after', () => {
    const p = milestoneProject(f);
    const plan = () => tranches.list(f.as(f.users.finance), { applicationId: p.id });
    const [first, second] = plan().tranches.map((t) => t.id);
    prepareAs(f, f.users.finance, first!);
    tranches.release(f.as(f.users.finance2), { trancheId: first! });
    prepareAs(f, f.users.finance, second!, '记-2015-0102');

    const gate = () => plan().tranches[1]!.gates.find((g) => g.gate === 'milestone_verified')!;
    expect(gate()).toMatchObject({ ok: false, message: '里程碑“中期验收”尚未验收' });
    const release = () => tranches.release(f.as(f.users.finance2), { trancheId: second! });
    expect(rulesOf(caught(release))).toEqual(['tranche.gate.milestoneNotVerified']);

    const evidence = uploadAs(f, f.users.project, p.id).id;
    svc.complete(f.as(f.users.project), {
      milestoneId: p.milestoneId,
      completedDate: '2015-11-02',
      evidenceAttachmentId: evidence,
      note: '',
    });
    // Completed is not enough: the gate waits for verification.
    expect(messagesOf(caught(release))).toEqual(['里程碑“中期验收”尚未验收']);
    svc.verify(f.as(f.users.evaluator), { milestoneId: p.milestoneId });
    expect(gate()).toMatchObject({ ok: true, message: '里程碑“中期验收”已验收' });
    expect(release()).toMatchObject({ state: 'released', amountFen: 1_600_000 });
    expect(plan().releasedFen).toBe(4_000_000);
  });

  it('has its milestone from the moment the agreement is written; ensureAgreementMilestones is idempotent', () => {
    const p = milestoneProject(f);
    const now = f.clock.now().toISOString();
    expect(ensureAgreementMilestones(f.app.db, p.agreement.id, now)).toBe(0);
    // A plan written without the trigger's help (as an older database had it) gets its milestone on demand.
    f.app.db.exec('DROP TRIGGER agreement_tranches_milestone');
    f.app.db
      .prepare(
        `INSERT INTO agreement_tranches (agreement_id, seq, percent, amount_fen, condition, milestone_name)
         VALUES (?, 3, 0, 0, 'milestone_verified', '结项评估')`,
      )
      .run(p.agreement.id);
    expect(ensureAgreementMilestones(f.app.db, p.agreement.id, now)).toBe(1);
    expect(ensureAgreementMilestones(f.app.db, p.agreement.id, now)).toBe(0);
    const board = svc.list(f.as(f.users.project), { applicationId: p.id });
    expect(board.milestones.map((m) => [m.name, m.plannedDate, m.trancheSeqs])).toEqual([
      ['中期验收', '2015-12-31', [2]],
      ['结项评估', '2015-12-31', [3]],
    ]);
  });
});
