import type { ReactNode } from 'react';

/**
 * Controls for the screens shown before sign-in, drawn without antd so the sign-in screen's script stays small
 * and appears at once; app.css gives them antd's look (the .plain-* rules).
 */
export function PlainAlert({
  type,
  children,
  action,
}: {
  type: 'error' | 'warning';
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`plain-alert plain-alert-${type}`} role="alert">
      <span className="plain-alert-icon" aria-hidden="true">
        {type === 'error' ? '×' : '!'}
      </span>
      <div className="plain-alert-text">{children}</div>
      {action}
    </div>
  );
}

export function PlainSpin({ label }: { label: string }) {
  return <div className="plain-spin" role="status" aria-label={label} />;
}

export function PlainField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="plain-field">
      <label className="plain-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <div id={`${id}-error`} className="plain-field-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
