import type { Locale } from '../../contract/errors';
import type { EvidenceContent, InspectionContent } from '../../core/packs';
import type { OfficeInspection, OfficeRectification } from './snapshot';

/** How an import names records and shows the two versions of a conflict, in the caller's language. */

const L = {
  kind: { zh: '检查类型', en: 'Kind' },
  date: { zh: '检查日期', en: 'Date' },
  place: { zh: '检查地点', en: 'Place' },
  notes: { zh: '说明', en: 'Notes' },
  answers: { zh: '已填检查项', en: 'Items answered' },
  findings: { zh: '检查问题', en: 'Findings' },
  photos: { zh: '照片和扫描件', en: 'Photos and scans' },
  signedOff: { zh: '签字确认', en: 'Signed off' },
  state: { zh: '整改状态', en: 'State' },
  evidence: { zh: '整改材料', en: 'Evidence' },
  inspection: { zh: '检查', en: 'inspection' },
  none: { zh: '无', en: 'none' },
  yes: { zh: '已签字确认', en: 'yes' },
  no: { zh: '未签字', en: 'no' },
} as const;

const KINDS = {
  field: { zh: '实地检查', en: 'Field inspection' },
  special: { zh: '专项检查', en: 'Special inspection' },
  finance: { zh: '财务检查', en: 'Finance inspection' },
  random: { zh: '随机抽查', en: 'Random inspection' },
} as const;

const SEVERITY = {
  minor: { zh: '一般', en: 'minor' },
  major: { zh: '较重', en: 'major' },
  severe: { zh: '严重', en: 'severe' },
} as const;

const STATES: Record<string, { zh: string; en: string }> = {
  open: { zh: '待整改', en: 'open' },
  submitted: { zh: '已提交整改材料', en: 'evidence submitted' },
  verified: { zh: '已验证', en: 'verified' },
  reopened: { zh: '已退回', en: 'reopened' },
};

export function inspectionLabel(locale: Locale, agreementNumber: string, projectName: string): string {
  return locale === 'zh'
    ? `${agreementNumber} ${projectName} ${L.inspection.zh}`
    : `${agreementNumber} ${projectName} ${L.inspection.en}`;
}

const sep = (locale: Locale) => (locale === 'zh' ? '；' : '; ');

function findingsText(c: InspectionContent, locale: Locale): string {
  if (c.findings.length === 0) return L.none[locale];
  return c.findings
    .map((f) => `${SEVERITY[f.severity][locale]}${locale === 'zh' ? '：' : ': '}${f.description}`)
    .join(sep(locale));
}

function answersText(c: InspectionContent, locale: Locale): string {
  const n = c.answers.length;
  return locale === 'zh' ? `${n} 项` : `${n}`;
}

type Row = { label: string; office: string; field: string };

/** The rows that differ (the date always, so a person sees which visit this is). */
export function inspectionRows(office: OfficeInspection, field: InspectionContent, locale: Locale): Row[] {
  const o = office.content;
  const rows: (Row & { always?: boolean })[] = [
    { label: L.date[locale], office: o.date, field: field.date, always: true },
    { label: L.kind[locale], office: KINDS[o.kind][locale], field: KINDS[field.kind][locale] },
    { label: L.place[locale], office: o.place, field: field.place },
    { label: L.notes[locale], office: o.notes || L.none[locale], field: field.notes || L.none[locale] },
    {
      label: L.answers[locale],
      office: answersText(o, locale),
      field: answersText(field, locale),
      always: JSON.stringify(o.answers) !== JSON.stringify(field.answers),
    },
    { label: L.findings[locale], office: findingsText(o, locale), field: findingsText(field, locale) },
    { label: L.photos[locale], office: String(o.photos.length), field: String(field.photos.length) },
    { label: L.signedOff[locale], office: office.signedOff ? L.yes[locale] : L.no[locale], field: L.no[locale] },
  ];
  return rows
    .filter((r) => r.always || r.office !== r.field)
    .map(({ label, office: a, field: b }) => ({
      label,
      office: a,
      field: b,
    }));
}

export function rectificationRows(office: OfficeRectification, field: EvidenceContent, locale: Locale): Row[] {
  return [
    {
      label: L.state[locale],
      office: STATES[office.state]?.[locale] ?? office.state,
      field: STATES.submitted![locale],
    },
    {
      label: L.evidence[locale],
      office: locale === 'zh' ? `${office.steps} 条整改记录` : `${office.steps} steps recorded`,
      field: locale === 'zh' ? `现场新增材料：${field.note}` : `new evidence from the field: ${field.note}`,
    },
  ];
}
