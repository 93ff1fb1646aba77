import fc from 'fast-check';

/**
 * Every property test is reproducible: fast-check draws from one seed, FC_SEED when set (to try other inputs or
 * replay a failure), else a fixed default, so a run never depends on the clock. A failing property's error
 * names its seed and path ("{ seed: 20151108, path: "3:1" }"): replay with FC_SEED=<seed> npx vitest run <file>.
 */
export const DEFAULT_FC_SEED = 20151108;

function seedFromEnv(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_FC_SEED;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${text}"`);
  return seed;
}

const seed = seedFromEnv(process.env.FC_SEED);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
