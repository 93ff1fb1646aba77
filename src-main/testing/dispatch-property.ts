import { copyFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hasPermission, ops, ROLES, type OpName, type Role } from '../contract/index';
import { databaseDigest, type DigestOptions } from '../db/system-repo';
import { TempFolder } from './db';
import { TestClock } from './services';
import { closeApp, createApp, type AppContext } from '../api/app';
import { dispatch } from '../api/dispatch';
import { caller, openFixture, ORG_CODE, validInputs } from './dispatch';

/**
 * At the dispatch boundary, whatever arrives (random values, or valid inputs with wrong types, missing or
 * extra fields, huge strings, negative/fractional/NaN numbers) under any role or none, the answer is a
 * deliberate one (success or a non-Internal error), and a failed call leaves the database as it was.
 */
const NOT_INTERNAL = ['Validation', 'Unauthenticated', 'Forbidden', 'NotFound', 'Conflict', 'RuleViolation'];

let folder: TempFolder;
let template: string;
let tokens: Record<Role, string>;
let userIds: Record<Role, number>;
let inputs: ReturnType<typeof validInputs>;

const WEIRD: unknown[] = [
  null,
  undefined,
  '',
  'x'.repeat(100_000),
  '中'.repeat(5_000),
  -1,
  -0,
  0.5,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  -(2 ** 63),
  1e308,
  true,
  [],
  [1, 2],
  {},
  { nested: { deep: [null] } },
  '123',
  "'; DROP TABLE users; --",
  '%_\\',
  '\u0000',
  '\ud800',
  '😀',
  '2015-02-30',
  10n,
  new Date(0),
];

type Mutation = {
  path: number;
  kind: 'delete' | 'set' | 'extra' | 'similar';
  value: unknown;
  text: string;
  int: number;
};

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function mutate(input: unknown, mutations: Mutation[]): unknown {
  let out: unknown = structuredClone(input);
  for (const m of mutations) {
    const all = paths(out);
    const path = all[m.path % all.length]!;
    if (path.length === 0) {
      out = m.kind === 'set' ? m.value : out;
      continue;
    }
    let parent = out as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'similar') {
      // Same type, different value: keeps the shape valid often enough to reach the services' own rules.
      const old = parent[key];
      parent[key] =
        typeof old === 'string' ? m.text : typeof old === 'number' ? m.int : typeof old === 'boolean' ? !old : m.value;
    } else if (parent[key] !== null && typeof parent[key] === 'object')
      (parent[key] as Record<string, unknown>).extra = m.value;
    else parent.extra = m.value;
  }
  return out;
}

const mutationArb = fc.record({
  path: fc.nat(),
  kind: fc.constantFrom('delete' as const, 'set' as const, 'extra' as const, 'similar' as const, 'similar' as const),
  value: fc.oneof(
    fc.constantFrom(...WEIRD),
    fc.anything(),
    fc.double(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
  ),
  text: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('admin', 'CQ-ZY-2015', 'wrong-password1', '500000', '3A'),
  ),
  int: fc.integer({ min: -3, max: 3000 }),
});

const anyValue = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withObjectString: true,
});

/** Well-formed inputs that the services must refuse: duplicates, missing ids, rules. */
function refusable(op: OpName): unknown[] {
  const v = inputs as Record<OpName, Record<string, unknown>>;
  switch (op) {
    case 'organizations.create':
      return [{ ...v[op], creditCode: ORG_CODE, kind: 'social_service' }];
    case 'fundPrograms.create':
      return [{ ...v[op], code: 'cq-zy-2015' }];
    case 'users.create':
      return [{ ...v[op], username: 'ADMIN' }];
    case 'users.update':
      return [{ id: userIds.admin, disabled: true }, { id: userIds.admin, roles: ['auditor'] }, { id: 999 }];
    case 'auth.signIn':
      return [
        { username: 'finance', password: 'wrong-password1' },
        { username: 'nobody', password: 'x' },
      ];
    case 'auth.changePassword':
      return [{ currentPassword: 'wrong-password1', newPassword: 'abcd1234' }];
    default:
      return 'id' in v[op] ? [{ ...v[op], id: 424242 }] : [];
  }
}

