/**
 * Benchmark case for the operation log: builds a chain of N entries (1,000,000 by default) in a temp database
 * with the real schema (triggers included), then times `grants audit verify` on it, in process (the function
 * the CLI calls, on a read-only connection as the CLI opens it) and as the real command in a separate node
 * process (startup and TypeScript loading included). Median of 3 runs each; target 3 s.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src-main/db/connection';
import { chainBatch, insertLogRow, openReadOnly, type LogRow } from '../src-main/db/operation-log-repo';
import { verifyChainParallel } from '../src-main/services/operation-log/verify-parallel';
import { entryHash, verifyChain, ZERO_HASH } from '../src-main/services/operation-log/index';
import type { ScenarioResult } from './run';
import { round, summarize } from './stats';

export const LOG_VERIFY_TARGET_MS = 3000;
const RUNS = 3;

interface Actor {
  userId: number;
  username: string;
  roles: string;
}
const ACTORS: Actor[] = [
  { userId: 1, username: 'admin', roles: '["admin"]' },
  { userId: 2, username: 'finance', roles: '["finance"]' },
  { userId: 3, username: 'finance2', roles: '["finance"]' },
  { userId: 4, username: 'project', roles: '["project"]' },
  { userId: 5, username: 'evaluator', roles: '["evaluator"]' },
  { userId: 6, username: 'auditor', roles: '["auditor"]' },
];

type Content = Pick<LogRow, 'op' | 'entityType' | 'entityId' | 'beforeJson' | 'afterJson'>;

/**
 * A mix like a bureau's year: many sign-ins, organization and application edits (changed fields only, as the
 * log stores them), some creations with the whole record, failed sign-ins and exports. About 300 bytes of
 * content per entry on average.
 */
function content(i: number, at: string): Content {
  const k = i % 20;
  const id = String((i % 5000) + 1);
  if (k < 6) {
    return {
      op: 'auth.signIn',
      entityType: 'user',
      entityId: String((i % 6) + 1),
      beforeJson: `{"lastSignInAt":"2024-05-01T08:00:00.000Z"}`,
      afterJson: `{"lastSignInAt":"${at}"}`,
    };
  }
  if (k === 6) {
    return {
      op: 'auth.signInFailed',
      entityType: null,
      entityId: null,
      beforeJson: null,
      afterJson: '{"reason":"unknownUser"}',
    };
  }
  if (k < 13) {
    return {
      op: 'organizations.update',
      entityType: 'organization',
      entityId: id,
      beforeJson: `{"phone":"023-6300${i % 10000}","rating":"3A","updatedAt":"2024-05-01T08:00:00.000Z"}`,
      afterJson: `{"phone":"023-6311${i % 10000}","rating":"4A","updatedAt":"${at}"}`,
    };
  }
  if (k < 18) {
    return {
      op: 'applications.update',
      entityType: 'application',
      entityId: id,
      beforeJson: `{"requestedFen":${150_000_00 + i},"budgetLines":[{"categoryCode":"LABOR","amountFen":8000000,"note":"社工人员劳务"},{"categoryCode":"ACTIVITY","amountFen":${7_000_000 + i},"note":"活动费"}],"updatedAt":"2024-05-01T08:00:00.000Z"}`,
      afterJson: `{"requestedFen":${160_000_00 + i},"budgetLines":[{"categoryCode":"LABOR","amountFen":8500000,"note":"社工人员劳务"},{"categoryCode":"ACTIVITY","amountFen":${7_500_000 + i},"note":"活动费"}],"updatedAt":"${at}"}`,
    };
  }
  if (k === 18) {
    return {
      op: 'organizations.create',
      entityType: 'organization',
      entityId: id,
      beforeJson: null,
      afterJson: `{"id":${id},"name":"重庆市渝中区心语社会工作服务中心${i}","creditCode":"52500103MJ0000001X","kind":"social_service","registration":"registered","districtCode":"500103","legalRepresentative":"王芳","contactPerson":"李强","phone":"023-63000000","foundedDate":"2012-05-06","rating":"4A","createdAt":"${at}","updatedAt":"${at}"}`,
    };
  }
  return {
    op: 'log.export',
    entityType: 'export',
    entityId: null,
    beforeJson: null,
    afterJson: `{"format":"xlsx","search":"","filters":{"from":"2024-01-01"},"rowCount":${i % 3000},"fileName":"操作日志.xlsx"}`,
  };
}

