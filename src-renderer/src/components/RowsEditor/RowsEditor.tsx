import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { fieldId } from '../FormErrors/fieldErrors';
import type { FormApi } from '../FormErrors/useSchemaForm';

export interface CellSpec {
  /** Visible column title. */
  title: string;
  /** CSS grid track, e.g. "120px" or "1fr". */
  width: string;
}

interface Props<D> {
  form: FormApi<D>;
  /** Dotted path of the array, e.g. "ruleSet.categories". */
  path: string;
  heading: string;
  columns: CellSpec[];
  count: number;
  renderCell: (
    row: number,
    col: number,
    control: { id: string; path: string; error?: string | undefined },
  ) => ReactNode;
  /** Path of each cell, by column, relative to the row ("code", "name", …). */
  cellKeys: string[];
  addLabel: string;
  removeLabel: (n: number) => string;
  onAdd: () => void;
  onRemove: (row: number) => void;
  footer?: ReactNode;
}

/** An editable list in a form (categories, budget lines…): column titles, one line per item, add, remove. */
export function RowsEditor<D>(props: Props<D>) {
  const { form, path, columns, cellKeys } = props;
  const template = `${columns.map((c) => c.width).join(' ')} 40px`;
  const listError = form.errorFor(path);
  return (
    <div
      className="rows-editor"
      role="group"
      id={fieldId(form.formId, path)}
      tabIndex={-1}
      aria-labelledby={`${fieldId(form.formId, path)}-heading`}
      aria-describedby={listError ? `${fieldId(form.formId, path)}-error` : undefined}
    >
      <div className="rows-editor-heading" id={`${fieldId(form.formId, path)}-heading`}>
        {props.heading}
      </div>
      <div className="rows-editor-head" style={{ gridTemplateColumns: template }} aria-hidden="true">
        {columns.map((c) => (
          <span key={c.title}>{c.title}</span>
        ))}
        <span />
      </div>
      {Array.from({ length: props.count }, (_, row) => (
        <div key={row} className="rows-editor-row" style={{ gridTemplateColumns: template }}>
          {columns.map((c, col) => {
            const cellPath = `${path}.${row}.${cellKeys[col]}`;
            const error = form.errorFor(cellPath);
            return (
              <div key={c.title} className="rows-editor-cell">
                {props.renderCell(row, col, { id: fieldId(form.formId, cellPath), path: cellPath, error })}
                {error ? (
                  <div className="cell-error" id={`${fieldId(form.formId, cellPath)}-error`}>
                    {error}
                  </div>
                ) : null}
              </div>
            );
          })}
          <Button
            type="text"
            danger
            icon={<DeleteOutlined aria-hidden="true" />}
            aria-label={props.removeLabel(row + 1)}
            onClick={() => props.onRemove(row)}
          />
        </div>
      ))}
      <div className="rows-editor-foot">
        <Button type="dashed" size="small" icon={<PlusOutlined aria-hidden="true" />} onClick={props.onAdd}>
          {props.addLabel}
        </Button>
        {props.footer}
      </div>
      {listError ? (
        <div className="cell-error" role="alert" id={`${fieldId(form.formId, path)}-error`}>
          {listError}
        </div>
      ) : null}
    </div>
  );
}
