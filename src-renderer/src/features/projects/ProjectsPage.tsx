import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { registerFirstQuestion } from '../../app/askAhead';
import { navigate } from '../../app/router';
import { askFirstPage } from '../../components/DataTable/askFirstPage';
import { DataTable } from '../../components/DataTable/DataTable';
import { openingListState, useListState } from '../../components/DataTable/useListState';
import { PageHeader } from '../../components/PageHeader';
import { RemoteSelect } from '../../components/RemoteSelect';
import { yearOptions } from '../applications/labels';
import { useProjectColumns } from './projectColumns';

interface Filters {
  /** Always 'approved': a project is an approved application, which has its agreement. */
  state: 'approved';
  fundProgramId: number | undefined;
  year: number | undefined;
  [key: string]: string | number | undefined;
}

const OPENING: { filters: Filters; sorting: { id: string; desc: boolean }[] } = {
  filters: { state: 'approved', fundProgramId: undefined, year: undefined },
  sorting: [{ id: 'code', desc: true }],
};

registerFirstQuestion('projects', (client) =>
  askFirstPage(client, 'applications.list', openingListState('projects', OPENING)),
);

/** 项目: the approved applications with their agreements; a row opens the project's finance page. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const list = useListState<Filters>('projects', OPENING);
  const columns = useProjectColumns();
  const { filters } = list.state;
  return (
    <>
      <PageHeader title={t('projects.title')} />
      <DataTable
        op="applications.list"
        list={list}
        columns={columns}
        label={t('projects.gridLabel')}
        tableKey="projects"
        exportOp="exports.projects"
        searchPlaceholder={t('projects.searchPlaceholder')}
        onOpen={(row) => navigate({ name: 'project', id: row.id })}
        filters={
          <>
            <RemoteSelect
              op="fundPrograms.list"
              aria-label={t('projects.filterProgram')}
              placeholder={t('projects.allPrograms')}
              allowClear
              style={{ width: 220 }}
              toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}` })}
              value={filters.fundProgramId}
              onChange={(v) => list.setFilter('fundProgramId', v)}
            />
            <Select
              aria-label={t('projects.filterYear')}
              placeholder={t('projects.allYears')}
              allowClear
              style={{ width: 110 }}
              value={filters.year}
              onChange={(v?: number) => list.setFilter('year', v)}
              options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
            />
          </>
        }
      />
    </>
  );
}
