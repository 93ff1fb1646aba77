import type { Locale } from './errors';
import { FUND_SOURCE_NAMES } from './fund-source-names';
import { APPLICATION_VALUE_LABELS } from './messages/applications';
import { TRANCHE_VALUE_LABELS } from './messages/tranches';
import { ROLE_VALUE_LABELS } from './messages/money-controls';
import { INSPECTION_VALUE_LABELS } from './messages/inspections';
import { EVALUATION_VALUE_LABELS } from './messages/evaluations';

/**
 * Display names for enum values that appear inside rule messages. A message parameter written as
 * '@group.value' (or an array of them) is shown by its name here, so a Chinese message never shows an id.
 */
const VALUE_LABELS: Record<string, { zh: string; en: string }> = {
  'orgKind.social_group': { zh: '社会团体', en: 'social group' },
  'orgKind.social_service': { zh: '社会服务机构', en: 'social service agency' },
  'orgKind.foundation': { zh: '基金会', en: 'foundation' },
  'orgKind.other': { zh: '其他', en: 'other' },
  'costType.building': { zh: '楼堂馆所建设', en: 'buildings' },
  'costType.infrastructure': { zh: '基础设施建设', en: 'infrastructure' },
  'costType.fine': { zh: '罚款', en: 'fines' },
  'costType.debt': { zh: '偿还债务', en: 'debt repayment' },
  'costType.investment': { zh: '对外投资', en: 'investment' },
  'costType.vehicle': { zh: '购置车辆', en: 'vehicles' },
  'costType.management_fee': { zh: '管理费', en: 'management fees' },
  'costType.subcontract': { zh: '分包转包', en: 'subcontracting' },
  'costType.trip_abroad': { zh: '出国（境）考察', en: 'trips abroad' },
  'costType.hospitality': { zh: '招待费', en: 'hospitality' },
  'costType.official_car': { zh: '公务用车', en: 'official cars' },
  'costType.routine_running': { zh: '日常运行经费', en: 'routine running costs' },
  'costType.irregular_allowance': { zh: '不规范津补贴', en: 'irregular allowances' },
  'costType.profit_making': { zh: '营利性活动', en: 'profit-making activities' },
  'source.CENTRAL': FUND_SOURCE_NAMES.CENTRAL,
  'source.LOTTERY': FUND_SOURCE_NAMES.LOTTERY,
  'source.CENTRAL_LOTTERY': FUND_SOURCE_NAMES.CENTRAL_LOTTERY,
  'share.grant': { zh: '财政资金', en: 'grant' },
  'share.matching': { zh: '配套资金', en: 'matching funds' },
  ...APPLICATION_VALUE_LABELS,
  ...TRANCHE_VALUE_LABELS,
  ...ROLE_VALUE_LABELS,
  ...INSPECTION_VALUE_LABELS,
  ...EVALUATION_VALUE_LABELS,
};

export function valueLabel(ref: string, locale: Locale): string {
  return VALUE_LABELS[ref]?.[locale] ?? ref;
}

/** Resolves '@group.value' parameters (and arrays of them) to display names in the given language. */
export function localizeParam(value: unknown, locale: Locale): unknown {
  if (typeof value === 'string' && value.startsWith('@')) return valueLabel(value.slice(1), locale);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.map((v) => localizeParam(v, locale)).join(locale === 'zh' ? '、' : ', ');
  // The rules join the items they name with the Chinese enumeration mark; English text lists them with commas.
  if (typeof value === 'string' && locale === 'en') return value.replaceAll('、', ', ');
  return value;
}
