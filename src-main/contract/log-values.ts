import { amountInWords, formatFen } from '../core/money';
import type { Locale } from './errors';
import { fieldLabel, opLabelScope } from './fields';
import { valueLabel } from './value-labels';

/**
 * How a log entry's before/after values read for an auditor: each field by its label (the labels the forms and
 * error messages use, scoped by the op's area), amounts in yuan with their 大写, instants in Shanghai time,
 * flags as yes/no and known codes by their names. The stored JSON stays what is hashed; this is only its reading.
 */
export interface LogFieldChange {
  /** The field's dotted path in the stored JSON, e.g. "notice.startDate". */
  path: string;
  label: string;
  before: string | null;
  after: string | null;
  /** 人民币大写 of an amount, where the field is one. */
  beforeWords: string | null;
  afterWords: string | null;
}

/** Fields the log holds that no form has, named here so no raw key reaches the auditor. */
const LOG_LABELS: Record<string, { zh: string; en: string }> = {
  id: { zh: '编号', en: 'Number' },
  state: { zh: '状态', en: 'State' },
  by: { zh: '经办人', en: 'By' },
  at: { zh: '时间', en: 'Time' },
  agreementId: { zh: '项目协议', en: 'Agreement' },
  applicationId: { zh: '申报项目', en: 'Application' },
  organizationId: { zh: '机构', en: 'Organization' },
  fundProgramId: { zh: '资金计划', en: 'Fund program' },
  voucherYear: { zh: '凭证年度', en: 'Voucher year' },
  voucherSeq: { zh: '凭证序号', en: 'Voucher sequence' },
  reversesId: { zh: '冲销的记录', en: 'Reverses line' },
  budgetVersion: { zh: '预算版本', en: 'Budget version' },
  submittedBy: { zh: '提交人', en: 'Submitted by' },
  submittedAt: { zh: '提交时间', en: 'Submitted at' },
  signedDate: { zh: '签订日期', en: 'Signed on' },
  seq: { zh: '期次', en: 'Sequence' },
  format: { zh: '文件格式', en: 'File format' },
  rowCount: { zh: '条数', en: 'Rows' },
  fileName: { zh: '文件名', en: 'File name' },
  failedAttempts: { zh: '连续失败次数', en: 'Failed attempts' },
  lockedUntil: { zh: '锁定至', en: 'Locked until' },
  evaluators: { zh: '评审专家', en: 'Experts' },
  notice: { zh: '公示', en: 'Public notice' },
  startDate: { zh: '开始日期', en: 'Start date' },
  endDate: { zh: '结束日期', en: 'End date' },
  formalReview: { zh: '初审结论', en: 'Formal check' },
  evaluator: { zh: '评审专家', en: 'Expert' },
  declaration: { zh: '利益冲突声明', en: 'Conflict-of-interest declaration' },
  conflictReason: { zh: '利益冲突说明', en: 'Nature of the conflict' },
  scored: { zh: '已评分', en: 'Scored' },
  totalPoints: { zh: '总分', en: 'Total points' },
  meanScore: { zh: '平均分', en: 'Mean score' },
  criterion: { zh: '评分项', en: 'Criterion' },
  reviewedFen: { zh: '核定总额', en: 'Reviewed total' },
  line: { zh: '预算行', en: 'Budget line' },
  agreementNumber: { zh: '协议编号', en: 'Agreement number' },
  percent: { zh: '比例（%）', en: 'Percent' },
  condition: { zh: '拨付条件', en: 'Release condition' },
  milestoneName: { zh: '里程碑', en: 'Milestone' },
  version: { zh: '预算版本', en: 'Budget version' },
  preparedBy: { zh: '经办人', en: 'Prepared by' },
  preparedAt: { zh: '经办时间', en: 'Prepared at' },
  releasedBy: { zh: '确认拨付人', en: 'Released by' },
  releasedAt: { zh: '确认拨付时间', en: 'Released at' },
};

/**
 * Codes stored in a field, named by the value labels rule messages use ('@group.value'); 'scope:key' where
 * the same key holds different codes in different areas (an application's state is not a tranche's).
 */
