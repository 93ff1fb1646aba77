import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, createApp } from '../api/app';
import { getAgreementByApplication } from '../db/agreements-repo';
import { findUserByUsername } from '../db/users-repo';
import { update } from '../services/inspections/record';
import { grants, tempDir } from '../testing/cli';
import { TempFolder } from '../testing/db';
import { openFixture } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { addUser, contextFor } from '../testing/services';

/** `grants pack` as a process: export at the office, open and record in the field, results, import. */
let tmp: ReturnType<typeof tempDir>;
let office: string;
let project: string;
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(() => {
  tmp = tempDir();
  const folder = new TempFolder();
  const f = openFixture(folder);
  addUser(f.app, 'evaluator2', ['evaluator']);
  project = getAgreementByApplication(f.app.db, FIXTURE_APPS.approved)!.agreementNumber;
  closeApp(f.app);
  office = join(tmp.dir, 'office.sqlite');
  writeFileSync(office, readFileSync(folder.file()));
  folder.remove();
}, 60_000);
afterAll(() => tmp.cleanup());

const at = (name: string) => join(tmp.dir, name);
const inOffice = (...args: string[]) => grants(['--db', office, 'pack', ...args]);

function record(name: string, inspection: number, place: string): string {
  writeFileSync(at('room.jpg'), 'jpeg bytes');
  writeFileSync(
    at(name),
    JSON.stringify({
      inspection,
      kind: 'field',
      date: today,
      place,
      notes: '',
      answers: [{ itemId: 1, value: 'no' }],
      findings: [
        {
          severity: 'severe',
          description: '活动记录无法核实',
          requirement: '补交活动记录',
          responsiblePerson: '王芳',
          deadline: '2099-01-31',
        },
      ],
      photos: ['room.jpg'],
    }),
  );
  return at(name);
}

describe('grants pack', () => {
  it('exports, opens a field database, records, writes results and imports them once', () => {
    const exported = inOffice(
      'export',
      '--projects',
      project,
      '--inspectors',
      'evaluator,evaluator2',
      '--out',
      at('a.pack'),
      '--as',
      'evaluator',
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/已导出检查包 JCB-\d{4}-0001：1 个项目/);
    const field = at('field.sqlite');
    const opened = grants(['--db', field, 'pack', 'open', at('a.pack')]);
    expect(opened.code).toBe(0);
    const inspection = Number(/检查 ID (\d+)/.exec(opened.stdout)![1]);
    expect(grants(['--db', field, 'pack', 'open', at('a.pack')]).stderr).toContain('现场数据库必须是新文件');
    const rec = grants([
      '--db',
      field,
      'pack',
      'record',
      record('r.json', inspection, '社区活动室'),
      '--as',
      'evaluator2',
    ]);
    expect(rec.code).toBe(0);
    expect(grants(['--db', field, 'pack', 'results', '--out', at('a.results')]).code).toBe(0);

    const bytes = readFileSync(at('a.results'));
    bytes[bytes.length - 10] = bytes[bytes.length - 10] === 0x30 ? 0x31 : 0x30;
    writeFileSync(at('bad.results'), bytes);
    const bad = inOffice('import', at('bad.results'), '--as', 'evaluator');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/检查包 JCB-\d{4}-0001 的签名不符/);

    const dry = inOffice('import', at('a.results'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('采用现场版本');
    const done = inOffice('import', at('a.results'), '--as', 'evaluator');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/已导入检查包 JCB-\d{4}-0001 的检查结果/);
    const again = inOffice('import', at('a.results'), '--as', 'evaluator');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('这份检查结果已导入过，本次没有任何改动');
  }, 120_000);

  it('stops at a conflict with exit 1 showing both versions, and --resolve finishes it', () => {
    const exported = inOffice(
      'export',
      '--projects',
      project,
      '--inspectors',
      'evaluator,evaluator2',
      '--out',
      at('b.pack'),
      '--as',
      'evaluator',
    );
    expect(exported.code).toBe(0);
    const field = at('field-b.sqlite');
    const inspection = Number(/检查 ID (\d+)/.exec(grants(['--db', field, 'pack', 'open', at('b.pack')]).stdout)![1]);
    grants(['--db', field, 'pack', 'record', record('b.json', inspection, '现场的地点'), '--as', 'evaluator2']);
    expect(grants(['--db', field, 'pack', 'results', '--out', at('b.results')]).code).toBe(0);
    // Meanwhile the office edits the same draft.
    const app = createApp({ dbPath: office, host: 'test' });
    const u = findUserByUsername(app.db, 'evaluator')!;
    const ctx = contextFor(app, {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      roles: u.roles,
      sessionId: 0,
    });
    const inspectors = [
      { userId: u.id, name: '', unit: '' },
      { userId: findUserByUsername(app.db, 'evaluator2')!.id, name: '', unit: '' },
    ];
    app.db.transaction(() =>
      update(ctx, {
        inspectionId: inspection,
        kind: 'field',
        date: today,
        place: '办公室的地点',
        inspectors,
        notes: '',
      }),
    )();
    closeApp(app);

    const stopped = inOffice('import', at('b.results'), '--as', 'evaluator');
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain(`冲突 inspection-${inspection}`);
    expect(stopped.stdout).toContain('检查地点：办公室版本“办公室的地点”；现场版本“现场的地点”');
    expect(stopped.stderr).toContain('导入已停止，未做任何更改');
    expect(inOffice('import', at('b.results'), '--resolve', 'x=y').code).toBe(2);
    const resolved = inOffice(
      'import',
      at('b.results'),
      '--as',
      'evaluator',
      '--resolve',
      `inspection-${inspection}=field`,
    );
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toContain('采用现场版本');
  }, 120_000);
});
