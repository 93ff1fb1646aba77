import { createApp, type AppContext } from '../api/app';
import { ops, type OpInput, type OpName } from '../contract/index';
import { findUserByUsername } from '../db/users-repo';
import type { ServiceContext } from '../services/context';
import { logOperation } from '../services/operation-log/index';
import { openPack } from '../services/packs/field';
import { fieldAddPhoto, fieldRecordEvidence, fieldRecordInspection } from '../services/packs/record';
import { packResults } from '../services/packs/results';
import type { TempFolder } from './db';
import { TestClock } from './services';

/** A field laptop in a test: a new database opened from a pack, and the field records made on it. */
export class FieldLaptop {
  readonly app: AppContext;

  constructor(folder: TempFolder, pack: Buffer, name = 'field.sqlite', clock = new TestClock()) {
    this.app = createApp({ dbPath: folder.file(name), host: 'test', clock: clock.now });
    this.inTransaction(null, (ctx) => openPack(ctx, pack), 'packs.open');
  }

  private inTransaction<T>(username: string | null, run: (ctx: ServiceContext) => T, op: string): T {
    const u = username === null ? null : findUserByUsername(this.app.db, username)!;
    const ctx: ServiceContext = {
      db: this.app.db,
      app: this.app,
      user: u && { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles, sessionId: 0 },
      now: this.app.clock(),
      session: { current: null },
      changes: [],
      locale: 'zh',
    };
    return this.app.db
      .transaction(() => {
        const r = run(ctx);
        logOperation(ctx, op, 'succeeded');
        return r;
      })
      .immediate();
  }

  private call<N extends OpName>(
    username: string,
    op: N,
    input: OpInput<N>,
    fn: (c: ServiceContext, i: never) => unknown,
  ) {
    const parsed = ops[op].input.parse(input);
    return this.inTransaction(username, (ctx) => fn(ctx, parsed as never), op);
  }

  photo(username: string, fileName: string, content: Buffer): string {
    return (
      this.call(
        username,
        'packs.fieldAddPhoto',
        { fileName, mimeType: 'image/jpeg', contentBase64: content.toString('base64') },
        fieldAddPhoto,
      ) as {
        sha256: string;
      }
    ).sha256;
  }

  inspection(username: string, input: OpInput<'packs.fieldRecordInspection'>): void {
    this.call(username, 'packs.fieldRecordInspection', input, fieldRecordInspection);
  }

  evidence(username: string, input: OpInput<'packs.fieldRecordEvidence'>): void {
    this.call(username, 'packs.fieldRecordEvidence', input, fieldRecordEvidence);
  }

  results(): Buffer {
    return this.inTransaction(null, (ctx) => packResults(ctx).bytes, 'packs.results');
  }
}
