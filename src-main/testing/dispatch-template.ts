import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Envelope, ErrorKind } from '../contract/index';
import { TempFolder } from './db';
import { TestClock } from './services';
import { closeApp, createApp, type AppContext } from '../api/app';
import { openFixture, type Fixture } from './dispatch';

/**
 * The op test files' shared setup: the fixture database is built once per file (users with every role,
 * applications at every stage, signed in) and each test gets its own copy with its own clock. Call at the
 * top of a test file; `fixture` is filled in before the first test runs.
 */
export function templateFixture() {
  let folder: TempFolder;
  let template = '';
  const fixture = {} as Pick<Fixture, 'tokens' | 'userIds'>;
  beforeAll(() => {
    folder = new TempFolder();
    const f = openFixture(folder, 'template.sqlite');
    Object.assign(fixture, { tokens: f.tokens, userIds: f.userIds });
    template = folder.file('template.sqlite');
    closeApp(f.app);
  });
  afterAll(() => folder.remove());
  let n = 0;
  const freshWithClock = (): { app: AppContext; clock: TestClock } => {
    const file = folder.file(`copy-${++n}.sqlite`);
    copyFileSync(template, file);
    const clock = new TestClock();
    return { app: createApp({ dbPath: file, host: 'test', clock: clock.now }), clock };
  };
  return { fixture, freshWithClock, fresh: (): AppContext => freshWithClock().app };
}

/** The error of a call that must fail, with the expected kind. */
export function failed(env: Envelope<unknown>, kind: ErrorKind) {
  if (env.ok) throw new Error(`expected ${kind}, got success`);
  expect(env.error.kind).toBe(kind);
  return env.error;
}
