import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { navigate } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { emptyProgram, programDraft } from './draft';
import { FundProgramForm } from './FundProgramForm';

/** #/fund-programs/new and #/fund-programs/:id/edit. */
export function FundProgramEditPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const existing = useOp('fundPrograms.get', { id: id ?? 1 }, { enabled: id !== null });
  const [thisYear] = useState(() => new Date().getFullYear());
  const back = () =>
    navigate(id === null ? { name: 'list', area: 'fundPrograms' } : { name: 'detail', area: 'fundPrograms', id });

  return (
    <>
      <PageHeader
        title={id === null ? t('fundPrograms.newTitle') : t('fundPrograms.editTitle')}
        sub={existing.data?.name}
        onBack={back}
      />
      {id !== null && !existing.data ? (
        <QueryState pending={existing.isPending} error={existing.error} />
      ) : (
        <FundProgramForm
          id={id}
          initial={existing.data ? programDraft(existing.data) : emptyProgram(thisYear)}
          onCancel={back}
          onSaved={(view) => {
            void message.success(id === null ? t('fundPrograms.created') : t('fundPrograms.saved'));
            navigate({ name: 'detail', area: 'fundPrograms', id: view.id });
          }}
        />
      )}
    </>
  );
}
