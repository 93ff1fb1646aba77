import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawInspections, samePicks } from './supervision-draw';

/** Any pool, candidates, conflicts and seed: a draw is repeatable and free of conflicts, or refused. */
const inputs = fc
  .record({
    seed: fc.string({ minLength: 1, maxLength: 24 }),
    pool: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }),
    orgCount: fc.integer({ min: 1, max: 8 }),
    candidateIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 25 }),
    count: fc.integer({ min: 1, max: 25 }),
  })
  .chain((r) =>
    fc
      .record({
        orgs: fc.array(fc.integer({ min: 1, max: r.orgCount }), {
          minLength: r.candidateIds.length,
          maxLength: r.candidateIds.length,
        }),
        conflicts: fc.array(
          fc.record({
            evaluatorId: fc.integer({ min: 1, max: 40 }),
            organizationId: fc.integer({ min: 1, max: r.orgCount }),
          }),
          { maxLength: 30 },
        ),
      })
      .map(({ orgs, conflicts }) => ({
        seed: r.seed,
        count: r.count,
        pool: r.pool,
        conflicts,
        candidates: r.candidateIds.map((applicationId, i) => ({ applicationId, organizationId: orgs[i]! })),
      })),
  );

describe('随机抽查 draw (property)', () => {
  it('is reproducible from its seed and never conflicted, duplicated or short', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const first = drawInspections(input);
        const again = drawInspections({ ...input, candidates: [...input.candidates].reverse() });
        expect(again.ok).toBe(first.ok);
        if (!first.ok || !again.ok) return;
        expect(samePicks(first.value.picks, again.value.picks)).toBe(true);
        const { picks } = first.value;
        expect(picks).toHaveLength(input.count);
        expect(new Set(picks.map((p) => p.applicationId)).size).toBe(picks.length);
        const conflicted = new Set(input.conflicts.map((c) => `${c.evaluatorId}:${c.organizationId}`));
        for (const p of picks) {
          const org = input.candidates.find((c) => c.applicationId === p.applicationId)!.organizationId;
          expect(p.inspectorIds[0]).not.toBe(p.inspectorIds[1]);
          for (const id of p.inspectorIds) {
            expect(input.pool).toContain(id);
            expect(conflicted.has(`${id}:${org}`)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
