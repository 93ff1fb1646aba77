import { Input } from 'antd';
import type { ReactNode } from 'react';
import { Field } from './Field';
import type { FormApi } from './useSchemaForm';

interface Props<D extends { reason: string }> {
  form: FormApi<D>;
  /** The op's own label of its reason (form.label) unless given. */
  label?: ReactNode;
  /** Required unless told otherwise: a return, a cut, a rejection or a reversal is always explained. */
  required?: boolean;
  autoFocus?: boolean;
  /** Rows shown before the box grows (it grows to a little over twice that). */
  minRows?: 2 | 3;
}

/** The free-text reason of a decision (退回, 驳回, 冲销, 取消…), the same box in every dialog that asks for one. */
export function ReasonField<D extends { reason: string }>({
  form,
  label,
  required = true,
  autoFocus,
  minRows = 3,
}: Props<D>) {
  return (
    <Field form={form} path="reason" label={label} required={required}>
      {(c) => (
        <Input.TextArea
          {...c}
          autoFocus={autoFocus}
          autoSize={{ minRows, maxRows: minRows === 3 ? 8 : 6 }}
          value={form.draft.reason}
          onChange={(e) => form.set('reason' as keyof D & string, e.target.value as D[keyof D & string])}
        />
      )}
    </Field>
  );
}
