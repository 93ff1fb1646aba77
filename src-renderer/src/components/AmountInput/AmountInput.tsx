import type { AmountError } from '@contract';
import { amountInWords, formatFen, parseAmount, ruleMessage } from '@contract';
import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n';
import './AmountInput.css';

export interface AmountInputProps {
  id?: string;
  /** Integer fen; null when empty or not parseable. */
  value: number | null | undefined;
  onChange: (fen: number | null, error: AmountError | null) => void;
  /** Field name for the parse error message ("资金总额：最多两位小数（精确到分）"). */
  fieldLabel: string;
  onBlur?: () => void;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  placeholder?: string;
}

function parsed(text: string): { fen: number | null; error: AmountError | null } {
  if (text.trim() === '') return { fen: null, error: null };
  const r = parseAmount(text);
  return r.ok ? { fen: r.value, error: null } : { fen: null, error: r.error };
}

/**
 * Money typed as text and parsed exactly (never through a float); the value is fen. Beneath it, live, the
 * amount in 人民币大写 — the form officers check against the paper — or why the text is not an amount.
 */
export function AmountInput(props: AmountInputProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { value, onChange } = props;
  const [text, setText] = useState(() => (value == null ? '' : formatFen(value)));
  const [lastValue, setLastValue] = useState(value);
  // Adopt a value set from outside (a template, a reset) unless it is what the text already says.
  if (value !== lastValue) {
    setLastValue(value);
    if (parsed(text).fen !== (value ?? null)) setText(value == null ? '' : formatFen(value));
  }
  const { fen, error } = parsed(text);
  const wordsId = props.id ? `${props.id}-words` : undefined;
  const describedBy = [props['aria-describedby'], wordsId].filter(Boolean).join(' ') || undefined;

  return (
    <div className="amount-input">
      <Input
        id={props.id}
        inputMode="decimal"
        autoComplete="off"
        suffix={t('common.yuan')}
        placeholder={props.placeholder ?? '0.00'}
        aria-label={props['aria-label']}
        aria-invalid={props['aria-invalid'] || error !== null}
        aria-describedby={describedBy}
        status={error || props['aria-invalid'] ? 'error' : undefined}
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const p = parsed(next);
          setLastValue(p.fen);
          onChange(p.fen, p.error);
        }}
        onBlur={() => {
          // Show the canonical form (thousands separators, two decimals) once the user moves on.
          if (fen !== null && formatFen(fen) !== text) setText(formatFen(fen));
          props.onBlur?.();
        }}
      />
      <div id={wordsId} className={`amount-words${error ? ' amount-words-error' : ''}`} aria-live="polite">
        {error
          ? `${props.fieldLabel}${locale === 'zh' ? '：' : ': '}${ruleMessage(`amount.${error}`, locale)}`
          : fen !== null
            ? amountInWords(fen)
            : '\u00a0'}
      </div>
    </div>
  );
}

/** An amount as officers read it on paper: the figure, and beneath it the 人民币大写. */
export function AmountText({ fen, words = true }: { fen: number | null | undefined; words?: boolean }) {
  if (fen == null) return <span>—</span>;
  return (
    <span className="amount-text">
      <span className="amount-figure">{formatFen(fen)}</span>
      {words ? <span className="amount-words">{amountInWords(fen)}</span> : null}
    </span>
  );
}