const VALUE_GROUPS: Record<string, string> = {
  'applications:state': 'applicationState',
  'tranches:state': 'trancheState',
  source: 'source',
  kind: 'orgKind',
  costType: 'costType',
  declaration: 'declaration',
  condition: 'trancheCondition',
};

/** Codes no rule message names. */
const LOG_VALUES: Record<string, { zh: string; en: string }> = {
  'share.grant': { zh: '财政资金', en: 'grant funds' },
  'share.matching': { zh: '配套资金', en: 'matching funds' },
  'adjustmentState.pending': { zh: '待审批', en: 'pending' },
  'adjustmentState.approved': { zh: '已批准', en: 'approved' },
  'adjustmentState.rejected': { zh: '已驳回', en: 'rejected' },
  'adjustmentState.withdrawn': { zh: '已撤回', en: 'withdrawn' },
  'formalReview.pass': { zh: '通过', en: 'passed' },
  'formalReview.return': { zh: '退回', en: 'returned' },
};
const LOG_VALUE_GROUPS: Record<string, string> = {
  share: 'share',
  'budgets:state': 'adjustmentState',
  formalReview: 'formalReview',
};

/**
 * Internal row ids mean nothing to a reader (the entry names its object by its business key instead); nor do
 * a rule set's codes (STAFF, DESIGN): a budget line is named by its line code, a score by its criterion's name.
 */
function isInternalId(key: string): boolean {
  return key === 'id' || key === 'reverses' || /^(category|criterion)Code$/.test(key) || /[a-z]Ids?$/.test(key);
}

/** Fields that hold a user's id (or a list of them): shown by the person's name where the caller supplies it. */
function isPersonKey(key: string): boolean {
  return key === 'by' || key === 'evaluator' || key === 'evaluators' || /By$/.test(key);
}

/** Display names by user id, for the *By fields of the values being read. */
export type LogPeople = Readonly<Record<string, string>>;

/** The user ids the *By fields of an entry's values hold, for the caller to name. */
export function personIdsIn(...jsons: (string | null)[]): number[] {
  const ids = new Set<number>();
  for (const json of jsons) {
    if (json === null) continue;
    const out = new Map<string, { path: string[]; value: unknown }>();
    leaves(parse(json), [], out);
    for (const { path, value } of out.values()) {
      const key = path.filter((k) => !/^\d+$/.test(k)).at(-1) ?? '';
      if (!isPersonKey(key)) continue;
      for (const v of Array.isArray(value) ? (value as unknown[]) : [value])
        if (typeof v === 'number' && Number.isSafeInteger(v)) ids.add(v);
    }
  }
  return [...ids];
}

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** "2024-05-01 16:00:00" in Shanghai (UTC+8 all year) from a stored UTC instant; other text unchanged. */
export function shanghaiTime(iso: string): string {
  if (!ISO_INSTANT.test(iso)) return iso;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

function label(path: string[], locale: Locale, scope: string): string {
  const keys = path.filter((k) => !/^\d+$/.test(k));
  const last = keys[keys.length - 1] ?? '';
  const known = fieldLabel(keys, locale, scope);
  // fieldLabel answers with the raw path when it has no label; the log's own names fill that gap.
  const name = known === keys.join('.') ? (LOG_LABELS[last]?.[locale] ?? known) : known;
  const index = path.findLast((k) => /^\d+$/.test(k));
  return index === undefined ? name : `${name} ${Number(index) + 1}`;
}

function isAmountKey(key: string): boolean {
  return /Fen$/.test(key);
}

function words(fen: number, locale: Locale): string | null {
  if (locale !== 'zh' || !Number.isSafeInteger(fen)) return null;
  try {
    return fen < 0 ? `负${amountInWords(-fen)}` : amountInWords(fen);
  } catch {
    return null;
  }
}

interface Reading {
  text: string;
  words: string | null;
}

interface ReadContext {
  locale: Locale;
  scope: string;
  people: LogPeople;
}

function codeLabel(key: string, value: string, c: ReadContext): string | null {
  const group = VALUE_GROUPS[`${c.scope}:${key}`] ?? VALUE_GROUPS[key];
  if (group !== undefined) return valueLabel(`${group}.${value}`, c.locale);
  const own = LOG_VALUE_GROUPS[`${c.scope}:${key}`] ?? LOG_VALUE_GROUPS[key];
  return own === undefined ? null : (LOG_VALUES[`${own}.${value}`]?.[c.locale] ?? value);
}

function read(key: string, value: unknown, c: ReadContext): Reading {
  const { locale } = c;
  if (value === null || value === undefined) return { text: '—', words: null };
  if (typeof value === 'number' && isPersonKey(key) && c.people[String(value)] !== undefined) {
    return { text: c.people[String(value)]!, words: null };
  }
  if (typeof value === 'number' && isAmountKey(key) && Number.isSafeInteger(value)) {
    return { text: `${formatFen(value)} ${locale === 'zh' ? '元' : 'yuan'}`, words: words(value, locale) };
  }
  if (typeof value === 'boolean')
    return { text: value ? (locale === 'zh' ? '是' : 'yes') : locale === 'zh' ? '否' : 'no', words: null };
  if (typeof value === 'string') {
    const named = codeLabel(key, value, c);
    if (named !== null) return { text: named, words: null };
    return { text: ISO_INSTANT.test(value) ? shanghaiTime(value) : value, words: null };
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return { text: value.map((v) => read(key, v, c).text).join(locale === 'zh' ? '、' : ', '), words: null };
  }
  return { text: JSON.stringify(value), words: null };
}

/** Leaf fields of a stored value, by path; arrays of records are read element by element. */
function leaves(value: unknown, path: string[], out: Map<string, { path: string[]; value: unknown }>): void {
  const isRecord = value !== null && typeof value === 'object' && !Array.isArray(value);
  const isRecordList = Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object');
  if (isRecord) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) leaves(v, [...path, k], out);
  } else if (isRecordList) {
    (value as unknown[]).forEach((v, i) => leaves(v, [...path, String(i)], out));
  } else {
    out.set(path.join('.'), { path, value });
  }
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/**
 * The fields of an entry's before and after values side by side, in the order they first appear, internal
 * row ids left out (the stored JSON keeps them). A value that is not a record (a bare string, a hand-edited
 * row) is one field without a label of its own. `people` names the users the *By fields hold.
 */
