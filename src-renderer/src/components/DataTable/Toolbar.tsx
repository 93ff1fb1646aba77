import { SearchOutlined, SettingOutlined } from '@ant-design/icons';
import type { Column, RowData } from '@tanstack/react-table';
import { Button, Checkbox, Input, Popover, Space } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridFeatures } from './columns';

/** Searches as the user types (after a pause) and at once on Enter. */
export function SearchBox(props: { value: string; onSearch: (v: string) => void; placeholder?: string | undefined }) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.value);
  const [lastValue, setLastValue] = useState(props.value);
  // A search set from outside (a saved filter, a reset) replaces what the box shows.
  if (props.value !== lastValue) {
    setLastValue(props.value);
    if (text.trim() !== props.value) setText(props.value);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <Input
      type="search"
      className="dt-search"
      aria-label={t('table.search')}
      placeholder={props.placeholder ?? t('table.search')}
      prefix={<SearchOutlined aria-hidden="true" />}
      allowClear
      value={text}
      onChange={(e) => {
        const v = e.target.value;
        setText(v);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => props.onSearch(v), 300);
      }}
      onPressEnter={() => {
        clearTimeout(timer.current);
        props.onSearch(text);
      }}
    />
  );
}

/** 列设置: show or hide columns; the first column always stays so a row can still be recognised. */
export function ColumnMenu<Row extends RowData>(props: { columns: Column<GridFeatures, Row, unknown>[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const content = (
    <Space orientation="vertical" size={4} role="group" aria-label={t('table.columns')}>
      {props.columns.map((column) => (
        <Checkbox
          key={column.id}
          checked={column.getIsVisible()}
          disabled={!column.getCanHide()}
          onChange={(e) => column.toggleVisibility(e.target.checked)}
        >
          {column.columnDef.meta?.label ?? column.id}
        </Checkbox>
      ))}
    </Space>
  );
  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button icon={<SettingOutlined aria-hidden="true" />} aria-expanded={open} aria-haspopup="true">
        {t('table.columns')}
      </Button>
    </Popover>
  );
}

export function ToolbarRow(props: { left: ReactNode; right: ReactNode }) {
  return (
    <div className="dt-toolbar">
      <div className="dt-toolbar-left">{props.left}</div>
      <div className="dt-toolbar-right">{props.right}</div>
    </div>
  );
}

interface FilterInputProps {
  /** Accessible name and placeholder. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  width?: number;
}

/** A text filter that asks the server after a pause in typing (and at once on Enter), not per keystroke. */
export function FilterInput({ label, value, onChange, width }: FilterInputProps) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (value !== lastValue) {
    setLastValue(value);
    if (text.trim() !== value) setText(value);
  }
  return (
    <Input
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width }}
      value={text}
      onChange={(e) => {
        const v = e.target.value;
        setText(v);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onChange(v.trim()), 300);
      }}
      onPressEnter={() => {
        clearTimeout(timer.current);
        onChange(text.trim());
      }}
    />
  );
}
