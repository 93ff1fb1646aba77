import { FlexRender, type Row, type RowData } from '@tanstack/react-table';
import type { Virtualizer } from '@tanstack/react-virtual';
import { memo } from 'react';
import type { GridFeatures } from './columns';
import { ariaRowIndex } from './listQuery';

interface Props<T extends RowData> {
  rows: Row<GridFeatures, T>[];
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  template: string;
  rowIdPrefix: string;
  activeIndex: number;
  page: number;
  pageSize: number;
  /** Both stable across renders, so a row that did not change is not drawn again. */
  onActivate: (rowId: string) => void;
  onOpen: (row: T) => void;
}

/** Only the rows in view are in the DOM; each is positioned absolutely at its virtual offset. */
export function GridBody<T extends RowData>(props: Props<T>) {
  const { rows, virtualizer, template, rowIdPrefix, activeIndex, page, pageSize } = props;
  // Item offsets count from the top of the scroll container, which includes the sticky header.
  const offset = virtualizer.options.scrollMargin;
  return (
    <div role="rowgroup" className="dt-body" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <GridRow
            key={row.id}
            row={row as Row<GridFeatures, RowData>}
            domId={`${rowIdPrefix}-${row.id}`}
            rowIndex={ariaRowIndex(page, pageSize, item.index)}
            active={item.index === activeIndex}
            odd={item.index % 2 === 1}
            template={template}
            height={item.size}
            top={item.start - offset}
            onActivate={props.onActivate}
            onOpen={props.onOpen as (row: RowData) => void}
          />
        );
      })}
    </div>
  );
}

interface RowProps {
  row: Row<GridFeatures, RowData>;
  domId: string;
  rowIndex: number;
  active: boolean;
  odd: boolean;
  /** The column tracks: also what changes when columns are shown or hidden. */
  template: string;
  height: number;
  top: number;
  onActivate: (rowId: string) => void;
  onOpen: (row: RowData) => void;
}

/**
 * One row, drawn again only when its data, place or state changes: a click on the active row, a scroll or a
 * new page leaves the other rows' cells alone.
 */
const GridRow = memo(function GridRow({ row, domId, rowIndex, active, odd, template, height, top, ...on }: RowProps) {
  return (
    <div
      id={domId}
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={active}
      className={`dt-row dt-body-row${active ? ' dt-active' : ''}${odd ? ' dt-odd' : ''}`}
      style={{ gridTemplateColumns: template, height, transform: `translateY(${top}px)` }}
      onClick={() => on.onActivate(row.id)}
      onDoubleClick={() => on.onOpen(row.original)}
    >
      {row.getVisibleCells().map((cell) => {
        const meta = cell.column.columnDef.meta;
        const align = meta?.align ?? (meta?.amount ? 'end' : 'start');
        const value = cell.getValue();
        return (
          <div
            key={cell.id}
            role="gridcell"
            data-column={cell.column.id}
            className={`dt-cell dt-${align}${meta?.amount ? ' dt-amount' : ''}`}
            title={typeof value === 'string' ? value : undefined}
          >
            <span className="dt-cell-text">
              <FlexRender cell={cell} />
            </span>
          </div>
        );
      })}
    </div>
  );
});
