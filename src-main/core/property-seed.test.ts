import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The seeding every property test relies on (vitest.setup.ts): one fixed or FC_SEED seed, named on failure. */
describe('property test seed', () => {
  it('is set for every test file, from FC_SEED when given', () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(Number.isSafeInteger(seed)).toBe(true);
    if (process.env.FC_SEED) expect(seed).toBe(Number(process.env.FC_SEED));
  });

  it('draws the same values on every run and names the seed of a failure', () => {
    const draw = () => fc.sample(fc.integer(), { numRuns: 5, seed: fc.readConfigureGlobal().seed });
    expect(draw()).toEqual(draw());
    const firstRun = fc.check(
      fc.property(fc.nat(), () => true),
      { numRuns: 3 },
    );
    const secondRun = fc.check(
      fc.property(fc.nat(), () => true),
      { numRuns: 3 },
    );
    expect(firstRun.seed).toBe(secondRun.seed);
    expect(() => fc.assert(fc.property(fc.nat(), (n) => n < 0))).toThrow(
      new RegExp(`seed: ${fc.readConfigureGlobal().seed}\\b`),
    );
  });
});
