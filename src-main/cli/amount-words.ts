import { amountInWordsFromText, ruleMessage } from '../contract';
import type { CommandContext } from './context';
import { DataError, EXIT_OK, t } from './output';

/** `grants amount-words 100000001.01` → 人民币壹亿零壹元零壹分, by the same code the UI uses. */
export function runAmountWords({ io, locale, positionals }: CommandContext): number {
  const text = positionals[0] ?? '';
  const words = amountInWordsFromText(text);
  if (!words.ok) {
    const rule = `amount.${words.error}`;
    throw new DataError(t('amount.invalid', locale, { text, rule, message: ruleMessage(rule, locale) }));
  }
  io.out(words.value);
  return EXIT_OK;
}
