import type { ExportOpName, OpInput, OpName, OpOutput } from '@contract';
import { SORT_LIMIT } from '@contract';
import { useQueryClient } from '@tanstack/react-query';
import { useTable, type Row, type Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Pagination, Spin, theme } from 'antd';
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { opKey, useOp } from '../../api/hooks';
import { columnTrack, gridFeatures, gridMinWidth, type GridColumn } from './columns';
import { GridBody } from './GridBody';
import { GridHeader } from './GridHeader';
import {
  clampPage,
  fromPageIndex,
  isNavKey,
  nextActiveIndex,
  PAGE_SIZES,
  pageCount,
  toPageIndex,
  type FilterValue,
} from './listQuery';
import { listRequest } from './askFirstPage';
import { ExportMenu, type ExportFormat } from './ExportMenu';
import { ColumnMenu, SearchBox, ToolbarRow } from './Toolbar';
import { useColumnVisibility, type ListController } from './useListState';
import { tableStyleVars } from './style';
import { useFillHeight } from './useFillHeight';
import './DataTable.css';

export type ListOpName = { [N in OpName]: OpOutput<N> extends { rows: unknown[]; total: number } ? N : never }[OpName];
export type RowOf<N extends ListOpName> = OpOutput<N>['rows'][number];

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const NO_ROWS: never[] = [];

export interface DataTableProps<N extends ListOpName> {
  op: N;
  /** Page, sort and search state (filters stay with the page, which renders their controls). */
  list: Pick<
    ListController<Record<string, FilterValue>>,
    'state' | 'setPage' | 'setPageSize' | 'setSorting' | 'setSearch'
  >;
  columns: GridColumn<RowOf<N>>[];
  /** Accessible name of the grid, e.g. "机构列表". */
  label: string;
  /** Storage key for column visibility. */
  tableKey: string;
  onOpen?: (row: RowOf<N>) => void;
  filters?: ReactNode;
  actions?: ReactNode;
  searchPlaceholder?: string;
  /**
   * Height of the scrolling grid; the page never jumps as rows load because this is fixed. 'fill' takes what
   * the page leaves, so the grid is the page's only scroll (for grids on a long page, like the ledger).
   */
  height?: number | string | 'fill';
  /** Request fields beside the list query that the op needs, e.g. ledger.list's applicationId. */
  params?: Readonly<Record<string, string | number | boolean>>;
  /** The view's export op: 导出 then writes every row of the current question with the visible columns. */
  exportOp?: ExportOpName;
}

