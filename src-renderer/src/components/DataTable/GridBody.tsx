import type { Row, RowData } from '@tanstack/react-table';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
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
  onActivate: (index: number) => void;
  onOpen?: ((row: T) => void) | undefined;
  renderCell: (row: Row<GridFeatures, T>, cellIndex: number) => ReactNode;
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
        const active = item.index === activeIndex;
        return (
          <div
            key={row.id}
            id={`${rowIdPrefix}-${row.id}`}
            role="row"
            aria-rowindex={ariaRowIndex(page, pageSize, item.index)}
            aria-selected={active}
            className={`dt-row dt-body-row${active ? ' dt-active' : ''}${item.index % 2 ? ' dt-odd' : ''}`}
            style={{
              gridTemplateColumns: template,
              height: item.size,
              transform: `translateY(${item.start - offset}px)`,
            }}
            onClick={() => props.onActivate(item.index)}
            onDoubleClick={() => props.onOpen?.(row.original)}
          >
            {row.getVisibleCells().map((_, i) => props.renderCell(row, i))}
          </div>
        );
      })}
    </div>
  );
}
