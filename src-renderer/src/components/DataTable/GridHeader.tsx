import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { Header, RowData } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { GridFeatures } from './columns';
import { ariaSort } from './listQuery';

interface Props<Row extends RowData> {
  headers: Header<GridFeatures, Row, unknown>[];
  template: string;
  multiSorted: boolean;
}

/** The header row: sortable columns are buttons (click sorts, Shift+click adds a column to the sort). */
export function GridHeader<Row extends RowData>({ headers, template, multiSorted }: Props<Row>) {
  const { t } = useTranslation();
  return (
    <div role="rowgroup" className="dt-head">
      <div role="row" aria-rowindex={1} className="dt-row dt-head-row" style={{ gridTemplateColumns: template }}>
        {headers.map((header, i) => {
          const column = header.column;
          const meta = column.columnDef.meta;
          const label = meta?.header ?? meta?.label ?? column.id;
          const align = meta?.align ?? (meta?.amount ? 'end' : 'start');
          if (!column.getCanSort()) {
            return (
              <div
                key={header.id}
                role="columnheader"
                data-column={column.id}
                aria-colindex={i + 1}
                className={`dt-cell dt-th dt-${align}`}
              >
                {label}
              </div>
            );
          }
          const sorted = column.getIsSorted();
          const index = column.getSortIndex();
          return (
            <div
              key={header.id}
              role="columnheader"
              data-column={column.id}
              aria-colindex={i + 1}
              aria-sort={ariaSort(sorted)}
              className={`dt-cell dt-th dt-${align}`}
            >
              <button
                type="button"
                className={`dt-sort${sorted ? ' dt-sorted' : ''}`}
                title={t('table.sortHint')}
                onClick={column.getToggleSortingHandler()}
              >
                <span>{label}</span>
                <span className="dt-sort-icon" aria-hidden="true">
                  {sorted === 'asc' ? (
                    <ArrowUpOutlined aria-hidden="true" />
                  ) : sorted === 'desc' ? (
                    <ArrowDownOutlined aria-hidden="true" />
                  ) : null}
                  {sorted && multiSorted ? <sup>{index + 1}</sup> : null}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