/** The one list component: server-side sort, filter and paging, virtual rows, keyboard navigation. */
export function DataTable<N extends ListOpName>(props: DataTableProps<N>) {
  const { list, tableKey } = props;
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const state = list.state;
  const { params } = props;
  const input = useMemo(() => listRequest(state, params), [state, params]);
  useAskWhileDrawing(props.op, input as unknown as OpInput<N>);
  const result = useOp(props.op, input as unknown as OpInput<N>, { keepPrevious: true });
  const data = result.data as { rows: RowOf<N>[]; total: number } | undefined;
  const rows = data?.rows ?? (NO_ROWS as RowOf<N>[]);
  const total = data?.total ?? 0;

  const [visibility, setVisibility] = useColumnVisibility(tableKey);
  const pagination = useMemo(
    () => ({ pageIndex: toPageIndex(state.page), pageSize: state.pageSize }),
    [state.page, state.pageSize],
  );
  const table = useTable({
    features: gridFeatures,
    columns: props.columns,
    data: rows,
    getRowId: (row) => String((row as { id: number }).id),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: true,
    maxMultiSortColCount: SORT_LIMIT,
    sortDescFirst: false,
    state: { sorting: state.sorting, pagination, columnVisibility: visibility },
    onSortingChange: list.setSorting,
    onPaginationChange: (u: Updater<typeof pagination>) => {
      const next = typeof u === 'function' ? u(pagination) : u;
      if (next.pageSize !== pagination.pageSize) list.setPageSize(next.pageSize);
      else list.setPage(fromPageIndex(next.pageIndex));
    },
    onColumnVisibilityChange: (u: Updater<Record<string, boolean>>) =>
      setVisibility(typeof u === 'function' ? u(visibility) : u),
  });

  // A filter that shrinks the result can leave the user past the last page; step back rather than show nothing.
  const { setPage } = list;
  useEffect(() => {
    if (data && state.page > pageCount(data.total, state.pageSize))
      setPage(clampPage(state.page, data.total, state.pageSize));
  }, [data, state.page, state.pageSize, setPage]);

  const gridRef = useRef<HTMLDivElement>(null);
  const filled = useFillHeight(gridRef, props.height === 'fill', tableKey);
  const height = props.height === 'fill' ? (filled ?? 'calc(100vh - 250px)') : (props.height ?? 'calc(100vh - 250px)');
  const tableRows = table.getRowModel().rows as Row<typeof gridFeatures, RowOf<N>>[];
  const overscan = useOverscan(tableRows.length > 0);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only in this render
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (i) => tableRows[i]?.id ?? i,
  });

  // A new question (page, sort, search, filter) starts at the top of its answer.
  const requestKey = JSON.stringify(input);
  useEffect(() => {
    gridRef.current?.scrollTo({ top: 0 });
  }, [requestKey]);

  const [activeId, setActiveId] = useState<string | null>(null);
  // Pages pass onOpen inline; the rows get one stable function so they need not re-render for it.
  const onOpenRef = useRef(props.onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = props.onOpen;
  });
  const open = useCallback((row: RowOf<N>) => onOpenRef.current?.(row), []);
  const activeIndex = activeId === null ? -1 : tableRows.findIndex((r) => r.id === activeId);
  const rowIdPrefix = `dt-${tableKey}`;
  const activate = (index: number) => {
    const row = tableRows[index];
    setActiveId(row ? row.id : null);
    if (row) virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    if (isNavKey(e.key)) {
      e.preventDefault();
      const viewport = gridRef.current?.clientHeight ?? ROW_HEIGHT * 10;
      const step = Math.max(1, Math.floor((viewport - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      activate(nextActiveIndex(e.key, activeIndex, tableRows.length, step));
    } else if (e.key === 'Enter' && activeIndex >= 0) {
      e.preventDefault();
      const row = tableRows[activeIndex];
      if (row) props.onOpen?.(row.original);
    }
  };

  const leafColumns = table.getVisibleLeafColumns();
  const template = leafColumns.map((c) => columnTrack(c.columnDef.meta)).join(' ');
  const minWidth = gridMinWidth(leafColumns.map((c) => c.columnDef.meta));
  const hasAmount = leafColumns.some((c) => c.columnDef.meta?.amount);
  const status = statusText(result.isPending, result.error?.message, rows.length === 0, t);

  return (
    <section className="dt" style={tableStyleVars(token)}>
      <ToolbarRow
        left={
          <>
            <SearchBox value={state.search} onSearch={list.setSearch} placeholder={props.searchPlaceholder} />
            {props.filters}
          </>
        }
        right={
          <>
            {result.isFetching && !result.isPending ? <Spin size="small" aria-label={t('common.loading')} /> : null}
            {hasAmount ? <span className="dt-unit">{t('table.unit')}</span> : null}
            <ColumnMenu columns={table.getAllLeafColumns()} />
            {props.exportOp ? (
              <ExportMenu
                op={props.exportOp}
                count={total}
                input={(format: ExportFormat) => {
                  const { page: _p, pageSize: _s, ...question } = input;
                  const columns = leafColumns
                    .filter((c) => c.columnDef.meta?.exportable !== false)
                    .map((c) => ({ id: c.id, label: c.columnDef.meta?.label ?? c.id }));
                  return { ...question, format, columns } as never;
                }}
              />
            ) : null}
            {props.actions}
          </>
        }
      />
      <div
        ref={gridRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={total + 1}
        aria-colcount={leafColumns.length}
        aria-busy={result.isFetching}
        aria-activedescendant={activeIndex >= 0 && activeId ? `${rowIdPrefix}-${activeId}` : undefined}
        tabIndex={0}
        className="dt-grid"
        style={{ height, '--dt-min-width': `${minWidth}px` } as CSSProperties}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget && activeIndex < 0 && tableRows.length > 0) setActiveId(tableRows[0]!.id);
        }}
      >
        <GridHeader headers={table.getFlatHeaders()} template={template} multiSorted={state.sorting.length > 1} />
        {status ? (
          <div role="row" className="dt-status-row">
            <div role="gridcell" aria-colspan={leafColumns.length} className="dt-status">
              {status.error ? <Alert type="error" showIcon title={status.text} /> : status.text}
            </div>
          </div>
        ) : (
          <GridBody
            rows={tableRows}
            virtualizer={virtualizer}
            template={template}
            rowIdPrefix={rowIdPrefix}
            activeIndex={activeIndex}
            page={state.page}
            pageSize={state.pageSize}
            onActivate={setActiveId}
            onOpen={open}
          />
        )}
      </div>
      <div className="dt-footer">
        <Pagination
          size="small"
          current={state.page}
          pageSize={state.pageSize}
          total={total}
          pageSizeOptions={PAGE_SIZES.map(String)}
          showSizeChanger={{ 'aria-label': t('table.pageSize') }}
          showTotal={(n) => t('table.total', { count: n })}
          onChange={(page, size) => (size !== state.pageSize ? list.setPageSize(size) : list.setPage(page))}
        />
      </div>
    </section>
  );
}

/** Rows drawn beyond the bottom of the grid, ready for a scroll. */
const OVERSCAN = 8;

/**
 * The first rows a grid shows are only those in view, so they appear sooner; the rows below, drawn ahead for a
 * scroll, follow once that frame is on screen, as a transition that gives way to any click.
 */
function useOverscan(hasRows: boolean): number {
  const [overscan, setOverscan] = useState(0);
  useEffect(() => {
    if (!hasRows || overscan > 0) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setOverscan(OVERSCAN)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [hasRows, overscan]);
  return overscan;
}

/**
 * Sends a new question (a list opened, sorted, paged) while the grid is drawn, not after: useQuery asks only
 * once the drawn screen is committed, and on a first list or a sort that drawing took as long as the answer.
 * The query then finds the request under way and waits for it. Only for a question not asked before.
 */
function useAskWhileDrawing<N extends ListOpName>(op: N, input: OpInput<N>): void {
  const client = useQueryClient();
  const key = opKey(op, input);
  if (client.getQueryState(key) === undefined)
    void client.prefetchQuery({ queryKey: key, queryFn: () => call(op, input) });
}

function statusText(
  pending: boolean,
  errorMessage: string | undefined,
  empty: boolean,
  t: (k: 'common.loading' | 'table.empty') => string,
): { text: string; error: boolean } | null {
  if (errorMessage) return { text: errorMessage, error: true };
  if (pending) return { text: t('common.loading'), error: false };
  if (empty) return { text: t('table.empty'), error: false };
  return null;
}
