import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope, FileOutput, LogEntry, Role } from '../contract/index';
import { appendLogEntries, LOG_EXPORT_HEADERS, LOG_EXPORT_MAX_ROWS } from '../services/operation-log/index';
import { rememberVerifiedHead } from '../services/operation-log/head';
import type { LogCheck } from '../services/operation-log/check';
import { tamperQuietly } from '../testing/operation-log';
import { dispatch } from './dispatch';
import { caller, openFixture, type Fixture } from '../testing/dispatch';

/** log.search, log.export and log.verify through dispatch, as the operation-log screen calls them. */
let f: Fixture;
beforeEach(() => {
  f = openFixture();
  const add = (
    at: string,
    actor: [number | null, string, Role[]],
    op: string,
    e: [string | null, string | null],
    before: unknown,
    after: unknown,
  ) =>
    f.app.db.transaction(() =>
      appendLogEntries(f.app.db, at, { userId: actor[0], username: actor[1], roles: actor[2] }, [
        { op, entityType: e[0], entityId: e[1], before, after },
      ]),
    )();
  const admin: [number, string, Role[]] = [f.userIds.admin, 'admin', ['admin']];
  const project: [number, string, Role[]] = [f.userIds.project, 'project', ['project']];
  add('2024-04-30T23:30:00.000Z', admin, 'users.create', ['user', '9'], null, { username: 'zhang' });
  add(
    '2024-05-01T00:10:00.000Z',
    project,
    'organizations.update',
    ['organization', '1'],
    { name: 'A' },
    { name: '重庆市心语中心' },
  );
  add(
    '2024-05-01T16:00:00.000Z',
    [f.userIds.finance, 'finance', ['finance', 'auditor']],
    'auth.signIn',
    ['user', '3'],
    null,
    null,
  );
  add('2024-05-02T10:00:00.000Z', project, 'organizations.create', ['organization', '2'], null, { note: '100%_done' });
  add('2024-05-03T00:00:00.000Z', [null, '=cmd|calc', []], 'auth.signInFailed', [null, null], null, {
    reason: 'unknownUser',
  });
});
afterEach(() => f.close());

/** The value of a successful call, typed as the caller expects it (dispatch itself answers unknown). */
function ok<T = { id: number }>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`${env.error.kind}: ${env.error.message}`);
  return env.value as T;
}

const search = async (input: Record<string, unknown>) =>
  ok(await dispatch(f.app, 'log.search', input, caller(f.tokens.auditor))) as { rows: LogEntry[]; total: number };
const ids = async (input: Record<string, unknown>) => (await search(input)).rows.map((r) => r.id);

