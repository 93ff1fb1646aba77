/** Small timing helpers for the benchmark: no dependency, numbers in milliseconds. */
export interface Timing {
  medianMs: number;
  p95Ms: number;
  minMs: number;
  meanMs: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  // Nearest rank: with 30 runs p95 is the 29th value, i.e. all but the slowest one.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    minMs: round(sorted[0]!),
    meanMs: round(mean),
    runs: sorted.length,
  };
}

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Runs `fn` `warmup` times unmeasured (statement cache, page cache, JIT), then `runs` times measured. */
export async function measure(fn: () => unknown, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(samples);
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes on every platform Node supports.
  return round(process.resourceUsage().maxRSS / 1024, 1);
}
