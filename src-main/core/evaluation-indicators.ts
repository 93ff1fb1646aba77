/**
 * The indicator system (评估指标体系) of a fund program: a tree of indicators whose weights add up to 100 at
 * every level (the first level among itself, and the children of each indicator among themselves). A leaf's
 * maximum points (分值) are its weight times its ancestors' weights, so the leaves of the whole tree add up to
 * 100 points. Grade thresholds are kept with the system; they default to 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60.
 */
import type { Violation } from './violations';
import { compareDecimal, decimal, parseDecimal, type Decimal } from './decimal';

export interface IndicatorNode {
  /** Stable within the system ("1", "1.2"): scores refer to leaves by code. */
  code: string;
  name: string;
  /** Whole percent of its level (1–100). */
  weight: number;
  children: IndicatorNode[];
}

/** Lowest score of each grade, as exact decimal text; below `pass` is 不合格. */
export interface GradeThresholds {
  excellent: string;
  good: string;
  pass: string;
}

export const DEFAULT_THRESHOLDS: GradeThresholds = { excellent: '90', good: '80', pass: '60' };

/** Three levels are what the ministry's 绩效评价 templates use at most. */
export const MAX_INDICATOR_DEPTH = 3;

const node = (code: string, name: string, weight: number, children: IndicatorNode[] = []): IndicatorNode => ({
  code,
  name,
  weight,
  children,
});

/** The seed: five first-level indicators and a second level whose leaves are whole points. */
export const DEFAULT_INDICATOR_TREE: readonly IndicatorNode[] = [
  node('1', '项目管理', 20, [
    node('1.1', '组织管理与制度建设', 30),
    node('1.2', '项目实施进度', 40),
    node('1.3', '档案资料管理', 30),
  ]),
  node('2', '资金管理', 20, [
    node('2.1', '资金到位与使用合规', 40),
    node('2.2', '财务制度执行', 30),
    node('2.3', '预算执行率', 30),
  ]),
  node('3', '项目产出', 30, [
    node('3.1', '服务数量完成情况', 40),
    node('3.2', '服务质量', 30),
    node('3.3', '服务时效', 30),
  ]),
  node('4', '项目成效', 20, [
    node('4.1', '社会效益', 50),
    node('4.2', '可持续影响', 30),
    node('4.3', '服务对象能力提升', 20),
  ]),
  node('5', '满意度', 10, [node('5.1', '服务对象满意度', 70), node('5.2', '相关方满意度', 30)]),
];

/** A broken rule of the tree and where it is: the level ("indicators", "indicators.0.children") or a node's field. */
export interface PlacedViolation {
  path: string;
  violation: Violation;
}

/**
 * Every level adds up to 100 (naming the level), codes are unique, names present, weights whole 1–100; each
 * problem with the form path of what is wrong, so an editor can show it beside that level or indicator.
 */
export function placeIndicatorTreeProblems(tree: readonly IndicatorNode[]): PlacedViolation[] {
  const out: PlacedViolation[] = [];
  const codes = new Set<string>();
  if (tree.length === 0)
    out.push({ path: 'indicators', violation: { rule: 'evaluation.indicatorsEmpty', params: {} } });
  const walk = (level: readonly IndicatorNode[], parent: IndicatorNode | null, path: string, depth: number) => {
    if (level.length === 0) return;
    const sum = level.reduce((s, n) => s + n.weight, 0);
    if (sum !== 100)
      out.push({
        path,
        violation:
          parent === null
            ? { rule: 'evaluation.weightsTopSum', params: { sum } }
            : { rule: 'evaluation.weightsChildSum', params: { parent: parent.name, sum } },
      });
    level.forEach((n, i) => {
      const at = `${path}.${i}`;
      if (codes.has(n.code))
        out.push({
          path: `${at}.code`,
          violation: { rule: 'evaluation.indicatorCodeRepeated', params: { code: n.code } },
        });
      codes.add(n.code);
      if (n.name.trim() === '')
        out.push({
          path: `${at}.name`,
          violation: { rule: 'evaluation.indicatorNameMissing', params: { code: n.code } },
        });
      if (!Number.isInteger(n.weight) || n.weight < 1 || n.weight > 100)
        out.push({
          path: `${at}.weight`,
          violation: { rule: 'evaluation.weightRange', params: { indicator: n.name, weight: n.weight } },
        });
      if (n.children.length > 0 && depth >= MAX_INDICATOR_DEPTH)
        out.push({
          path: `${at}.children`,
          violation: { rule: 'evaluation.indicatorsTooDeep', params: { indicator: n.name, max: MAX_INDICATOR_DEPTH } },
        });
      else walk(n.children, n, `${at}.children`, depth + 1);
    });
  };
  walk(tree, null, 'indicators', 1);
  return out;
}

/** The tree's broken rules, as main refuses a save with them. */
export function checkIndicatorTree(tree: readonly IndicatorNode[]): Violation[] {
  return placeIndicatorTreeProblems(tree).map((p) => p.violation);
}

export function parseThreshold(text: string): Decimal | null {
  const r = parseDecimal(text, { maxScale: 2 });
  return r.ok && compareDecimal(r.value, decimal(100)) <= 0 ? r.value : null;
}

/** Each threshold a score 0–100 with at most two decimals, 优秀 above 良好 above 合格. */
export function checkThresholds(t: GradeThresholds): Violation[] {
  const out: Violation[] = [];
  const parsed = (['excellent', 'good', 'pass'] as const).map((grade) => {
    const d = parseThreshold(t[grade]);
    if (d === null) out.push({ rule: 'evaluation.thresholdInvalid', params: { grade, value: t[grade] } });
    return d;
  });
  const [excellent, good, pass] = parsed;
  if (excellent && good && pass && !(compareDecimal(excellent, good) > 0 && compareDecimal(good, pass) > 0))
    out.push({ rule: 'evaluation.thresholdOrder', params: { excellent: t.excellent, good: t.good, pass: t.pass } });
  return out;
}

/** A scored indicator: a leaf of the tree with its maximum points and the first-level indicator it is under. */
export interface LeafIndicator {
  code: string;
  name: string;
  /** The first-level indicator's code and name (the leaf itself on a one-level tree). */
  sectionCode: string;
  sectionName: string;
  /** weight × ancestors' weights / 100^depth × 100: exact, e.g. 20 × 30 → 6 points. */
  maxPoints: Decimal;
}

export function leafIndicators(tree: readonly IndicatorNode[]): LeafIndicator[] {
  const out: LeafIndicator[] = [];
  const walk = (n: IndicatorNode, section: IndicatorNode, product: bigint, depth: number) => {
    const p = product * BigInt(n.weight);
    if (n.children.length === 0) {
      // p / 100^depth × 100 points, i.e. p units at scale 2·(depth − 1), written without trailing zeros.
      let units = p;
      let scale = 2 * (depth - 1);
      while (scale > 0 && units % 10n === 0n) [units, scale] = [units / 10n, scale - 1];
      out.push({
        code: n.code,
        name: n.name,
        sectionCode: section.code,
        sectionName: section.name,
        maxPoints: decimal(Number(units), scale),
      });
      return;
    }
    for (const c of n.children) walk(c, section, p, depth + 1);
  };
  for (const n of tree) walk(n, n, 1n, 1);
  return out;
}
