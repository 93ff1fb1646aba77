import { copyFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TempFolder } from '../testing/db';
import { TestClock } from '../testing/services';
import { closeApp, createApp } from './app';
import { stepArb } from '../testing/flow/commands';
import { run, type World } from '../testing/flow/interpreter';
import { approvalProblems, approvedRows } from '../testing/flow/invariants';
import { buildTemplate, CONFIG, START, type People } from '../testing/flow/world';

/**
 * Property: whatever sequence of operations people in any role attempt (create with random budgets, classes
 * and matching funds, edit, submit, formal check, assign, declare, score, cut lines, start notices, move the
 * clock, approve, reject, bar organizations), no application ends up approved in breach of its program's
 * rules, of the amounts chain (approved ≤ reviewed ≤ requested), of separation of duties, or of the notice;
 * and no call is ever answered Internal.
 */
let folder: TempFolder;
let template: string;
let people: People;
beforeAll(() => {
  folder = new TempFolder();
  template = folder.file('template.sqlite');
  people = buildTemplate(template);
});
afterAll(() => folder.remove());

describe('applications: no sequence of operations approves an application against its rules', () => {
  it('holds for random sequences by random people', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let total = 0;
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 40, maxLength: 160, size: 'max' }), async (steps) => {
          const file = folder.file(`run-${++n}.sqlite`);
          copyFileSync(template, file);
          const clock = new TestClock(START);
          const app = createApp({ dbPath: file, host: 'test', clock: clock.now, config: CONFIG });
          const w: World = { app, clock, people, internal: [], problems: [], approvals: 0 };
          try {
            for (const step of steps) await run(w, step);
            expect(w.internal).toEqual([]);
            expect(w.problems).toEqual([]);
            // Bars decided after an approval do not undo it; everything else must still hold at the end.
            for (const a of approvedRows(app)) expect(approvalProblems(app, a, a.decided_at)).toEqual([]);
            total += w.approvals;
          } finally {
            closeApp(app);
          }
        }),
        { numRuns: 100, seed: 20151108 },
      );
    } finally {
      vi.restoreAllMocks();
    }
    // The property means something only if approvals actually happen.
    expect(total).toBeGreaterThan(30);
  });
});
