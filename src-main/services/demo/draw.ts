import { findDrawProgram } from '../../db/supervision-draws-repo';
import { findUserByUsername } from '../../db/users-repo';
import type { Db } from '../../db/statements';
import { makeDraw } from '../draws/index';

/**
 * One completed 随机抽查 in the sample data: five projects of the 2016 central program with two inspectors each,
 * drawn by the demo evaluator from a fixed seed, through the same code as a real draw, so `grants supervision
 * draw --verify CC-2016-001` checks it (it has no log entry: sample data is written directly). A scaled-down
 * demo with too few projects simply has no draw.
 */
export const DEMO_DRAW = { programCode: 'CQ-ZY-2016', count: 5, seed: '20160915-CQ' } as const;

export function seedDemoDraw(db: Db): void {
  const program = findDrawProgram(db, DEMO_DRAW.programCode);
  const evaluator = findUserByUsername(db, 'evaluator');
  if (!program || !evaluator) return;
  makeDraw(db, program, {
    count: DEMO_DRAW.count,
    seed: DEMO_DRAW.seed,
    drawnBy: evaluator.id,
    drawnAt: new Date(Date.UTC(2016, 8, 15, 2, 0, 0)),
  });
}
