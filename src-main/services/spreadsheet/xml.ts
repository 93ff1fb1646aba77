/**
 * A minimal pull tokenizer for the XML parts of an .xlsx (worksheets, shared strings, styles, workbook).
 * Those parts are machine-written, flat and namespace-prefixed at most; a full DOM would cost far more
 * memory for a 10,000-row sheet than this single regular-expression pass.
 */
export type XmlEvent =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

// Attribute values may legally contain '>', so the attribute run skips over quoted strings as units.
const TOKEN_RE =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|([^<]+)/g;
const ATTR_RE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e] ?? m;
  });
}

/** Excel writes control characters in strings as _xHHHH_ (ECMA-376 ST_Xstring). */
export function decodeOoxmlEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!raw) return attrs;
  ATTR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR_RE.exec(raw)) !== null) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/**
 * Calls `on` for each element start, end and text run. Element names lose their namespace prefix
 * (`x:c` → `c`); attribute names keep theirs (`r:id`).
 */
export function scanXml(xml: string, on: (e: XmlEvent) => void): void {
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(xml)) !== null) {
    if (m[2] !== undefined) {
      const name = localName(m[2]);
      if (m[1] === '/') on({ kind: 'close', name });
      else {
        const selfClosing = m[4] === '/';
        on({ kind: 'open', name, attrs: parseAttrs(m[3] ?? ''), selfClosing });
        if (selfClosing) on({ kind: 'close', name });
      }
    } else if (m[5] !== undefined) on({ kind: 'text', text: m[5] });
    else if (m[6] !== undefined) on({ kind: 'text', text: decodeEntities(m[6]) });
  }
}
