/**
 * The indicator-system editor's draft: the tree as the officer shapes it (codes follow the positions, so
 * adding, removing or moving an indicator never leaves a gap or a repeat), and what the save op is sent.
 */
import type { GradeThresholds, IndicatorNode, Locale } from '@contract';
import { MAX_INDICATOR_DEPTH, placeIndicatorTreeProblems, ruleMessage } from '@contract';

export interface DraftNode {
  /** React key, stable while the node moves. */
  key: string;
  name: string;
  /** null while the box is empty. */
  weight: number | null;
  children: DraftNode[];
}

export interface SystemDraft {
  indicators: DraftNode[];
  thresholds: GradeThresholds;
}

let nextKey = 0;
const newKey = () => `n${++nextKey}`;

export function toDraft(tree: readonly IndicatorNode[], thresholds: GradeThresholds): SystemDraft {
  const conv = (n: IndicatorNode): DraftNode => ({
    key: newKey(),
    name: n.name,
    weight: n.weight,
    children: n.children.map(conv),
  });
  return { indicators: tree.map(conv), thresholds: { ...thresholds } };
}

/** The save op's tree: codes "1", "1.2", "1.2.3" by position; an empty weight stays empty for the schema to name. */
export function toTree(nodes: readonly DraftNode[]): IndicatorNode[] {
  return buildTree(nodes, '', (n) => n.weight as number);
}

function buildTree(nodes: readonly DraftNode[], prefix: string, weight: (n: DraftNode) => number): IndicatorNode[] {
  return nodes.map((n, i) => {
    const code = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return { code, name: n.name, weight: weight(n), children: buildTree(n.children, code, weight) };
  });
}

/** A node's place as indices from the top ([2, 0] is the first child of the third first-level indicator). */
export type NodePath = readonly number[];

export const formPath = (at: NodePath): string => `indicators.${at.join('.children.')}`;
export const levelPath = (parent: NodePath): string =>
  parent.length === 0 ? 'indicators' : `${formPath(parent)}.children`;
export const codeOf = (at: NodePath): string => at.map((i) => i + 1).join('.');

function mapLevel(nodes: DraftNode[], parent: NodePath, fn: (level: DraftNode[]) => DraftNode[]): DraftNode[] {
  if (parent.length === 0) return fn(nodes);
  const [head, ...rest] = parent;
  return nodes.map((n, i) => (i === head ? { ...n, children: mapLevel(n.children, rest, fn) } : n));
}

const parentOf = (at: NodePath) => at.slice(0, -1);
const last = (at: NodePath) => at[at.length - 1]!;

export function changeNode(nodes: DraftNode[], at: NodePath, patch: Partial<Omit<DraftNode, 'key'>>): DraftNode[] {
  return mapLevel(nodes, parentOf(at), (level) => level.map((n, i) => (i === last(at) ? { ...n, ...patch } : n)));
}

/** A new indicator at the end of a level (the top level for []), without a weight yet. */
export function addNode(nodes: DraftNode[], parent: NodePath): DraftNode[] {
  return mapLevel(nodes, parent, (level) => [...level, { key: newKey(), name: '', weight: null, children: [] }]);
}

export function removeNode(nodes: DraftNode[], at: NodePath): DraftNode[] {
  return mapLevel(nodes, parentOf(at), (level) => level.filter((_, i) => i !== last(at)));
}

/** Moves an indicator one place up (-1) or down (+1) within its level. */
export function moveNode(nodes: DraftNode[], at: NodePath, by: -1 | 1): DraftNode[] {
  return mapLevel(nodes, parentOf(at), (level) => {
    const i = last(at);
    const j = i + by;
    if (j < 0 || j >= level.length) return level;
    const copy = [...level];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    return copy;
  });
}

export const mayAddChild = (at: NodePath) => at.length < MAX_INDICATOR_DEPTH;

export const levelSum = (level: readonly DraftNode[]) => level.reduce((s, n) => s + (n.weight ?? 0), 0);

/**
 * The same rules main checks on save, each message under the level or indicator it names. An empty weight is
 * left to the schema's own message (it says the box is empty, not that 0 is out of range).
 */
export function draftProblems(d: SystemDraft, locale: Locale): Record<string, string> {
  const tree = buildTree(d.indicators, '', (n) => n.weight ?? 0);
  const out: Record<string, string> = {};
  for (const p of placeIndicatorTreeProblems(tree)) {
    if (p.violation.rule === 'evaluation.weightRange' && p.violation.params.weight === 0) continue;
    if (p.violation.rule === 'evaluation.indicatorCodeRepeated') continue;
    out[p.path] ??= ruleMessage(p.violation.rule, locale, p.violation.params);
  }
  return out;
}
