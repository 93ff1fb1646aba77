import type { OpInput } from '@contract';
import { Select, Spin } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp } from '../api/hooks';
import type { ListOpName, RowOf } from './DataTable/DataTable';

export interface RemoteOption {
  value: number;
  label: string;
}

interface Props<N extends ListOpName> {
  op: N;
  toOption: (row: RowOf<N>) => RemoteOption;
  value: number | undefined;
  /** The label of the current value, which may not be among the first matches (e.g. when editing). */
  selected?: RemoteOption | undefined;
  /** The row comes along when the choice is among the rows loaded (not for `selected`). */
  onChange: (value: number | undefined, row: RowOf<N> | undefined) => void;
  placeholder?: string;
  /** The list's filters, e.g. approved applications only (a project to inspect). */
  filters?: Readonly<Record<string, unknown>>;
  allowClear?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | undefined;
  onBlur?: () => void;
  style?: React.CSSProperties;
}

const PAGE = 20;

/**
 * A select over a list op, searched on the server as the user types: tens of thousands of organizations
 * never travel to the renderer, only the first matches for the text typed.
 */
export function RemoteSelect<N extends ListOpName>(props: Props<N>) {
  const { t } = useTranslation();
  const { op, toOption, selected, onChange } = props;
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const input = { page: 1, pageSize: PAGE, search, sort: [], filters: props.filters ?? {} } as unknown as OpInput<N>;
  const result = useOp(op, input, { keepPrevious: true });
  const rows = (result.data as { rows: RowOf<N>[] } | undefined)?.rows;

  const options = useMemo(() => {
    const list = (rows ?? []).map(toOption);
    if (selected && !list.some((o) => o.value === selected.value)) list.unshift(selected);
    return list;
  }, [rows, toOption, selected]);

  return (
    <Select<number, RemoteOption>
      id={props.id}
      aria-label={props['aria-label']}
      aria-invalid={props['aria-invalid']}
      aria-describedby={props['aria-describedby']}
      aria-required={props['aria-required']}
      style={props.style}
      value={props.value}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      options={options}
      showSearch={{
        filterOption: false,
        searchValue: typed,
        onSearch: (text) => {
          setTyped(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setSearch(text.trim()), 250);
        },
      }}
      notFoundContent={result.isFetching ? <Spin size="small" aria-label={t('common.loading')} /> : undefined}
      onBlur={props.onBlur}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      onChange={(v) => {
        setTyped('');
        onChange(
          v ?? undefined,
          (rows ?? []).find((r) => toOption(r).value === v),
        );
      }}
    />
  );
}
