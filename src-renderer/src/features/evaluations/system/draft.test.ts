import { DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS, checkIndicatorTree } from '@contract';
import { describe, expect, it } from 'vitest';
import { addNode, changeNode, draftProblems, moveNode, removeNode, toDraft, toTree } from './draft';

const seed = () => toDraft(DEFAULT_INDICATOR_TREE, DEFAULT_THRESHOLDS);

describe('indicator system draft', () => {
  it('round-trips the seed system to exactly what main stores', () => {
    expect(toTree(seed().indicators)).toEqual(DEFAULT_INDICATOR_TREE);
    expect(draftProblems(seed(), 'zh')).toEqual({});
  });

  it('renumbers codes by position after a move, an addition and a removal, never repeating one', () => {
    let nodes = moveNode(seed().indicators, [0, 2], -1);
    expect(toTree(nodes)[0]!.children.map((c) => [c.code, c.name])).toEqual([
      ['1.1', '组织管理与制度建设'],
      ['1.2', '档案资料管理'],
      ['1.3', '项目实施进度'],
    ]);
    nodes = addNode(nodes, [4, 1]);
    nodes = changeNode(nodes, [4, 1, 0], { name: '问卷', weight: 100 });
    nodes = removeNode(nodes, [4, 0]);
    const tree = toTree(nodes);
    expect(tree[4]!.children.map((c) => c.code)).toEqual(['5.1']);
    expect(tree[4]!.children[0]!.children[0]).toEqual({ code: '5.1.1', name: '问卷', weight: 100, children: [] });
    // 满意度's level now holds only the 30 of 相关方满意度: named under that level, not elsewhere.
    expect(checkIndicatorTree(tree).map((v) => v.rule)).toEqual(['evaluation.weightsChildSum']);
  });

  it('names the level whose weights do not add up to 100, under that level, in each language', () => {
    let nodes = changeNode(seed().indicators, [1, 2], { weight: 40 });
    nodes = changeNode(nodes, [4], { weight: 5 });
    const d = { ...seed(), indicators: nodes };
    expect(draftProblems(d, 'zh')).toEqual({
      indicators: '一级指标的权重之和应为 100，当前为 95',
      'indicators.1.children': '“资金管理”的下级指标权重之和应为 100，当前为 110',
    });
    expect(draftProblems(d, 'en')['indicators.1.children']).toBe(
      'the weights under "资金管理" must sum to 100; they sum to 110',
    );
  });

  it('leaves an empty weight to the schema but still sums its level', () => {
    const nodes = changeNode(seed().indicators, [2, 0], { weight: null });
    expect(draftProblems({ ...seed(), indicators: nodes }, 'zh')).toEqual({
      'indicators.2.children': '“项目产出”的下级指标权重之和应为 100，当前为 60',
    });
  });
});
