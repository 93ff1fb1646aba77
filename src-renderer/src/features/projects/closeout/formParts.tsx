import { withLabelScope } from '@contract';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { Field } from '../../../components/FormErrors/Field';
import type { SchemaLike } from '../../../components/FormErrors/fieldErrors';
import type { FormApi } from '../../../components/FormErrors/useSchemaForm';

/**
 * The op's own schema, labelled in the op's area as main labels its errors ('closeOut', 'periods'), so a field
 * checked here is named as main would name it ("收款凭证号：不能为空", not the generic "凭证号"). A wrapper,
 * so the contract's schema object itself is left as it is.
 */
export function scopedSchema<Out>(schema: SchemaLike<Out>, scope: string): SchemaLike<Out> {
  return withLabelScope({ safeParse: (value: unknown) => schema.safeParse(value) }, scope);
}

interface DateFieldProps<D> {
  form: FormApi<D>;
  path: keyof D & string;
  label: string;
  autoFocus?: boolean;
}

/** A required 'YYYY-MM-DD' date with its label and error, typed or picked. */
export function DateField<D>({ form, path, label, autoFocus }: DateFieldProps<D>) {
  const value = form.draft[path] as string | null;
  return (
    <Field form={form} path={path} label={label} required>
      {(c) => (
        <DatePicker
          {...c}
          autoFocus={autoFocus}
          style={{ width: '100%' }}
          value={value ? dayjs(value) : null}
          onChange={(v) => {
            form.update((d) => ({ ...d, [path]: v ? v.format('YYYY-MM-DD') : null }), [path]);
            form.touch(path);
          }}
        />
      )}
    </Field>
  );
}
