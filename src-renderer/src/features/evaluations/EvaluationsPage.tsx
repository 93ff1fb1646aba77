import type { EvaluationSummary } from '@contract';
import { Button, Card, Segmented, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { linkValue, useLinkQuery } from '../../app/linkQuery';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useEvaluationColumns } from './labels';

const KINDS = ['midterm', 'final'] as const;
const STATES = ['open', 'finalized'] as const;
const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;

interface Filters {
  fundProgramId?: number;
  kind?: EvaluationSummary['kind'];
  state?: EvaluationSummary['state'];
  grade?: (typeof GRADES)[number];
}

/** A link from the 监督检查 overview: #/evaluations?fundProgramId=3&kind=final&grade=fail&state=finalized. */
function parseLink(q: URLSearchParams): Filters | null {
  const program = q.get('fundProgramId') ?? '';
  const f: Filters = {
    fundProgramId: /^[1-9]\d{0,9}$/.test(program) ? Number(program) : undefined,
    kind: linkValue.oneOf(q, 'kind', KINDS),
    state: linkValue.oneOf(q, 'state', STATES),
    grade: linkValue.oneOf(q, 'grade', GRADES),
  };
  return Object.values(f).some((v) => v !== undefined) ? f : null;
}

/** #/evaluations — the 监督检查 area's evaluations, an evaluator's own first; narrowed by program, kind, state, grade. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const scorer = can('evaluations.score');
  const linked = useLinkQuery(parseLink);
  // A link asks about everyone's evaluations, not only the caller's.
  const [mine, setMine] = useState(scorer && !linked);
  const [filters, setFilters] = useState<Filters>(linked ?? {});
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  const list = useOp('evaluations.list', { ...filters, ...(mine ? { mine: true } : {}) });
  const columns = useEvaluationColumns(true);
  const narrowed = Object.values(filters).some((v) => v !== undefined);
  return (
    <>
      <PageHeader title={t('evaluations.title')} />
      <Card size="small">
        <Space wrap className="evaluations-filter">
          {scorer ? (
            <Segmented
              value={mine ? 'mine' : 'all'}
              onChange={(v) => setMine(v === 'mine')}
              options={[
                { value: 'mine', label: t('evaluations.mine') },
                { value: 'all', label: t('evaluations.all') },
              ]}
            />
          ) : null}
          <RemoteSelect
            op="fundPrograms.list"
            aria-label={t('evaluations.filters.program')}
            placeholder={t('evaluations.filters.allPrograms')}
            allowClear
            style={{ width: 240 }}
            toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}` })}
            value={filters.fundProgramId}
            onChange={(v) => set({ fundProgramId: v })}
          />
          <Select
            aria-label={t('evaluations.kind')}
            placeholder={t('evaluations.kind')}
            allowClear
            style={{ width: 120 }}
            value={filters.kind}
            onChange={(v?: Filters['kind']) => set({ kind: v })}
            options={KINDS.map((k) => ({ value: k, label: t(`evaluations.kinds.${k}`) }))}
          />
          <Select
            aria-label={t('evaluations.state')}
            placeholder={t('evaluations.state')}
            allowClear
            style={{ width: 110 }}
            value={filters.state}
            onChange={(v?: Filters['state']) => set({ state: v })}
            options={STATES.map((s) => ({ value: s, label: t(`evaluations.states.${s}`) }))}
          />
          <Select
            aria-label={t('evaluations.grade')}
            placeholder={t('evaluations.grade')}
            allowClear
            style={{ width: 110 }}
            value={filters.grade}
            onChange={(v?: Filters['grade']) => set({ grade: v })}
            options={GRADES.map((g) => ({ value: g, label: t(`evaluations.grades.${g}`) }))}
          />
          {narrowed ? (
            <Button type="link" onClick={() => setFilters({})}>
              {t('evaluations.filters.clear')}
            </Button>
          ) : null}
        </Space>
        <Table
          size="small"
          rowKey="id"
          aria-label={t('evaluations.listLabel')}
          loading={list.isPending}
          dataSource={list.data?.rows ?? []}
          columns={columns}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          locale={{ emptyText: list.error ? list.error.message : t('evaluations.none') }}
        />
      </Card>
    </>
  );
}
