import type { OpInput } from '../contract/index';

type PackOp =
  | 'packs.list'
  | 'packs.export'
  | 'packs.preview'
  | 'packs.import'
  | 'packs.fieldRecordInspection'
  | 'packs.fieldRecordEvidence'
  | 'packs.fieldAddPhoto'
  | 'packs.field'
  | 'packs.fieldInspection';

/** Valid inputs for the pack ops (the fixture has no pack: imports reach their refusals). */
export function packSamples(): { [N in PackOp]: OpInput<N> } {
  const file = { fileName: 'JCB-2026-0001.results', contentBase64: Buffer.from('not a result').toString('base64') };
  return {
    'packs.list': {},
    'packs.export': { projects: ['渝民发〔2015〕1号'], inspectors: ['evaluator', 'admin'], templateId: null },
    'packs.preview': file,
    'packs.import': { ...file, resolutions: { 'inspection-1': 'office' } },
    'packs.fieldRecordInspection': {
      inspectionId: 1,
      kind: 'field',
      date: '2015-06-20',
      place: '渝中区解放碑街道社区服务中心',
      notes: '',
      answers: [{ itemId: 1, value: 'yes', note: '' }],
      findings: [],
      photos: [],
    },
    'packs.fieldRecordEvidence': { rectificationId: 1, note: '已补充配备持证社会工作者', photos: [] },
    'packs.fieldAddPhoto': { fileName: 'photo.jpg', mimeType: 'image/jpeg', contentBase64: 'aGk=' },
    'packs.field': {},
    'packs.fieldInspection': { inspectionId: 1 },
  };
}
