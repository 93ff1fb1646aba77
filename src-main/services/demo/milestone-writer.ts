import { addDays } from '../../core/calendar';
import { insertAttachment } from '../../db/attachments-repo';
import {
  completeDemoMilestone,
  insertDemoMilestone,
  type DemoIndicatorRow,
  type DemoMilestoneDone,
  type DemoMilestoneRow,
} from '../../db/demo-finance-repo';
import { insertReading } from '../../db/milestones-repo';
import type { Db } from '../../db/statements';
import { sha256Of, storeContent } from '../attachments/store';
import { MILESTONE_EVIDENCE, MILESTONE_NAMES } from './finance-text';
import type { Prng } from './prng';
import { at, CLOSING } from './tranche-writer';

type EvidenceKind = keyof typeof MILESTONE_EVIDENCE;

/**
 * The evidence files, stored once in the attachment store (content-addressed, so every project's row points
 * at the same few files). Without a store (an in-memory database) milestones stay planned.
 */
export class DemoEvidence {
  private readonly files = new Map<EvidenceKind, { sha256: string; size: number }>();

  constructor(private readonly dir: string | null) {}

  get available(): boolean {
    return this.dir !== null;
  }

  file(kind: EvidenceKind): { sha256: string; size: number } {
    let f = this.files.get(kind);
    if (!f) {
      const content = Buffer.from(MILESTONE_EVIDENCE[kind].text, 'utf8');
      f = { sha256: sha256Of(content), size: content.length };
      storeContent(this.dir!, f.sha256, content);
      this.files.set(kind, f);
    }
    return f;
  }
}

export interface MilestonePeople {
  project: number;
  evaluator: number;
}

export interface DemoMilestonePlan {
  agreementId: number;
  applicationId: number;
  year: number;
  signedDate: string;
  periodEnd: string;
  /** The data's "today" for this project: the end of its year, or the as-of date of the latest year. */
  asOf: string;
  /** The grant has arrived and the work is under way (milestones and readings beyond the kick-off). */
  running: boolean;
  closing: boolean;
  /** Milestones the tranche plan created ('结项评估' for lottery programs). */
  existing: readonly DemoMilestoneRow[];
  indicators: readonly DemoIndicatorRow[];
}

/**
 * Milestones (里程碑) of a signed project: a kick-off and a mid-term summary beside the one its tranche plan
 * names, each completed by the project officer with an evidence attachment and verified by the evaluator
 * (never the same person), as far as the project has got by its as-of date; and indicator readings (完成值)
 * over the year. Answers how many milestones it wrote or completed.
 */
export function writeDemoMilestones(
  db: Db,
  plan: DemoMilestonePlan,
  people: MilestonePeople,
  evidence: DemoEvidence,
  rng: Prng,
): number {
  const y = plan.year;
  const finished = plan.asOf >= plan.periodEnd;
  const done = (kind: EvidenceKind, date: string, verify: boolean): DemoMilestoneDone | null => {
    if (!evidence.available || date > plan.asOf) return null;
    const file = evidence.file(kind);
    const completedAt = at(date, 6);
    const verifiedOn = addDays(date, rng.int(2, 8));
    const evidenceAttachmentId = insertAttachment(db, {
      applicationId: plan.applicationId,
      sha256: file.sha256,
      size: file.size,
      fileName: MILESTONE_EVIDENCE[kind].fileName,
      mimeType: 'text/plain',
      uploadedBy: people.project,
      uploadedAt: completedAt,
    });
    const verified = verify && verifiedOn <= plan.asOf;
    return {
      completedDate: date,
      completedBy: people.project,
      completedAt,
      evidenceAttachmentId,
      note: '',
      verifiedBy: verified ? people.evaluator : null,
      verifiedAt: verified ? at(verifiedOn, 7) : null,
    };
  };

  const kickoff = addDays(plan.signedDate, rng.int(5, 15));
  const midterm = `${y}-09-${rng.int(20, 30)}`;
  const created = { agreementId: plan.agreementId, createdBy: people.project, createdAt: at(plan.signedDate, 2) };
  const kickoffDone = plan.closing || rng.chance(plan.running ? 0.9 : 0.4);
  insertDemoMilestone(db, {
    ...created,
    name: MILESTONE_NAMES.kickoff,
    plannedDate: kickoff,
    done: kickoffDone ? done('kickoff', addDays(kickoff, rng.int(0, 3)), plan.closing || rng.chance(0.8)) : null,
  });
  let written = 1;
  if (!plan.running) return written;
  const midtermDone = plan.closing || rng.chance(finished ? 0.9 : 0.4);
  insertDemoMilestone(db, {
    ...created,
    name: MILESTONE_NAMES.midterm,
    plannedDate: midterm,
    done: midtermDone ? done('midterm', addDays(midterm, rng.int(-5, 0)), plan.closing || rng.chance(0.75)) : null,
  });
  written++;
  for (const m of plan.existing) {
    const closingDate = `${y}-${CLOSING.finalCompleted}`;
    if (plan.closing) {
      // The tranche this milestone releases is prepared after the verification on CLOSING.finalVerified.
      const d = done('final', closingDate, false);
      if (d)
        completeDemoMilestone(db, m.id, {
          ...d,
          verifiedBy: people.evaluator,
          verifiedAt: at(`${y}-${CLOSING.finalVerified}`, 7),
        });
    } else if (finished && rng.chance(0.4)) {
      const d = done('final', `${y}-12-${rng.int(10, 20)}`, rng.chance(0.6));
      if (d) completeDemoMilestone(db, m.id, d);
    }
    written++;
  }
  writeReadings(db, plan, people, rng);
  return written;
}

/** 完成值 readings: one around the mid-term and one near the end, rising toward (or past) the target. */
function writeReadings(db: Db, plan: DemoMilestonePlan, people: MilestonePeople, rng: Prng): void {
  const y = plan.year;
  const readings: [string, number, number][] = [
    [`${y}-09-15`, 0.3, 0.6],
    [`${y}-12-20`, plan.closing ? 1 : 0.85, plan.closing ? 1.15 : 1.1],
  ];
  for (const indicator of plan.indicators)
    for (const [date, low, high] of readings) {
      if (date > plan.asOf) continue;
      const value = Math.floor(indicator.target * (low + (high - low) * rng.next()));
      insertReading(db, {
        indicatorId: indicator.id,
        date,
        value: String(value),
        note: '',
        by: people.project,
        at: at(date, 8),
      });
    }
}
