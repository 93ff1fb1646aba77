import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { DatabaseOpenError } from '../db/errors';
import { TempFolder } from '../testing/db';
import { seedDemo } from '../services/demo/index';
import { closeApp, createApp, systemContext } from './app';
import { dispatch } from './dispatch';
import { caller } from '../testing/dispatch';

let folder: TempFolder;
beforeEach(() => {
  folder = new TempFolder();
});
afterEach(() => folder.remove());

describe('createApp', () => {
  it('opens the database with defaults and closes it', () => {
    const app = createApp({ dbPath: folder.file('sub/grants.sqlite'), host: 'cli' });
    expect(app).toMatchObject({
      host: 'cli',
      appVersion: '0.0.0',
      config: { sessionIdleMinutes: 30, lockoutAttempts: 5, lockoutMinutes: 15 },
    });
    expect(app.dbPath).toBe(folder.file('sub/grants.sqlite'));
    expect(app.clock()).toBeInstanceOf(Date);
    expect(app.dbSizeBytes()).toBeGreaterThan(0);
    closeApp(app);
    expect(app.db.open).toBe(false);
    closeApp(app);
  });

  it('takes config overrides', () => {
    const app = createApp({ dbPath: folder.file(), host: 'test', config: { sessionIdleMinutes: 5 } });
    expect(app.config).toEqual({ sessionIdleMinutes: 5, lockoutAttempts: 5, lockoutMinutes: 15 });
    closeApp(app);
  });

  it('refuses a newer database with DatabaseOpenError', () => {
    closeApp(createApp({ dbPath: folder.file(), host: 'cli' }));
    const db = openDatabase(folder.file());
    db.pragma('user_version = 99');
    db.close();
    expect(() => createApp({ dbPath: folder.file(), host: 'cli' })).toThrow(DatabaseOpenError);
  });

  it('lets the CLI seed demo data, after which the demo accounts can sign in and read system info', async () => {
    const app = createApp({ dbPath: folder.file(), host: 'cli', appVersion: '0.1.0' });
    expect(seedDemo(systemContext(app), { includeAdmin: true })).toEqual({
      users: 6,
      experts: 4,
      fundPrograms: 5,
      organizations: 300,
      applications: 400,
    });
    const call = caller(null);
    expect((await dispatch(app, 'auth.signIn', { username: 'auditor', password: 'demo1234' }, call)).ok).toBe(true);
    const info = await dispatch(app, 'system.info', {}, caller(call.issued[0]!));
    expect(info).toMatchObject({
      ok: true,
      value: { appVersion: '0.1.0', host: 'cli', schemaVersion: LATEST_SCHEMA_VERSION, journalMode: 'wal' },
    });
    expect(info.ok && info.value).toHaveProperty('dbSizeBytes', app.dbSizeBytes());
    closeApp(app);
  });
});
