import { rectificationFacts, rectificationRef } from '../../core/rectification';
import type { RectificationFacts } from '../../core/tranche-gates';
import { projectRectifications } from '../../db/rectifications-repo';
import type { Db } from '../../db/statements';

/** An item as the gates judge it, with when it was opened (a tranche released before that is not held by it). */
export type RectificationItemFacts = RectificationFacts & { openedAt: string };

/** A project's rectification items as the tranche gate and the close-out checklist judge them. */
export function rectificationFactsOf(db: Db, applicationId: number): RectificationItemFacts[] {
  return projectRectifications(db, applicationId).map((r) => ({
    ...rectificationFacts({ ref: rectificationRef(r.seq, r.description), severity: r.severity, state: r.state }),
    openedAt: r.openedAt,
  }));
}
