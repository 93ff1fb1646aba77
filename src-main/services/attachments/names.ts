/**
 * What an upload says about itself, made safe to keep and show. The store never uses the file name as a
 * path, but the name travels on (downloads, exports), so it loses any directory part and any character that
 * a file system or a terminal would interpret.
 */

const FALLBACK_NAME = 'attachment';
const MAX_NAME = 255;

/** "../../etc/passwd" → "passwd", "C:\\Users\\a\\报告.pdf" → "报告.pdf", "a\u0000b|c" → "ab_c". */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // Control characters (including NUL and newlines) and the bidi overrides that disguise extensions.
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    // Windows drops trailing dots and spaces; a name of only dots is a directory reference.
    .replace(/[. ]+$/, '');
  if (cleaned === '' || /^\.+$/.test(cleaned)) return FALLBACK_NAME;
  return [...cleaned].slice(0, MAX_NAME).join('');
}

const MIME_RE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** The media type without parameters, lower case; anything else is application/octet-stream. */
export function normalizeMimeType(raw: string): string {
  const type = (raw.split(';')[0] ?? '').trim().toLowerCase();
  return MIME_RE.test(type) && type.length <= 127 ? type : 'application/octet-stream';
}

/**
 * Decoded size of standard base64 text without decoding it, or null when the text is not base64 (the
 * decoder would silently skip bad characters, so they are refused instead). Whitespace is not allowed.
 */
export function base64DecodedSize(text: string): number | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
