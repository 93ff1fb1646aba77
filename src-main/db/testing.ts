import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temp folders for tests that need a real database file. Not used by the app; lives here so db, services
 * and api tests share it without a test importing another test.
 */
export class TempFolder {
  readonly path: string;

  constructor(prefix = 'grants-test-') {
    this.path = mkdtempSync(join(tmpdir(), prefix));
  }

  file(name = 'grants.sqlite'): string {
    return join(this.path, name);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}
