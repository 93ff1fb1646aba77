import { ROLES, type Role } from '@contract';
import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FormErrors/Field';
import type { FormApi } from '../../components/FormErrors/useSchemaForm';

/** 角色: one checkbox per role, each named by its label, in a group named 角色. */
export function RolesField<D extends { roles: Role[] }>({ form }: { form: FormApi<D> }) {
  const { t } = useTranslation();
  return (
    <Field form={form} path="roles" label={t('users.roles')} required group>
      {(c) => (
        <div id={c.id} tabIndex={-1} className="group-focus">
          <Checkbox.Group<Role>
            aria-labelledby={c['aria-labelledby']}
            aria-describedby={c['aria-describedby']}
            value={form.draft.roles}
            onChange={(v) => {
              // Keep the canonical order so the saved list does not depend on click order.
              form.update((d) => ({ ...d, roles: ROLES.filter((r) => v.includes(r)) }), ['roles']);
              form.touch('roles');
            }}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </div>
      )}
    </Field>
  );
}
