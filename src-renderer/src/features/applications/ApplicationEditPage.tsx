import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { navigate } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ApplicationForm } from './ApplicationForm';
import { applicationDraft, emptyApplication } from './draft';

/** #/applications/new and #/applications/:id/edit. */
export function ApplicationEditPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const existing = useOp('applications.get', { id: id ?? 1 }, { enabled: id !== null });
  const a = existing.data;
  const back = () =>
    navigate(id === null ? { name: 'list', area: 'applications' } : { name: 'detail', area: 'applications', id });

  return (
    <>
      <PageHeader
        title={id === null ? t('applications.newTitle') : t('applications.editTitle')}
        sub={a ? `${a.code} ${a.name}` : undefined}
        onBack={back}
      />
      {id !== null && !a ? (
        <QueryState pending={existing.isPending} error={existing.error} />
      ) : (
        <ApplicationForm
          id={id}
          initial={a ? applicationDraft(a) : emptyApplication()}
          labels={
            a
              ? {
                  program: { value: a.fundProgramId, label: a.programCode },
                  organization: { value: a.organizationId, label: a.organizationName },
                }
              : {}
          }
          onCancel={back}
          onSaved={(view) => {
            void message.success(id === null ? t('applications.created') : t('applications.saved'));
            navigate({ name: 'detail', area: 'applications', id: view.id });
          }}
        />
      )}
    </>
  );
}
