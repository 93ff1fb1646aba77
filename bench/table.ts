import type { ScenarioResult } from './run';

interface Report {
  organizations: number;
  seed: { ms: number; rowsPerSecond: number };
  dbSizeMb: number;
  peakRssMb: number;
  runs: number;
  warmup: number;
  scenarios: ScenarioResult[];
  logVerify: { entries: number; generate: { ms: number; entriesPerSecond: number }; dbSizeMb: number } | null;
}

// CJK characters take two columns in a terminal.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
}

export function printTable(r: Report): void {
  const ms = (n: number) => n.toFixed(2);
  console.log(
    `Organizations list benchmark: ${r.organizations.toLocaleString('en')} organizations, ` +
      `seeded in ${(r.seed.ms / 1000).toFixed(1)} s (${r.seed.rowsPerSecond.toLocaleString('en')} rows/s), ` +
      `database ${r.dbSizeMb} MB, peak RSS ${r.peakRssMb} MB; ${r.runs} runs after ${r.warmup} warm-up`,
  );
  if (r.logVerify) {
    const g = r.logVerify;
    console.log(
      `Operation log: ${g.entries.toLocaleString('en')} chained entries written in ${(g.generate.ms / 1000).toFixed(1)} s ` +
        `(${g.generate.entriesPerSecond.toLocaleString('en')} entries/s), database ${g.dbSizeMb} MB; ` +
        'audit verify timed 3 times, ratio = median / target',
    );
  }
  const header = ['scenario', 'path', 'median ms', 'p95 ms', 'min ms', 'target', 'ratio', 'rows/total'];
  const rows = r.scenarios.map((s) => [
    s.scenario,
    s.path,
    ms(s.medianMs),
    ms(s.p95Ms),
    ms(s.minMs),
    `< ${s.targetMs}`,
    s.ratioBasis === 'median' ? `${s.ratio.toFixed(3)} (median)` : s.ratio.toFixed(3),
    `${s.rows}/${s.total}`,
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i >= 2)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