export function describeChanges(
  beforeJson: string | null,
  afterJson: string | null,
  op: string,
  locale: Locale,
  people: LogPeople = {},
): LogFieldChange[] {
  const scope = opLabelScope(op);
  const c: ReadContext = { locale, scope, people };
  const before = new Map<string, { path: string[]; value: unknown }>();
  const after = new Map<string, { path: string[]; value: unknown }>();
  const b = parse(beforeJson);
  const a = parse(afterJson);
  if (b !== null) leaves(b, [], before);
  if (a !== null) leaves(a, [], after);
  const keyOf = (path: string[]) => path.filter((k) => !/^\d+$/.test(k)).at(-1) ?? '';
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter(
    (p) => !isInternalId(keyOf((before.get(p) ?? after.get(p))!.path)),
  );
  return paths.map((p) => {
    const path = (before.get(p) ?? after.get(p))!.path;
    const key = keyOf(path);
    const x = before.has(p) ? read(key, before.get(p)!.value, c) : null;
    const y = after.has(p) ? read(key, after.get(p)!.value, c) : null;
    return {
      path: p,
      label: path.length === 0 ? (locale === 'zh' ? '内容' : 'Content') : label(path, locale, scope),
      before: x?.text ?? null,
      after: y?.text ?? null,
      beforeWords: x?.words ?? null,
      afterWords: y?.words ?? null,
    };
  });
}

/** One line per field for a text cell (exports): "金额：1,000.00 元（人民币壹仟元整） → —". */
export function changesText(changes: readonly LogFieldChange[], side: 'before' | 'after', locale: Locale): string {
  const sep = locale === 'zh' ? '：' : ': ';
  return changes
    .filter((c) => c[side] !== null)
    .map((c) => {
      const w = side === 'before' ? c.beforeWords : c.afterWords;
      return `${c.label}${sep}${c[side]}${w ? `（${w}）` : ''}`;
    })
    .join('\n');
}