describe('log.search', () => {
  it('lists newest first with every field of an entry', async () => {
    const r = await search({});
    expect(r.total).toBe(5);
    expect(r.rows.map((e) => e.id)).toEqual([5, 4, 3, 2, 1]);
    expect(r.rows[2]).toMatchObject({
      id: 3,
      at: '2024-05-01T16:00:00.000Z',
      userId: f.userIds.finance,
      username: 'finance',
      roles: ['finance', 'auditor'],
      op: 'auth.signIn',
      entityType: 'user',
      entityId: '3',
      before: null,
      after: null,
    });
    expect(r.rows[3]).toMatchObject({ before: '{"name":"A"}', after: '{"name":"重庆市心语中心"}' });
    expect(r.rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, Record<string, unknown>, number[]]>([
    ['operator, without regard to case', { filters: { username: 'PROJECT' } }, [4, 2]],
    ['one UTC day, both ends inclusive', { filters: { from: '2024-05-01', to: '2024-05-01' } }, [3, 2]],
    ['from a day on', { filters: { from: '2024-05-02' } }, [5, 4]],
    ['up to a day', { filters: { to: '2024-04-30' } }, [1]],
    ['a time range the wrong way round', { filters: { from: '2024-05-03', to: '2024-05-01' } }, []],
    ['the last day there is', { filters: { from: '2024-05-03', to: '9999-12-31' } }, [5]],
    ['an op', { filters: { op: 'auth.signIn' } }, [3]],
    ['every op of an area', { filters: { op: 'organizations.' } }, [4, 2]],
    ['an object', { filters: { entityType: 'organization', entityId: '2' } }, [4]],
    ['content: a value in the after JSON', { search: '心语' }, [2]],
    ['content: wildcards taken literally', { search: '100%_' }, [4]],
    ['content: the op', { search: 'signInFailed' }, [5]],
    ['content: the object type', { search: 'organization' }, [4, 2]],
    ['filters and content together', { search: 'zhang', filters: { username: 'admin', to: '2024-05-01' } }, [1]],
  ])('filters by %s', async (_name, input, expected) => {
    expect(await ids(input)).toEqual(expected);
    expect((await search(input)).total).toBe(expected.length);
  });

  it('sorts and pages like the other lists', async () => {
    expect(await ids({ sort: [{ id: 'username', desc: false }] })).toEqual([5, 1, 3, 2, 4]);
    expect(await ids({ sort: [{ id: 'at', desc: false }], page: 2, pageSize: 2 })).toEqual([3, 4]);
    expect(await ids({ sort: [{ id: 'op', desc: true }], pageSize: 1 })).toEqual([1]);
  });

  it('is for administrators and auditors only', async () => {
    for (const role of ['finance', 'project', 'evaluator'] as const) {
      const env = await dispatch(f.app, 'log.search', {}, caller(f.tokens[role]));
      expect(env).toMatchObject({ ok: false, error: { kind: 'Forbidden' } });
    }
    expect((await dispatch(f.app, 'log.search', {}, caller(f.tokens.admin))).ok).toBe(true);
  });
});

async function readXlsx(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}

const exportLog = (input: Record<string, unknown>, locale: 'zh' | 'en' = 'zh') =>
  dispatch(f.app, 'log.export', input, caller(f.tokens.auditor, locale));

describe('log.export', () => {
  it('writes the filtered entries, oldest first, to .xlsx with Chinese headers and the chain head', async () => {
    const head = f.app.db.prepare('SELECT hash FROM operation_log WHERE id = 5').pluck().get();
    const file = ok<FileOutput>(await exportLog({ format: 'xlsx', filters: { op: 'organizations.' } }));
    expect(file).toMatchObject({
      fileName: '操作日志_20240501-080000.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      rowCount: 2,
    });
    const wb = await readXlsx(file.base64);
    const ws = wb.getWorksheet('操作日志')!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toEqual([...LOG_EXPORT_HEADERS]);
    expect(LOG_EXPORT_HEADERS).toEqual([
      '序号',
      '时间（北京时间）',
      '时间（UTC，原始）',
      '操作人',
      '角色',
      '操作',
      '对象类型',
      '对象',
      '变更前',
      '变更后',
      '变更前（原始JSON）',
      '变更后（原始JSON）',
      '哈希',
    ]);
    const stored = f.app.db.prepare('SELECT hash FROM operation_log WHERE id = 2').pluck().get();
    const org1 = f.app.db.prepare('SELECT name FROM organizations WHERE id = 1').pluck().get();
    // Labels and Beijing time as on screen; the stored instant, JSON and hash exactly as chained.
    expect(row(2)).toEqual([
      2,
      '2024-05-01 08:10:00',
      '2024-05-01T00:10:00.000Z',
      'project',
      '项目管理',
      '修改机构',
      '机构',
      org1,
      '名称：A',
      '名称：重庆市心语中心',
      '{"name":"A"}',
      '{"name":"重庆市心语中心"}',
      stored,
    ]);
    expect(row(3)[0]).toBe(4);
    expect(ws.rowCount).toBe(3);
    const about = wb.getWorksheet('说明')!;
    const facts = new Map<unknown, unknown>();
    about.eachRow((r) => void facts.set(r.getCell(1).value, r.getCell(2).value));
    expect(facts.get('链头哈希')).toBe(head);
    expect(facts.get('链头序号')).toBe(5);
    expect(facts.get('导出条数')).toBe(2);
    expect(facts.get('导出时间（北京时间）')).toBe('2024-05-01 16:00:00');
    expect(facts.get('导出时间（UTC）')).toBe('2024-05-01T08:00:00.000Z');
  });

  it('logs itself with its filters and row count', async () => {
    ok(await exportLog({ format: 'csv', search: '心语', filters: { from: '2024-05-01' } }));
    const entry = (await search({ filters: { op: 'log.export' } })).rows[0]!;
    expect(entry).toMatchObject({ username: 'auditor', op: 'log.export', entityType: 'export', before: null });
    expect(JSON.parse(entry.after!)).toEqual({
      format: 'csv',
      search: '心语',
      filters: { from: '2024-05-01' },
      rowCount: 1,
      fileName: '操作日志_20240501-080000.csv',
    });
  });

  it('writes .csv with a byte-order mark and neutralises formula-looking text', async () => {
    const file = ok<FileOutput>(await exportLog({ format: 'csv' }));
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(LOG_EXPORT_HEADERS.join(','));
    expect(lines).toHaveLength(7);
    expect(lines[5]!.split(',').slice(0, 6)).toEqual([
      '5',
      '2024-05-03 08:00:00',
      '2024-05-03T00:00:00.000Z',
      "'=cmd|calc",
      '',
      '登录失败',
    ]);
    expect(lines[2]).toContain('"{""name"":""A""}"');
    const en = Buffer.from(ok<FileOutput>(await exportLog({ format: 'csv' }, 'en')).base64, 'base64');
    expect(en.toString('utf8').slice(1).split('\r\n')[2]).toContain('Update organization,Organization');
  });

  it(`refuses more than ${LOG_EXPORT_MAX_ROWS} entries and logs nothing`, async () => {
    const events = Array.from({ length: LOG_EXPORT_MAX_ROWS }, (_, i) => ({
      op: 'x',
      entityType: null,
      entityId: String(i),
      before: null,
      after: null,
    }));
    f.app.db.transaction(() =>
      appendLogEntries(f.app.db, '2024-05-04T00:00:00.000Z', { userId: null, username: 'bulk', roles: [] }, events),
    )();
    const env = await exportLog({ format: 'xlsx' });
    expect(env).toMatchObject({ ok: false, error: { kind: 'RuleViolation', details: { rule: 'log.exportTooLarge' } } });
    if (!env.ok)
      expect(env.error.message).toBe(
        '符合条件的日志有 200,005 条，超过单次导出上限 200,000 条，请缩小时间范围或增加筛选条件',
      );
    expect(f.app.db.prepare('SELECT count(*) FROM operation_log').pluck().get()).toBe(LOG_EXPORT_MAX_ROWS + 5);
    const narrower = ok<FileOutput>(await exportLog({ format: 'csv', filters: { username: 'project' } }, 'en'));
    expect(narrower.rowCount).toBe(2);
  }, 60_000);
});

describe('log.verify', () => {
  const verify = async (locale: 'zh' | 'en' = 'zh') =>
    ok<LogCheck>(await dispatch(f.app, 'log.verify', {}, caller(f.tokens.auditor, locale)));

  it('reports an intact chain, then the first bad entry in the caller’s language', async () => {
    const head = f.app.db.prepare('SELECT hash FROM operation_log WHERE id = 5').pluck().get();
    expect(ok(await dispatch(f.app, 'log.verify', {}, caller(f.tokens.admin)))).toEqual({
      ok: true,
      entries: 5,
      headHash: head,
      firstBad: null,
      problems: [],
    });
    tamperQuietly(f.app.dbPath, (db) => db.exec('UPDATE operation_log SET after_json = \'{"name":"B"}\' WHERE id = 2'));
    expect(await verify('en')).toEqual({
      ok: false,
      entries: 5,
      headHash: head,
      firstBad: { id: 2, reason: 'edited', message: 'entry 2 was modified' },
      problems: ['entry 2 was modified'],
    });
    expect(await verify()).toMatchObject({ firstBad: { message: '第 2 条日志被修改' } });
  });

  it('names a dropped or added trigger on the log table as tampering, as grants audit verify does', async () => {
    f.app.db.exec('DROP TRIGGER operation_log_no_delete');
    f.app.db.exec('CREATE TRIGGER sneaky AFTER INSERT ON operation_log BEGIN SELECT 1; END');
    const r = await verify('en');
    expect(r).toMatchObject({ ok: false, entries: 5, firstBad: null });
    expect(r.problems).toEqual([
      'the trigger operation_log_no_delete protecting the log was dropped: tampering',
      'the log table has a trigger sneaky that no upgrade created: tampering',
    ]);
    expect((await verify()).problems[0]).toBe('保护日志的触发器 operation_log_no_delete 已被删除，视为篡改');
  });

  it('warns when the log is shorter than, or rewritten since, the head a previous check kept', async () => {
    const hash = f.app.db.prepare('SELECT hash FROM operation_log WHERE id = 5').pluck().get() as string;
    f.app.db.transaction(() => rememberVerifiedHead(f.app.db, { entries: 5, hash }, '2024-05-03T02:00:00.000Z'))();
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
    // The newest two entries cut off, the triggers put back: the chain that is left is intact.
    tamperQuietly(f.app.dbPath, (db) => db.exec('DELETE FROM operation_log WHERE id > 3'));
    const r = await verify('en');
    expect(r).toMatchObject({ ok: false, entries: 3, firstBad: null });
    expect(r.problems).toEqual([
      'the log is shorter than when it was verified at 2024-05-03 10:00:00: it had 5 entries then and has 3 now; the newest entries were removed',
    ]);
    // Made up to as many entries again, with other content: the kept hash is no longer at entry 5.
    const actor = { userId: f.userIds.admin, username: 'admin', roles: ['admin' as Role] };
    const event = { op: 'users.update', entityType: 'user', entityId: '2', before: null, after: { n: 1 } };
    f.app.db.transaction(() => appendLogEntries(f.app.db, '2024-05-04T00:00:00.000Z', actor, [event, event]))();
    const again = await verify();
    expect(again).toMatchObject({ ok: false, entries: 5, firstBad: null });
    expect(again.problems).toEqual([`第 5 条日志的哈希与 2024-05-03 10:00:00 校验时记下的 ${hash} 不同：日志被改写`]);
  });
});
