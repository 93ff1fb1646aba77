import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { navigate } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { emptyOrganization, organizationDraft } from './draft';
import { OrganizationForm } from './OrganizationForm';

/** #/organizations/new and #/organizations/:id/edit. */
export function OrganizationEditPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const existing = useOp('organizations.get', { id: id ?? 1 }, { enabled: id !== null });
  const back = () =>
    navigate(id === null ? { name: 'list', area: 'organizations' } : { name: 'detail', area: 'organizations', id });

  return (
    <>
      <PageHeader
        title={id === null ? t('organizations.newTitle') : t('organizations.editTitle')}
        sub={existing.data?.name}
        onBack={back}
      />
      {id !== null && !existing.data ? (
        <QueryState pending={existing.isPending} error={existing.error} />
      ) : (
        <OrganizationForm
          id={id}
          initial={existing.data ? organizationDraft(existing.data) : emptyOrganization()}
          onCancel={back}
          onSaved={(view) => {
            void message.success(id === null ? t('organizations.created') : t('organizations.saved'));
            navigate({ name: 'detail', area: 'organizations', id: view.id });
          }}
        />
      )}
    </>
  );
}
