import { describe, expect, it } from 'vitest';
import { decimalText } from './decimal';
import {
  checkIndicatorTree,
  checkThresholds,
  DEFAULT_INDICATOR_TREE,
  DEFAULT_THRESHOLDS,
  leafIndicators,
  placeIndicatorTreeProblems,
  type IndicatorNode,
} from './evaluation-indicators';

const tree = (): IndicatorNode[] => structuredClone([...DEFAULT_INDICATOR_TREE]);
const rules = (t: IndicatorNode[]) => checkIndicatorTree(t).map((v) => [v.rule, v.params]);

describe('indicator system weights', () => {
  it('accepts the seed: 项目管理 20, 资金管理 20, 项目产出 30, 项目成效 20, 满意度 10, each level summing to 100', () => {
    expect(checkIndicatorTree(DEFAULT_INDICATOR_TREE)).toEqual([]);
    expect(DEFAULT_INDICATOR_TREE.map((n) => [n.name, n.weight])).toEqual([
      ['项目管理', 20],
      ['资金管理', 20],
      ['项目产出', 30],
      ['项目成效', 20],
      ['满意度', 10],
    ]);
  });

  it('refuses a first level that does not sum to 100, naming the level and the sum', () => {
    const t = tree();
    t[4]!.weight = 15;
    expect(rules(t)).toEqual([['evaluation.weightsTopSum', { sum: 105 }]]);
  });

  it('refuses a second level that does not sum to 100, naming its parent', () => {
    const t = tree();
    t[1]!.children[2]!.weight = 20;
    expect(rules(t)).toEqual([['evaluation.weightsChildSum', { parent: '资金管理', sum: 90 }]]);
  });

  it('refuses repeated codes, empty names, weights out of 1–100 and a fourth level', () => {
    const t = tree();
    t[0]!.children[1]!.code = '1.1';
    t[2]!.children[0]!.name = ' ';
    t[3]!.children = [
      { code: '4.1', name: '社会效益', weight: 0, children: [] },
      { code: '4.2', name: '可持续影响', weight: 100, children: [] },
    ];
    const deep: IndicatorNode = { code: 'x', name: 'x', weight: 100, children: [] };
    t[4]!.children = [
      { code: '5.1', name: '满意度调查', weight: 100, children: [{ ...deep, code: '5.1.1', children: [deep] }] },
    ];
    expect(rules(t)).toEqual([
      ['evaluation.indicatorCodeRepeated', { code: '1.1' }],
      ['evaluation.indicatorNameMissing', { code: '3.1' }],
      ['evaluation.weightRange', { indicator: '社会效益', weight: 0 }],
      ['evaluation.indicatorsTooDeep', { indicator: 'x', max: 3 }],
    ]);
  });

  it('places each problem on its level or indicator, so an editor shows it there', () => {
    const t = tree();
    t[4]!.weight = 15;
    t[2]!.children[1]!.weight = 35;
    t[3]!.children[0]!.name = '';
    const placed = placeIndicatorTreeProblems(t).map((p) => [p.path, p.violation.rule]);
    expect(placed).toEqual([
      ['indicators', 'evaluation.weightsTopSum'],
      ['indicators.2.children', 'evaluation.weightsChildSum'],
      ['indicators.3.children.0.name', 'evaluation.indicatorNameMissing'],
    ]);
    expect(placeIndicatorTreeProblems(DEFAULT_INDICATOR_TREE)).toEqual([]);
  });

  it('gives each leaf its maximum as the product of the weights, adding up to 100 points', () => {
    const leaves = leafIndicators(DEFAULT_INDICATOR_TREE);
    expect(leaves.slice(0, 3).map((l) => [l.name, l.sectionName, decimalText(l.maxPoints)])).toEqual([
      ['组织管理与制度建设', '项目管理', '6'],
      ['项目实施进度', '项目管理', '8'],
      ['档案资料管理', '项目管理', '6'],
    ]);
    const totalUnits = leaves.reduce((s, l) => s + l.maxPoints.units * 10 ** (2 - l.maxPoints.scale), 0);
    expect(totalUnits).toBe(100_00);
    const odd = leafIndicators([
      { code: 'a', name: 'A', weight: 33, children: [] },
      { code: 'b', name: 'B', weight: 67, children: [{ code: 'b1', name: 'B1', weight: 45, children: [] }] },
    ]);
    expect(odd.map((l) => decimalText(l.maxPoints))).toEqual(['33', '30.15']);
  });
});

describe('grade thresholds', () => {
  it('accepts the default 90 / 80 / 60 and refuses disorder or a value that is not a score', () => {
    expect(checkThresholds(DEFAULT_THRESHOLDS)).toEqual([]);
    expect(checkThresholds({ excellent: '85', good: '85', pass: '60' }).map((v) => v.rule)).toEqual([
      'evaluation.thresholdOrder',
    ]);
    expect(checkThresholds({ excellent: '101', good: '80', pass: '6o' })).toEqual([
      { rule: 'evaluation.thresholdInvalid', params: { grade: 'excellent', value: '101' } },
      { rule: 'evaluation.thresholdInvalid', params: { grade: 'pass', value: '6o' } },
    ]);
  });
});
