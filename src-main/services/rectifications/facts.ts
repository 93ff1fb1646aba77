import { rectificationFacts, rectificationRef } from '../../core/rectification';
import type { RectificationFacts } from '../../core/tranche-gates';
import { projectRectifications } from '../../db/rectifications-repo';
import type { Db } from '../../db/statements';

/** A project's rectification items as the tranche gate and the close-out checklist judge them. */
export function rectificationFactsOf(db: Db, applicationId: number): RectificationFacts[] {
  return projectRectifications(db, applicationId).map((r) =>
    rectificationFacts({ ref: rectificationRef(r.seq, r.description), severity: r.severity, state: r.state }),
  );
}
