import { openDatabase } from '../db/connection';
import { TempFolder } from './db';
import { getUser, insertUser } from '../db/users-repo';
import type { Role } from '../contract/permissions';
import {
  DEFAULT_CONFIG,
  type AppConfig,
  type AppContext,
  type ServiceContext,
  type SessionUser,
} from '../services/context';
import { hashPassword } from '../services/passwords';
import { startSession } from '../services/sessions';

/**
 * A real database in a temp folder, with a clock the test moves by hand. Test support only: services
 * cannot import api/createApp, so this builds the AppContext the same way.
 */
export class TestClock {
  constructor(public ms = Date.UTC(2024, 4, 1, 8, 0, 0)) {}
  now = (): Date => new Date(this.ms);
  advanceMinutes(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export interface TestApp {
  app: AppContext;
  clock: TestClock;
  folder: TempFolder;
  close(): void;
}

export function openTestApp(config: Partial<AppConfig> = {}): TestApp {
  const folder = new TempFolder();
  const dbPath = folder.file();
  const db = openDatabase(dbPath);
  const clock = new TestClock();
  const app: AppContext = {
    db,
    dbPath,
    host: 'test',
    appVersion: '9.9.9-test',
    clock: clock.now,
    config: { ...DEFAULT_CONFIG, ...config },
    dbSizeBytes: () => 4096,
  };
  return {
    app,
    clock,
    folder,
    close() {
      if (db.open) db.close();
      folder.remove();
    },
  };
}

export function contextFor(
  app: AppContext,
  user: SessionUser | null = null,
  token: string | null = null,
): ServiceContext {
  return { db: app.db, app, user, now: app.clock(), session: { current: token }, changes: [] };
}

// One hash shared by the test users: scrypt is deliberately slow, and these tests are not about hashing.
let sharedHash: string | undefined;
export const TEST_PASSWORD = 'secret123';

/** Inserts a user with TEST_PASSWORD and a session; returns the SessionUser a call would see, and its token. */
export function addUser(app: AppContext, username: string, roles: Role[]): SessionUser & { token: string } {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const ctx = contextFor(app);
  const id = insertUser(app.db, {
    username,
    displayName: username,
    passwordHash: sharedHash,
    roles,
    now: ctx.now.toISOString(),
  });
  const sessionId = startSession(ctx, id);
  const u = getUser(app.db, id)!;
  return { id, username, displayName: u.displayName, roles: u.roles, sessionId, token: ctx.session.next! };
}
