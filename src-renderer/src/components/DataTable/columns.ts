import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';

/** What a page tells the grid about a column beyond TanStack's definition. */
export interface GridColumnMeta {
  /** The column's name as text: the header button's accessible name and the entry in 列设置. */
  label: string;
  /** A shorter header text where the label would not fit its column (an amount's unit, which the toolbar's
   * 单位：元 already states); 列设置 and exports keep the label. */
  header?: string;
  /** Minimum width in px; columns share extra space in proportion to it. */
  width?: number;
  align?: 'start' | 'end' | 'center';
  /** Money in fen: right-aligned, and the table shows "单位：元". */
  amount?: boolean;
  /** false for a column of buttons (操作), which an export leaves out. */
  exportable?: boolean;
}

/**
 * One feature set for every grid. Sorting, paging and visibility are registered for their state and APIs;
 * no client row models, because the server already sorted, filtered and paged the rows it sent.
 */
export const gridFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<GridColumnMeta>(),
});
export type GridFeatures = typeof gridFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one row type hold different value types
export type GridColumn<Row extends RowData> = ColumnDef<GridFeatures, Row, any>;

export function gridColumnHelper<Row extends RowData>() {
  return createColumnHelper<GridFeatures, Row>();
}

const DEFAULT_WIDTH = 120;

/** CSS grid track for a column: never narrower than its width, sharing spare room in proportion. */
export function columnTrack(meta: GridColumnMeta | undefined): string {
  const width = meta?.width ?? DEFAULT_WIDTH;
  return `minmax(${width}px, ${Math.round(width / 10) / 10}fr)`;
}

/**
 * The narrowest the grid may be: the sum of its columns' widths. The header and the body are both given this
 * minimum (never their content's width), so a header label longer than its column cannot widen the header's
 * tracks and push it out of line with the rows below.
 */
export function gridMinWidth(metas: readonly (GridColumnMeta | undefined)[]): number {
  return metas.reduce((sum, m) => sum + (m?.width ?? DEFAULT_WIDTH), 0);
}