function inputArb(op: OpName): fc.Arbitrary<unknown> {
  const seeds = [inputs[op], ...refusable(op)];
  return fc.oneof(
    { weight: 1, arbitrary: anyValue },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...seeds), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
        .map(([seed, ms]) => mutate(seed, ms)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...seeds) },
  );
}

/** Mostly callers allowed to run the op (so the services are reached), and the rest of the roles and nobody. */
function roleArb(op: OpName): fc.Arbitrary<Role | null> {
  const access = ops[op].access;
  const allowed = ROLES.filter((r) => access === 'public' || access === 'authenticated' || hasPermission([r], access));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...allowed) },
    { weight: 1, arbitrary: fc.constantFrom<Role | null>(...ROLES, null) },
  );
}

// Every authenticated call slides last_seen_at, and a wrong password must count towards the lockout and be
// logged (failedSignInsOnly checks those log entries instead).
function digestOptions(op: OpName): DigestOptions {
  return {
    excludeColumns: {
      sessions: ['last_seen_at'],
      ...(op === 'auth.signIn' ? { users: ['failed_attempts', 'locked_until'] } : {}),
    },
    ...(op === 'auth.signIn' ? { excludeTables: ['schema_migrations', 'operation_log'] } : {}),
  };
}

/** The only entries a failed call may leave in the operation log: a failed sign-in and a lockout. */
function failedSignInsOnly(app: AppContext, afterId: number): void {
  const ops = app.db.prepare('SELECT op FROM operation_log WHERE id > ?').pluck().all(afterId) as string[];
  expect(ops.length).toBeGreaterThan(0);
  for (const op of ops) expect(['auth.signInFailed', 'auth.lockout']).toContain(op);
}

const lastLogId = (app: AppContext) =>
  app.db.prepare('SELECT ifnull(max(id), 0) FROM operation_log').pluck().get() as number;

const RUNS: Partial<Record<OpName, number>> = { 'auth.signIn': 40, 'auth.changePassword': 60, 'users.create': 80 };

/**
 * The property over the given ops (the suite is split over two files so that both test workers share its
 * minutes); each file builds its own template database.
 */
export function describeDispatchProperty(names: readonly OpName[]): void {
  beforeAll(() => {
    folder = new TempFolder();
    const f = openFixture(folder, 'template.sqlite');
    tokens = f.tokens;
    userIds = f.userIds;
    inputs = validInputs(f);
    template = folder.file('template.sqlite');
    closeApp(f.app);
  });
  afterAll(() => folder.remove());

  describe.each(names)('dispatch(%s) with random and malformed input', (op) => {
    it('never answers Internal and changes nothing when it fails', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const work = folder.file(`${op}.sqlite`);
      let app: AppContext;
      const reopen = () => {
        copyFileSync(template, work);
        app = createApp({ dbPath: work, host: 'test', clock: new TestClock().now });
      };
      reopen();
      try {
        await fc.assert(
          fc.asyncProperty(
            inputArb(op),
            roleArb(op),
            fc.constantFrom('zh' as const, 'en' as const),
            async (input, role, locale) => {
              const before = databaseDigest(app.db, digestOptions(op));
              const logHead = lastLogId(app);
              const env = await dispatch(app, op, input, caller(role ? tokens[role] : null, locale));
              if (env.ok) {
                // A successful mutation may change anything; start the next run from the template again.
                if (ops[op].mutation) {
                  closeApp(app);
                  reopen();
                }
                return;
              }
              expect(NOT_INTERNAL).toContain(env.error.kind);
              expect(env.error.message.length).toBeGreaterThan(0);
              expect(databaseDigest(app.db, digestOptions(op))).toBe(before);
              if (op === 'auth.signIn') {
                if (env.error.kind === 'Unauthenticated') failedSignInsOnly(app, logHead);
                else expect(lastLogId(app)).toBe(logHead);
              }
            },
          ),
          { numRuns: RUNS[op] ?? 150, seed: 20240501 },
        );
      } finally {
        closeApp(app!);
        vi.restoreAllMocks();
      }
    });
  });
}
