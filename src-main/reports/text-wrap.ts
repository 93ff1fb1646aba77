import { charUnitsBound } from './text-width';

/**
 * Breaks a cell's text into lines no wider than `width` points by the font-free width bound, so a long table's
 * rows get their heights (and its pages their rows) before any font is opened. Latin words stay whole unless one
 * alone is too long; Chinese breaks between any two characters, except that a closing mark (，。；：、）」》 and
 * the like) never starts a line; a newline in the text always breaks.
 */

const OPENS_NOTHING = new Set([...'，。；：、！？）」』》〉】’”…—,.;:!?)]}%']);
const isWordChar = (c: number) => c > 0x20 && c < 0x2000 && c !== 0x20;

export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) wrapParagraph(paragraph, width, fontSize, bold, out);
  return out;
}

function wrapParagraph(text: string, width: number, fontSize: number, bold: boolean, out: string[]): void {
  const room = (width * 1000) / fontSize;
  const chars = [...text];
  const units = chars.map((c) => charUnitsBound(c.codePointAt(0)!, bold));
  let line = '';
  let used = 0;
  let i = 0;
  const flush = () => {
    out.push(line.trimEnd());
    line = '';
    used = 0;
  };
  while (i < chars.length) {
    // The next unbreakable piece: a Latin word, a space, or one other character with the closing marks after it.
    let j = i + 1;
    if (isWordChar(chars[i]!.codePointAt(0)!)) while (j < chars.length && isWordChar(chars[j]!.codePointAt(0)!)) j++;
    while (j < chars.length && OPENS_NOTHING.has(chars[j]!)) j++;
    let w = 0;
    for (let k = i; k < j; k++) w += units[k]!;
    if (chars[i] === ' ' && used === 0) {
      i = j;
      continue;
    }
    if (used + w <= room) {
      line += chars.slice(i, j).join('');
      used += w;
      i = j;
      continue;
    }
    if (used > 0) {
      flush();
      continue;
    }
    // Too long for any line: as many characters as fit (at least one) on a line of its own, the rest after.
    let k = i;
    while (k < j && (used + units[k]! <= room || k === i)) {
      line += chars[k];
      used += units[k]!;
      k++;
    }
    i = k;
    flush();
  }
  if (line !== '' || out.length === 0 || text === '') flush();
}
