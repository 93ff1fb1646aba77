import type { OpInput, OpName, OpOutput } from '@contract';
import { ops } from '@contract';
import { useCallback } from 'react';
import { useOpMutation } from '../../api/hooks';
import { useSchemaForm, type FormApi } from './useSchemaForm';

interface SaveFormOptions<D, C extends OpName, U extends OpName> {
  formId: string;
  /** null for a new record (the create op), else the id of the record being edited (the update op). */
  id: number | null;
  create: C;
  update: U;
  initial: D;
  /** Draft → the op's fields without `id`; a stable (module-level) function, so validation is not redone. */
  toFields: (draft: D) => object;
  knownPaths: string[];
  onSaved: (view: OpOutput<C> | OpOutput<U>) => void;
}

/**
 * A create-or-edit form: validated by the very schema of the op it will call (create or update, chosen by
 * `id`), so the form and main always agree on what is acceptable and how it is named.
 */
export function useSaveForm<D, C extends OpName, U extends OpName>(o: SaveFormOptions<D, C, U>): FormApi<D> {
  const { id, toFields, onSaved } = o;
  const create = useOpMutation(o.create);
  const update = useOpMutation(o.update);
  const toInput = useCallback((d: D) => (id === null ? toFields(d) : { id, ...toFields(d) }), [id, toFields]);
  return useSchemaForm({
    formId: o.formId,
    schema: id === null ? ops[o.create].input : ops[o.update].input,
    initial: o.initial,
    toInput,
    knownPaths: o.knownPaths,
    onValid: async (input) => {
      // The schema was chosen by `id`, so the parsed input has the matching op's shape.
      const view =
        id === null ? await create.mutateAsync(input as OpInput<C>) : await update.mutateAsync(input as OpInput<U>);
      onSaved(view);
    },
  });
}
