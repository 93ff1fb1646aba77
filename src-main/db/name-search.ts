import { containsPattern } from './list-sql';

/**
 * Searching names anywhere in the text through a trigram full-text index (see the organization name search
 * migration). The index can only answer a search of three characters or more; a shorter one is answered by
 * reading the names (LIKE), which over a hundred thousand names is still a few tens of milliseconds.
 */
export const TRIGRAM_MIN_CHARS = 3;

export interface NameSearch {
  /** A condition on the table's rowid (`id`), to AND into the list's WHERE. */
  sql: string;
  params: unknown[];
}

/** The search as an FTS5 phrase: matched as a run of characters, quotes and operators taken literally. */
export function trigramPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** `id` is among the rows whose `column` contains `text`: by the index when it can answer, else by LIKE. */
export function nameContains(index: string, column: string, text: string): NameSearch {
  if ([...text].length >= TRIGRAM_MIN_CHARS) {
    return { sql: `id IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ?)`, params: [trigramPhrase(text)] };
  }
  return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [containsPattern(text)] };
}

/**
 * A case-insensitive prefix of an upper-case code (credit codes are digits and capital letters) as a range,
 * which the code's unique index answers; LIKE would read every row.
 */
export function codePrefix(column: string, text: string): NameSearch {
  const upper = text.toUpperCase();
  return { sql: `(${column} >= ? AND ${column} < ?)`, params: [upper, `${upper}\uffff`] };
}
