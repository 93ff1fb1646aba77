import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture is only as true as the lint rules that hold it. Each case lints a made-up file at a real
 * path and expects the import to be refused (or allowed), so loosening eslint.config.js breaks this test.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    ['src-renderer/src/features/x/Bad.tsx', "import { openDatabase } from '../../../../src-main/db/connection';"],
    ['src-renderer/src/features/x/Bad.tsx', "import { readFileSync } from 'node:fs';"],
    ['src-renderer/src/features/x/Bad.tsx', "import { ipcRenderer } from 'electron';"],
    ['src-renderer/src/features/x/Bad.tsx', "import { x } from '@contract/../db/connection';"],
    ['src-main/core/bad.ts', "import { readFileSync } from 'node:fs';"],
    ['src-main/core/bad.ts', "import { ops } from '../contract/index';"],
    ['src-main/contract/bad.ts', "import { openDatabase } from '../db/connection';"],
    ['src-main/db/bad.ts', "import { signIn } from '../services/auth';"],
    ['src-main/services/bad.ts', "import { dispatch } from '../api/dispatch';"],
    ['src-main/services/bad.ts', "import Database from 'better-sqlite3';"],
    ['src-main/api/bad.ts', "import { startHttpHost } from '../hosts/http/server';"],
    ['src-main/hosts/http/bad.ts', "import { app } from 'electron';"],
    ['src-main/cli/bad.ts', "import { registerDispatch } from '../hosts/electron/ipc';"],
    ['src-main/reports/bad.ts', "import { readFileSync } from 'node:fs';"],
    ['src-main/reports/bad.ts', "import { openDatabase } from '../db/connection';"],
    ['src-main/reports/bad.ts', "import { loadProjectReport } from '../services/reports/index';"],
    ['src-main/reports/bad.ts', "import pdfmake from 'pdfmake';"],
    ['src-main/core/bad.ts', "import { projectReport } from '../reports/index';"],
    ['src-renderer/src/features/x/Bad.tsx', "import { x } from '@reports/../db/connection';"],
    // Test builders are for tests: shipped code in any layer may not reach them.
    ['src-main/services/ledger/bad.ts', "import { makeProject } from '../../testing/ledger';"],
    ['src-main/api/bad.ts', "import { dispatchAs } from '../testing/dispatch';"],
    ['src-main/db/bad.ts', "import { openTestDb } from '../testing/db';"],
    ['src-main/cli/bad.ts', "import { grants } from '../testing/cli';"],
    ['src-main/hosts/electron/bad.ts', "import { x } from '../../testing/http';"],
  ])('%s may not %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['src-renderer/src/features/x/Good.tsx', "import { ops } from '@contract';"],
    ['src-main/contract/good.ts', "import { formatFen } from '../core/money';"],
    ['src-main/services/good.ts', "import { findUserByUsername } from '../db/users-repo';"],
    ['src-main/hosts/electron/good.ts', "import { app } from 'electron';"],
    ['src-main/reports/good.ts', "import { amountInWords } from '../core/money';"],
    ['src-main/reports/good.ts', "import type { Content } from 'pdfmake/interfaces';"],
    ['src-renderer/src/features/x/Good.tsx', "import { projectReport } from '@reports';"],
    ['src-main/services/ledger/post.test.ts', "import { makeProject } from '../../testing/ledger';"],
    ['src-main/db/good.test.ts', "import { openTestDb } from '../testing/db';"],
    ['src-main/testing/good.ts', "import { dispatch } from '../api/dispatch';"],
  ])('%s may %s', async (file, source) => {
    expect(await restrictedImports(file, `${source}\nexport {};\n`)).toEqual([]);
  });
});
