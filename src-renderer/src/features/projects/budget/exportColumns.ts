import type { ShownColumn } from '../../../components/DataTable/ExportMenu';

interface TableColumn {
  key?: unknown;
  dataIndex?: unknown;
  title?: unknown;
  children?: readonly TableColumn[];
}

/**
 * The columns an antd table shows, as an export names them: leaf columns in order, a grouped column under
 * its group's title ("实际支出 / 财政资金", in either language), so the export follows the table whatever columns it grows.
 */
export function shownColumns(columns: readonly TableColumn[], group = ''): ShownColumn[] {
  return columns.flatMap((c) => {
    const title = typeof c.title === 'string' ? c.title : '';
    if (c.children?.length) return shownColumns(c.children, title);
    const id = String(c.key ?? c.dataIndex ?? '');
    if (!id) return [];
    return [{ id, label: group ? `${group} / ${title}` : title }];
  });
}

/**
 * The grant's original budget is shown beneath a changed current one rather than in a column of its own; the
 * export gives it its own column, before the current budget, so a spreadsheet can compare the two.
 */
export function withOriginalBudget(columns: ShownColumn[], originalLabel: string): ShownColumn[] {
  return columns.flatMap((c) => {
    if (c.id !== 'grant-current') return [c];
    const group = c.label.includes(' / ') ? c.label.slice(0, c.label.lastIndexOf(' / ')) : '';
    return [{ id: 'grant-original', label: group ? `${group} / ${originalLabel}` : originalLabel }, c];
  });
}
