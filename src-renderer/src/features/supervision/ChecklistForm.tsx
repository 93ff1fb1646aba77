import type { InspectionView } from '@contract';
import { Alert, Button, Input, InputNumber, Radio } from 'antd';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';

type Item = InspectionView['checklist']['items'][number];
interface Answer {
  value: string;
  note: string;
}

/**
 * The checklist as a form. Answers live in one map here; each row is memoised and gets a stable setter, so a
 * keystroke re-renders that row only, and a 200-item checklist stays fast. Every control is a native or antd
 * keyboard control (Tab between items, arrow keys within 是/否/不适用). Only changed answers are sent.
 */
export function ChecklistForm({
  inspection,
  editable,
  field,
}: {
  inspection: Pick<InspectionView, 'id' | 'answers' | 'checklist'>;
  editable: boolean;
  /** On a field database the answers are saved with the field record instead. */
  field?: {
    save: (changed: (Answer & { itemId: number })[]) => Promise<unknown>;
    pending: boolean;
    error: { message: string } | null;
  };
}) {
  const { t } = useTranslation();
  const initial = useMemo(
    () => new Map(inspection.answers.map((a) => [a.itemId, { value: a.value, note: a.note }])),
    [inspection.answers],
  );
  const [answers, setAnswers] = useState(initial);
  const [dirty, setDirty] = useState<ReadonlySet<number>>(new Set());
  const office = useOpMutation('inspections.saveAnswers');
  const save = field
    ? {
        mutateAsync: (i: { answers: (Answer & { itemId: number })[] }) => field.save(i.answers),
        isPending: field.pending,
        error: field.error,
      }
    : office;
  const onChange = useCallback((itemId: number, patch: Partial<Answer>) => {
    setAnswers((old) => {
      const next = new Map(old);
      next.set(itemId, { value: '', note: '', ...old.get(itemId), ...patch });
      return next;
    });
    setDirty((old) => (old.has(itemId) ? old : new Set(old).add(itemId)));
  }, []);
  const submit = async () => {
    const changed = [...dirty].map((itemId) => ({ itemId, ...answers.get(itemId)! }));
    await save.mutateAsync({ inspectionId: inspection.id, answers: changed });
    setDirty(new Set());
  };
  const sections = useMemo(() => {
    const out: { section: string; items: Item[] }[] = [];
    for (const item of inspection.checklist.items) {
      const last = out.at(-1);
      if (last?.section === item.section) last.items.push(item);
      else out.push({ section: item.section, items: [item] });
    }
    return out;
  }, [inspection.checklist.items]);
  const answered = [...answers.values()].filter((a) => a.value !== '').length;
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <div className="checklist-head">
        <h3 id="checklist-title" className="supervision-section-title">
          {t('supervision.checklistTitle', { name: inspection.checklist.name, version: inspection.checklist.version })}
        </h3>
        <span className="muted">
          {t('supervision.answeredCount', { answered, total: inspection.checklist.items.length })}
        </span>
        {editable ? (
          <Button
            type="primary"
            className="checklist-save"
            disabled={dirty.size === 0}
            loading={save.isPending}
            onClick={() => void submit().catch(() => undefined)}
          >
            {dirty.size === 0 ? t('supervision.answersSaved') : t('supervision.saveAnswers', { count: dirty.size })}
          </Button>
        ) : null}
      </div>
      {save.error ? <Alert type="error" showIcon title={save.error.message} /> : null}
      {sections.map((s) => (
        <fieldset key={s.section} className="checklist-section">
          <legend>{s.section}</legend>
          {s.items.map((item) => (
            <ChecklistRow
              key={item.id}
              item={item}
              answer={answers.get(item.id)}
              editable={editable}
              onChange={onChange}
            />
          ))}
        </fieldset>
      ))}
    </section>
  );
}

interface RowProps {
  item: Item;
  answer: Answer | undefined;
  editable: boolean;
  onChange: (itemId: number, patch: Partial<Answer>) => void;
}

const ChecklistRow = memo(function ChecklistRow({ item, answer, editable, onChange }: RowProps) {
  const { t } = useTranslation();
  const value = answer?.value ?? '';
  const label = `${item.seq}. ${item.text}`;
  const id = `item-${item.id}`;
  let control;
  if (item.answerType === 'yes_no')
    control = (
      <Radio.Group
        aria-label={label}
        disabled={!editable}
        value={value || undefined}
        onChange={(e) => onChange(item.id, { value: e.target.value as string })}
        options={[
          { value: 'yes', label: t('supervision.yes') },
          { value: 'no', label: t('supervision.no') },
          { value: 'na', label: t('supervision.na') },
        ]}
      />
    );
  else if (item.answerType === 'score')
    control = (
      <span className="checklist-score">
        <InputNumber
          id={id}
          aria-label={label}
          disabled={!editable}
          min={0}
          max={item.maxScore ?? undefined}
          precision={0}
          value={value === '' ? null : Number(value)}
          onChange={(v) => onChange(item.id, { value: v === null ? '' : String(v) })}
        />
        <span className="muted">{t('supervision.maxScore', { max: item.maxScore })}</span>
      </span>
    );
  else if (item.answerType === 'number')
    control = (
      <Input
        id={id}
        aria-label={label}
        disabled={!editable}
        style={{ width: 160 }}
        value={value}
        onChange={(e) => onChange(item.id, { value: e.target.value })}
      />
    );
  else
    control = (
      <Input.TextArea
        id={id}
        aria-label={label}
        disabled={!editable}
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={value}
        onChange={(e) => onChange(item.id, { value: e.target.value })}
      />
    );
  return (
    <div className={`checklist-row${value === 'no' ? ' is-no' : ''}`}>
      <label className="checklist-text" htmlFor={item.answerType === 'yes_no' ? undefined : id}>
        {label}
      </label>
      <div className="checklist-control">{control}</div>
      {value === 'no' && item.findingText ? (
        <div className="checklist-finding muted">
          {t('supervision.suggestedFinding', {
            text: item.findingText,
            severity: t(`supervision.severity.${item.findingSeverity ?? 'minor'}`),
          })}
        </div>
      ) : null}
    </div>
  );
});