/** Appends `n` chained entries in one transaction, through the insert statement and trigger the app uses. */
export function generateLog(path: string, n: number): { ms: number; bytes: number } {
  const start = process.hrtime.bigint();
  const db = openDatabase(path);
  try {
    const base = Date.UTC(2023, 0, 1);
    db.transaction(() => {
      let prevHash = ZERO_HASH;
      for (let id = 1; id <= n; id++) {
        const at = new Date(base + id * 37_000).toISOString();
        const actor = ACTORS[id % ACTORS.length]!;
        const unsigned = { id, at, ...actor, ...content(id, at), prevHash };
        const row = { ...unsigned, hash: entryHash(unsigned) };
        insertLogRow(db, row);
        prevHash = row.hash;
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes: statSync(path).size };
}

async function timeRuns(fn: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** The anchor: the same rows read the same way and each hashed with createHash, on one thread, nothing checked. */
function rawHashLoop(path: string): number {
  const db = openReadOnly(path);
  try {
    return db.transaction(() => {
      let n = 0;
      let after: number | null = null;
      for (;;) {
        const rows = chainBatch(db, after, 1000);
        for (const row of rows) if (createHash('sha256').update(row[3]).digest('hex').length === 64) n++;
        if (rows.length < 1000) return n;
        after = rows[rows.length - 1]![0];
      }
    })();
  } finally {
    db.close();
  }
}

export interface LogVerifyReport {
  entries: number;
  /** Medians: the parallel verify, the single-thread verify and the raw createHash loop, with parallel/raw. */
  parallelMs: number;
  singleMs: number;
  rawMs: number;
  ratio: number;
  generate: { ms: number; entriesPerSecond: number };
  dbSizeMb: number;
  scenarios: ScenarioResult[];
}

export const LOG_VERIFY_TARGET_RATIO = 1.2;

export async function runLogVerifyBench(entries: number, projectRoot: string): Promise<LogVerifyReport> {
  const dir = mkdtempSync(join(tmpdir(), 'grants-bench-log-'));
  try {
    const path = join(dir, 'log.db');
    const gen = generateLog(path, entries);
    const scenario = `audit verify, ${entries.toLocaleString('en')} entries`;
    const result = (path: ScenarioResult['path'], samples: number[]): ScenarioResult => {
      const t = summarize(samples);
      return {
        scenario,
        path,
        ...t,
        targetMs: LOG_VERIFY_TARGET_MS,
        ratio: round(t.medianMs / LOG_VERIFY_TARGET_MS),
        ratioBasis: 'median',
        rows: entries,
        total: entries,
      };
    };

    const raw = await timeRuns(() => {
      if (rawHashLoop(path) !== entries) throw new Error('raw loop read a different log');
    });
    const parallel = await timeRuns(async () => {
      const db = openReadOnly(path);
      try {
        const r = await verifyChainParallel(path, db);
        if (!r.ok || r.entries !== entries) throw new Error(`verify failed: ${JSON.stringify(r)}`);
      } finally {
        db.close();
      }
    });
    const inProcess = await timeRuns(() => {
      const db = openReadOnly(path);
      try {
        const r = db.transaction(() => verifyChain(db)).deferred();
        if (!r.ok || r.entries !== entries) throw new Error(`verify failed: ${JSON.stringify(r)}`);
      } finally {
        db.close();
      }
    });
    const cli = await timeRuns(() => {
      const r = spawnSync(process.execPath, [join(projectRoot, 'bin', 'grants.mjs'), '--db', path, 'audit', 'verify'], {
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`grants audit verify exited ${r.status}: ${r.stderr}`);
    });
    const median = (xs: number[]) => summarize(xs).medianMs;
    return {
      entries,
      parallelMs: round(median(parallel), 1),
      singleMs: round(median(inProcess), 1),
      rawMs: round(median(raw), 1),
      ratio: round(median(parallel) / median(raw), 2),
      generate: { ms: round(gen.ms, 1), entriesPerSecond: Math.round(entries / (gen.ms / 1000)) },
      dbSizeMb: round(gen.bytes / 1048576, 1),
      scenarios: [
        { ...result('service', parallel), scenario: `${scenario} (every core)` },
        { ...result('service', inProcess), scenario: `${scenario} (one thread)` },
        { ...result('raw', raw), scenario: `${scenario} (createHash loop, anchor)` },
        result('cli', cli),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
