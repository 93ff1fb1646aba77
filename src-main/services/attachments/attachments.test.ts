import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../contract/index';
import { caught, driveTo, messagesOf, openAppsFixture, rulesOf, type AppsFixture } from '../../testing/applications';
import { uploadAs } from '../../testing/milestones';
import * as svc from './index';
import { sha256Of } from './store';

let f: AppsFixture;
let appId: number;
let dir: string;
beforeEach(() => {
  f = openAppsFixture();
  appId = driveTo(f, 'submitted');
  dir = svc.attachmentsDirOf(f.app);
});
afterEach(() => f.close());

const REPORT = Buffer.from('%PDF-1.4 中期评估报告\n', 'utf8');
const upload = (content: Buffer = REPORT, fileName = '评估报告.pdf', mimeType = 'application/pdf') =>
  svc.upload(f.as(f.users.project), {
    applicationId: appId,
    fileName,
    mimeType,
    contentBase64: content.toString('base64'),
  });
const open = (attachmentId: number) => svc.open(f.as(f.users.auditor), { attachmentId });
const list = () => svc.list(f.as(f.users.auditor), { applicationId: appId }).attachments;
/** Every file under the store, as paths relative to it. */
const storedFiles = (): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

describe('attachments', () => {
  it('round trip: stores the bytes under their SHA-256 in the data folder and gives them back', () => {
    const ctx = f.as(f.users.project);
    const meta = svc.upload(ctx, {
      applicationId: appId,
      fileName: '评估报告.pdf',
      mimeType: 'application/pdf',
      contentBase64: REPORT.toString('base64'),
    });
    expect(meta).toMatchObject({
      applicationId: appId,
      sha256: sha256Of(REPORT),
      size: REPORT.length,
      fileName: '评估报告.pdf',
      mimeType: 'application/pdf',
      uploadedBy: { id: f.users.project.id, displayName: 'project' },
    });
    expect(dir).toBe(join(f.folder.path, 'attachments'));
    expect(storedFiles()).toEqual([join(dir, meta.sha256.slice(0, 2), meta.sha256)]);
    expect(ctx.changes).toMatchObject([
      {
        entityType: 'attachment',
        entityId: String(meta.id),
        before: null,
        after: { stored: 'stored', sha256: meta.sha256 },
      },
    ]);
    const opened = open(meta.id);
    expect([opened.status, opened.meta]).toEqual(['ok', meta]);
    expect(Buffer.from(opened.contentBase64!, 'base64').equals(REPORT)).toBe(true);
    expect(list()).toEqual([{ ...meta, status: 'ok', check: 'size' }]);
  });

  it('stores the same content once, with a metadata row per upload', () => {
    const a = upload();
    const ctx = f.as(f.users.finance);
    const b = svc.upload(ctx, {
      applicationId: appId,
      fileName: '副本.pdf',
      mimeType: '',
      contentBase64: REPORT.toString('base64'),
    });
    expect(b.id).not.toBe(a.id);
    expect([b.sha256, b.fileName, b.mimeType, b.uploadedBy.id]).toEqual([
      a.sha256,
      '副本.pdf',
      'application/octet-stream',
      f.users.finance.id,
    ]);
    expect(ctx.changes[0]!.after).toMatchObject({ stored: 'reused' });
    expect(storedFiles().length).toBe(1);
    expect(list().map((x) => x.id)).toEqual([b.id, a.id]);
    upload(Buffer.from('另一个文件'));
    expect(storedFiles().length).toBe(2);
  });

  it('reports an altered file as altered and never returns its content', () => {
    const meta = upload();
    const path = svc.storedPath(dir, meta.sha256);
    // Same size, different bytes: only the rehash on open can tell.
    const forged = Buffer.from(REPORT);
    forged[0] = 0x21;
    writeFileSync(path, forged);
    expect(open(meta.id)).toEqual({ meta, status: 'altered', contentBase64: null });
    expect(list()[0]).toMatchObject({ status: 'ok', check: 'size' });
    writeFileSync(path, 'shorter');
    expect(list()[0]).toMatchObject({ status: 'altered' });
    expect(open(meta.id).status).toBe('altered');
  });

  it('reports a missing file as missing, and an upload of the original repairs the store', () => {
    const meta = upload();
    rmSync(svc.storedPath(dir, meta.sha256));
    expect(open(meta.id)).toEqual({ meta, status: 'missing', contentBase64: null });
    expect(list()[0]!.status).toBe('missing');
    rmSync(dir, { recursive: true });
    expect(open(meta.id).status).toBe('missing');
    upload();
    expect(open(meta.id).status).toBe('ok');
  });

  it('refuses a file over the limit before decoding it, an empty file and text that is not base64', () => {
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x41);
    const e = caught(() => upload(big));
    expect([e.field, ...messagesOf(e)]).toEqual(['contentBase64', '文件大小 20.01 MB，超过上限 20 MB']);
    expect(upload(Buffer.alloc(ATTACHMENT_MAX_BYTES, 0x41)).size).toBe(ATTACHMENT_MAX_BYTES);
    expect(rulesOf(caught(() => upload(Buffer.alloc(0))))).toEqual(['attachment.empty']);
    const notBase64 = (contentBase64: string) =>
      caught(() =>
        svc.upload(f.as(f.users.project), { applicationId: appId, fileName: 'a.txt', mimeType: '', contentBase64 }),
      );
    for (const text of ['@@@@', 'abc', 'YQ==YQ==', 'Y Q=='])
      expect(rulesOf(notBase64(text)), text).toEqual(['attachment.notBase64']);
    expect(list().length).toBe(1);
  });

  it('neutralises path traversal and control characters in file names; the store path comes from the hash', () => {
    const names: [string, string][] = [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\Windows\\system.ini', 'system.ini'],
      ['C:\\Users\\王芳\\报告.pdf', '报告.pdf'],
      ['..', 'attachment'],
      ['/', 'attachment'],
      ['a\u0000b\nc\u202egnp.exe', 'abcgnp.exe'],
      ['what?<>|*.txt', 'what_____.txt'],
      ['报告.pdf. . ', '报告.pdf'],
    ];
    for (const [raw, safe] of names) expect(upload(Buffer.from(raw), raw).fileName, raw).toBe(safe);
    expect(upload(Buffer.from('x'), 'a'.repeat(300)).fileName.length).toBe(255);
    for (const file of storedFiles()) expect(file.startsWith(dir)).toBe(true);
    expect(existsSync(join(f.folder.path, 'passwd'))).toBe(false);
    expect(readdirSync(f.folder.path).filter((n) => !n.startsWith('grants.sqlite'))).toEqual(['attachments']);
  });

  it('refuses an upload into a broken store with a message naming the path and what is wrong', () => {
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'not a folder');
    const e = caught(() => upload());
    expect(e.kind).toBe('Conflict');
    expect(e.rule).toBe('attachment.store.notFolder');
    expect(messagesOf(e)).toEqual([
      `附件库有误：${dir} 应为文件夹，却是一个文件；请系统管理员把它移走（附件库会自动重建）后重试`,
    ]);
    expect(list()).toEqual([]);
  });

  it('keeps a media type only when it is one', () => {
    expect(upload(REPORT, 'a.pdf', 'Application/PDF; charset=binary').mimeType).toBe('application/pdf');
    expect(upload(REPORT, 'a.pdf', 'text/html\r\nX-Evil: 1').mimeType).toBe('application/octet-stream');
  });

  it('answers NotFound for an unknown attachment or application', () => {
    const e = caught(() => open(999));
    expect([e.kind, e.rule, e.field]).toEqual(['NotFound', 'attachment.notFound', 'attachmentId']);
    expect(caught(() => uploadAs(f, f.users.project, 999)).rule).toBe('application.notFound');
  });
});
