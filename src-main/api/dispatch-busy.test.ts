import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCreditCode } from '../contract/index';
import { findSession } from '../db/sessions-repo';
import { tokenHash } from '../services/sessions';
import { dispatch } from './dispatch';
import { caller, openFixture, validInputs, type Fixture } from '../testing/dispatch';

/**
 * Another process holding the write lock, as a long `grants import expenditures` does: it takes BEGIN
 * IMMEDIATE, writes a row, says "locked" and holds the transaction until told to end it.
 */
const HOLDER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
db.prepare("UPDATE users SET display_name = display_name WHERE id = 1").run();
console.log('locked');
process.stdin.on('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
`;

let f: Fixture;
let holder: ChildProcessWithoutNullStreams | null = null;

beforeEach(() => {
  f = openFixture();
  // The app waits this long for the lock before giving up; shorter than the default keeps the test quick.
  f.app.db.pragma('busy_timeout = 300');
});
afterEach(async () => {
  if (holder && holder.exitCode === null) {
    holder.stdin.write('end\n');
    await once(holder, 'exit');
  }
  holder = null;
  f.close();
});

async function holdWriteLock(): Promise<void> {
  holder = spawn(process.execPath, ['-e', HOLDER, f.app.dbPath], { cwd: process.cwd() });
  const lines = createInterface({ input: holder.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  expect(line).toBe('locked');
}

function newOrganization(n: number) {
  return {
    ...validInputs(f)['organizations.create'],
    name: `忙时新建机构${n}`,
    creditCode: makeCreditCode('51', '500101', `MJ100${String(n).padStart(4, '0')}`),
  };
}

describe('dispatch while another process holds the write lock', () => {
  it('answers reads from a snapshot at once and refuses writes as Conflict, not Internal', async () => {
    await holdWriteLock();
    const list = validInputs(f)['organizations.list'];
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const env = await dispatch(f.app, 'organizations.list', list, caller(f.tokens.project));
      times.push(performance.now() - started);
      expect(env.ok).toBe(true);
    }
    // Before, every read opened a write transaction to slide the session and waited out the busy timeout.
    expect(Math.max(...times)).toBeLessThan(150);

    const zh = await dispatch(f.app, 'organizations.create', newOrganization(1), caller(f.tokens.project));
    expect(zh).toMatchObject({
      ok: false,
      error: { kind: 'Conflict', message: '数据库正忙：另一项导入正在进行，请稍后重试', details: { rule: 'db.busy' } },
    });
    const en = await dispatch(f.app, 'organizations.create', newOrganization(1), caller(f.tokens.project, 'en'));
    expect(en).toMatchObject({
      ok: false,
      error: { kind: 'Conflict', message: 'the database is busy: another import is running, please try again shortly' },
    });
  });

  it('keeps a reading user signed in and writes the time once the lock is free', async () => {
    const session = () => findSession(f.app.db, tokenHash(f.tokens.project))!;
    const before = session().lastSeenAt;
    await holdWriteLock();
    // Twenty minutes of reading while the import runs, then twenty more: past the 30-minute idle limit
    // counted from the sign-in, but not from the last read.
    f.clock.advanceMinutes(20);
    const read = () =>
      dispatch(f.app, 'organizations.list', validInputs(f)['organizations.list'], caller(f.tokens.project));
    expect((await read()).ok).toBe(true);
    expect(session().lastSeenAt).toBe(before);
    f.clock.advanceMinutes(20);
    expect((await read()).ok).toBe(true);

    holder!.stdin.write('end\n');
    await once(holder!, 'exit');
    expect((await read()).ok).toBe(true);
    expect(session().lastSeenAt).toBe(f.clock.now().toISOString());
    const created = await dispatch(f.app, 'organizations.create', newOrganization(2), caller(f.tokens.project));
    expect(created.ok).toBe(true);
  });
});
