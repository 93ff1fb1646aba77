import { Form } from 'antd';
import type { ReactNode } from 'react';
import { fieldId } from './fieldErrors';
import type { FormApi } from './useSchemaForm';

/** Props every control in a Field receives: its id (for the label) and its error wiring. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
  onBlur: () => void;
}

interface FieldProps<D> {
  form: FormApi<D>;
  path: string;
  /** Main's label of the field in the form's op (form.label) unless a form shows something else. */
  label?: ReactNode;
  required?: boolean;
  /** A set of checkboxes or radios: the label names the group instead of one control. */
  group?: boolean;
  extra?: ReactNode;
  className?: string;
  children: (control: ControlProps & { 'aria-labelledby'?: string }) => ReactNode;
}

/**
 * One labelled form field with its message underneath. The label is a real <label for>, so the control's
 * accessible name is the visible text (what the tests and screen readers look for).
 */
export function Field<D>({ form, path, label: given, required, group, extra, className, children }: FieldProps<D>) {
  const label = given ?? form.label(path);
  const id = fieldId(form.formId, path);
  const error = form.errorFor(path);
  const errorId = `${id}-error`;
  const labelId = `${id}-label`;
  const control: ControlProps & { 'aria-labelledby'?: string } = {
    id,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? errorId : undefined,
    'aria-required': required || undefined,
    onBlur: () => form.touch(path),
    ...(group ? { 'aria-labelledby': labelId } : {}),
  };
  return (
    <Form.Item
      className={className}
      label={group ? <span id={labelId}>{label}</span> : label}
      htmlFor={group ? undefined : id}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span id={errorId}>{error}</span> : undefined}
      // The hint gives way to the error in the same place, so the form does not jump.
      extra={error ? undefined : extra}
    >
      {children(control)}
    </Form.Item>
  );
}
