import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApp, type AppContext } from './app';
import { ops } from '../contract/index';
import { TempFolder } from '../testing/db';
import { FieldLaptop } from '../testing/packs';
import { AppError } from '../services/app-error';
import { exportPack } from '../services/packs/export';
import { readPack } from '../services/packs/field';
import { preview } from '../services/packs/import';
import { addUser, contextFor } from '../testing/services';
import { openFixture } from '../testing/dispatch';
import { FIXTURE_APPS } from '../testing/dispatch-applications';
import { findAgreementNumber, getAgreementByApplication } from '../db/agreements-repo';

/**
 * Any altered byte of a pack or a result is refused: every byte is covered by the HMAC or checked exactly
 * (header and signature line), so no flip slips through as an equivalent file. Seeded (vitest.setup.ts); the
 * seed is printed with the counterexample on failure.
 */
let folder: TempFolder;
let office: AppContext;
let pack: Buffer;
let results: Buffer;
let field: FieldLaptop;

beforeAll(() => {
  folder = new TempFolder();
  const f = openFixture(folder, 'office.sqlite');
  office = f.app;
  addUser(office, 'evaluator2', ['evaluator']);
  const ctx = contextFor(office, addUser(office, 'evaluator3', ['evaluator']));
  const project = getAgreementByApplication(office.db, FIXTURE_APPS.approved)!.agreementNumber;
  expect(findAgreementNumber(office.db, project)).toBe(FIXTURE_APPS.approved);
  const out = office.db.transaction(() =>
    exportPack(ctx, ops['packs.export'].input.parse({ projects: [project], inspectors: ['evaluator', 'evaluator2'] })),
  )();
  pack = Buffer.from(out.base64, 'base64');
  field = new FieldLaptop(folder, pack);
  const inspectionId = readPack(pack).body.projects[0]!.inspection.id;
  field.inspection('evaluator2', {
    inspectionId,
    kind: 'field',
    date: '2024-04-30',
    place: '社区服务中心',
    notes: '',
    answers: [],
    findings: [],
    photos: [field.photo('evaluator2', 'a.jpg', Buffer.from('photo'))],
  });
  results = field.results();
}, 60_000);

afterAll(() => {
  closeApp(field.app);
  closeApp(office);
  folder.remove();
});

const flip = (bytes: Buffer) =>
  fc.record({ at: fc.nat({ max: bytes.length - 1 }), mask: fc.integer({ min: 1, max: 255 }) });

function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e.rule;
    throw e;
  }
  return 'accepted';
}

describe('pack and result signatures', () => {
  it('accept the files as sealed', () => {
    expect(readPack(pack).body.packNo).toBe('JCB-2024-0001');
    const ctx = { ...contextFor(office), locale: 'zh' as const };
    expect(preview(ctx, { fileName: 'r', contentBase64: results.toString('base64'), resolutions: {} }).outcome).toBe(
      'checked',
    );
  });

  it('refuse a pack with any one byte altered', () => {
    fc.assert(
      fc.property(flip(pack), ({ at, mask }) => {
        const altered = Buffer.from(pack);
        altered[at]! ^= mask;
        expect(refusalOf(() => readPack(altered))).toMatch(/^pack\.(signatureInvalid|malformed|notAPack)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a result with any one byte altered, at the office, changing nothing', () => {
    const ctx = { ...contextFor(office), locale: 'zh' as const };
    fc.assert(
      fc.property(flip(results), ({ at, mask }) => {
        const altered = Buffer.from(results);
        altered[at]! ^= mask;
        const input = { fileName: 'r', contentBase64: altered.toString('base64'), resolutions: {} };
        expect(refusalOf(() => preview(ctx, input))).toMatch(/^pack\.(signatureInvalid|malformed|notResults|unknown)$/);
      }),
      { numRuns: 300 },
    );
  });
});
