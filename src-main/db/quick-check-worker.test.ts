import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damageDatabase, TempFolder } from '../testing/db';
import { openDatabase } from './connection';
import { openCopyReadOnly, quickCheckProblems } from './backup-repo';
import { quickCheckFileInWorker } from './quick-check-worker';

let folder: TempFolder;
beforeEach(() => {
  folder = new TempFolder();
});
afterEach(() => folder.remove());

describe('quickCheckFileInWorker', () => {
  it('answers as the check on this thread does: none for a sound file, the same problems for a damaged one', async () => {
    const sound = folder.file('sound.db');
    openDatabase(sound).close();
    expect(await quickCheckFileInWorker(sound)).toEqual([]);

    const damaged = folder.file('damaged.db');
    damageDatabase(damaged);
    const here = openCopyReadOnly(damaged);
    let expected: string[];
    try {
      expected = quickCheckProblems(here);
    } finally {
      here.close();
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(await quickCheckFileInWorker(damaged)).toEqual(expected);
  });

  it('checks the file while this thread holds it open and writes to it (its own read snapshot, no lock taken)', async () => {
    const path = folder.file();
    const db = openDatabase(path);
    try {
      db.exec('CREATE TABLE t (x)');
      db.exec('BEGIN IMMEDIATE');
      db.prepare('INSERT INTO t VALUES (1)').run();
      expect(await quickCheckFileInWorker(path)).toEqual([]);
      db.exec('COMMIT');
    } finally {
      db.close();
    }
  });

  it('names what SQLite says of a file that is not a database at all', async () => {
    const path = folder.file('not.db');
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    const problems = await quickCheckFileInWorker(path);
    expect(problems).toHaveLength(1);
    expect(problems![0]).toMatch(/not a database/);
  });
});
