import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MAX_INDICATOR_DEPTH } from '@contract';
import { Button, Input, InputNumber, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';
import { fieldId } from '../../../components/FormErrors/fieldErrors';
import {
  addNode,
  changeNode,
  codeOf,
  formPath,
  levelPath,
  levelSum,
  mayAddChild,
  moveNode,
  removeNode,
  type DraftNode,
  type NodePath,
  type SystemDraft,
} from './draft';

interface TreeProps {
  form: FormApi<SystemDraft>;
  readOnly: boolean;
}

/** A leaf's points: its weight times its ancestors' weights, scaled so that all leaves add up to 100. */
function pointsText(weights: readonly number[]): string {
  const product = weights.reduce((p, w) => p * w, 1);
  return String(Number((product / 100 ** (weights.length - 1)).toFixed(4)));
}

/** The tree of indicators, one level after another, each with its running sum against 100. */
export function IndicatorTree({ form, readOnly }: TreeProps) {
  return <Level form={form} readOnly={readOnly} nodes={form.draft.indicators} parent={[]} weights={[]} />;
}

function Message({ form, path }: { form: FormApi<SystemDraft>; path: string }) {
  const error = form.errorFor(path);
  return error ? (
    <div className="isys-error" id={`${fieldId(form.formId, path)}-error`}>
      {error}
    </div>
  ) : null;
}

function Level(props: TreeProps & { nodes: DraftNode[]; parent: NodePath; weights: readonly number[] }) {
  const { t } = useTranslation();
  const { form, readOnly, nodes, parent } = props;
  const path = levelPath(parent);
  const sum = levelSum(nodes);
  const update = (fn: (n: DraftNode[]) => DraftNode[], touched: string) =>
    form.update((d) => ({ ...d, indicators: fn(d.indicators) }), [touched]);
  const levelName =
    parent.length === 0 ? t('indicatorSystems.topLevel') : t('indicatorSystems.subLevel', { code: codeOf(parent) });
  return (
    <div className={`isys-level isys-depth-${parent.length}`} role="group" aria-label={levelName}>
      {nodes.map((n, i) => {
        const at = [...parent, i];
        return <Row key={n.key} {...props} node={n} at={at} count={nodes.length} update={update} />;
      })}
      <div className="isys-level-foot">
        <Tag color={sum === 100 ? 'green' : 'red'} className="isys-sum">
          {sum === 100 ? t('indicatorSystems.sum', { sum }) : t('indicatorSystems.sumOff', { sum })}
        </Tag>
        {readOnly ? null : (
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden="true" />}
            onClick={() => {
              update((all) => addNode(all, parent), path);
              // The new indicator's name box is where the officer types next.
              setTimeout(() =>
                document.getElementById(fieldId(form.formId, `${formPath([...parent, nodes.length])}.name`))?.focus(),
              );
            }}
          >
            {parent.length === 0
              ? t('indicatorSystems.addTop')
              : t('indicatorSystems.addUnder', { code: codeOf(parent) })}
          </Button>
        )}
      </div>
      <Message form={form} path={path} />
    </div>
  );
}

function Row(
  props: TreeProps & {
    node: DraftNode;
    at: NodePath;
    count: number;
    weights: readonly number[];
    update: (fn: (n: DraftNode[]) => DraftNode[], touched: string) => void;
  },
) {
  const { t } = useTranslation();
  const { form, readOnly, node, at, count, update } = props;
  const code = codeOf(at);
  const p = formPath(at);
  const weights = [...props.weights, node.weight ?? 0];
  const nameId = fieldId(form.formId, `${p}.name`);
  const weightId = fieldId(form.formId, `${p}.weight`);
  const nameError = form.errorFor(`${p}.name`);
  const weightError = form.errorFor(`${p}.weight`);
  const index = at[at.length - 1]!;
  const deep = !mayAddChild(at);
  return (
    <div className="isys-node">
      <div className="isys-row">
        <span className="isys-code mono" aria-hidden="true">
          {code}
        </span>
        <Input
          id={nameId}
          className="isys-name"
          aria-label={t('indicatorSystems.nameOf', { code })}
          aria-invalid={Boolean(nameError)}
          aria-describedby={nameError ? `${nameId}-error` : undefined}
          value={node.name}
          readOnly={readOnly}
          maxLength={100}
          onChange={(e) => update((all) => changeNode(all, at, { name: e.target.value }), `${p}.name`)}
          onBlur={() => form.touch(`${p}.name`)}
        />
        <InputNumber<number>
          id={weightId}
          className="isys-weight"
          aria-label={t('indicatorSystems.weightOf', { code })}
          aria-invalid={Boolean(weightError)}
          aria-describedby={weightError ? `${weightId}-error` : undefined}
          value={node.weight}
          readOnly={readOnly}
          min={1}
          max={100}
          precision={0}
          suffix="%"
          onChange={(v) => update((all) => changeNode(all, at, { weight: v ?? null }), `${p}.weight`)}
          onBlur={() => form.touch(`${p}.weight`)}
        />
        <span className="isys-points">
          {node.children.length === 0 ? t('indicatorSystems.points', { points: pointsText(weights) }) : ''}
        </span>
        {readOnly ? null : (
          <span className="isys-actions">
            <Tooltip title={deep ? t('indicatorSystems.tooDeep', { max: MAX_INDICATOR_DEPTH }) : undefined}>
              <Button
                size="small"
                type="text"
                icon={<PlusOutlined aria-hidden="true" />}
                disabled={deep}
                aria-label={t('indicatorSystems.addChildOf', { code })}
                onClick={() => update((all) => addNode(all, at), `${p}.children`)}
              />
            </Tooltip>
            <Button
              size="small"
              type="text"
              icon={<ArrowUpOutlined aria-hidden="true" />}
              disabled={index === 0}
              aria-label={t('indicatorSystems.moveUp', { code })}
              onClick={() => update((all) => moveNode(all, at, -1), levelPath(at.slice(0, -1)))}
            />
            <Button
              size="small"
              type="text"
              icon={<ArrowDownOutlined aria-hidden="true" />}
              disabled={index === count - 1}
              aria-label={t('indicatorSystems.moveDown', { code })}
              onClick={() => update((all) => moveNode(all, at, 1), levelPath(at.slice(0, -1)))}
            />
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden="true" />}
              aria-label={t('indicatorSystems.remove', { code })}
              onClick={() => update((all) => removeNode(all, at), levelPath(at.slice(0, -1)))}
            />
          </span>
        )}
      </div>
      {nameError ? (
        <div className="isys-error" id={`${nameId}-error`}>
          {nameError}
        </div>
      ) : null}
      {weightError ? (
        <div className="isys-error" id={`${weightId}-error`}>
          {weightError}
        </div>
      ) : null}
      {node.children.length > 0 ? (
        <Level form={form} readOnly={readOnly} nodes={node.children} parent={at} weights={weights} />
      ) : null}
    </div>
  );
}
