import type { pinyin as PinyinReader } from 'pinyin-pro';

type Reader = typeof PinyinReader;
let loadReader: (() => Reader) | null = null;
let reader: Reader | null = null;

/**
 * Names how to load pinyin-pro. Its dictionary takes about a tenth of a second to load, which every command
 * would pay at start-up; loaded on the first key instead, only writers of names pay it. The database layer
 * gives the loader (core does no I/O); reading names back never needs it.
 */
export function setPinyinLoader(load: () => Reader): void {
  loadReader = load;
}

// Stands in for pinyin-pro's own function (all its overloads) until the first call loads it.
const pinyin = ((...args: unknown[]) => {
  if (reader === null) {
    if (loadReader === null) throw new Error('pinyinSortKey: no pinyin loader set (see setPinyinLoader)');
    reader = loadReader();
  }
  return (reader as (...a: unknown[]) => unknown)(...args);
}) as Reader;

/**
 * The sort key that puts Chinese names in pinyin order (重庆 under C, chóng), stored beside each name so lists
 * sort and page in SQL by plain binary comparison of the key.
 *
 * The key is the name read syllable by syllable: each Han character as its toneless pinyin followed by its tone
 * number (ü written v, so lu < lv), each run of Latin letters lower-cased, each run of digits padded to twelve
 * places (so 第2号 sorts before 第10号), tokens separated by a space; punctuation and brackets are dropped.
 * After a tab (which sorts below every token character) comes the name itself, so names that read alike still
 * have one fixed order. Full-width letters and digits read as their ASCII forms. Polyphonic characters are read
 * in context (重庆 chong2, 重量 zhong4, 银行 hang2), as pinyin-pro's dictionary reads them.
 *
 * Stored keys were written by this function: changing what it returns for any name (including upgrading
 * pinyin-pro to a version that reads a character differently) needs a new migration that rewrites every
 * stored key, or old and new rows sort inconsistently. pinyin-key.test.ts pins the readings that matter.
 */
export function pinyinSortKey(name: string): string {
  const text = name.normalize('NFKC').trim();
  const tokens: string[] = [];
  let run = '';
  const endRun = () => {
    if (run === '') return;
    tokens.push(/^\d/.test(run) ? run.padStart(DIGIT_WIDTH, '0') : run.toLowerCase());
    run = '';
  };
  for (const [c, reading] of readings(text)) {
    if (reading !== null) {
      endRun();
      tokens.push(reading);
      continue;
    }
    const kind = /^[A-Za-z]$/.test(c) ? 'letter' : /^\d$/.test(c) ? 'digit' : null;
    if (kind === null) {
      endRun();
      continue;
    }
    const runKind = run === '' ? kind : /^\d/.test(run) ? 'digit' : 'letter';
    if (runKind !== kind) endRun();
    run += c;
  }
  endRun();
  return `${tokens.join(' ')}\t${text}`;
}

/**
 * Each character with its reading, null where it has none (not Han, or a Han character the dictionary does not
 * know). The plain array form is several times faster than pinyin-pro's per-character records and gives one
 * element per character; should that ever not hold, the records are used instead.
 */
function readings(text: string): [string, string | null][] {
  const chars = [...text];
  const read = pinyin(text, { toneType: 'num', type: 'array', v: true });
  if (read.length === chars.length) {
    return chars.map((c, i) => [c, HAN.test(c) && read[i] !== c && read[i] !== '' ? read[i]! : null]);
  }
  return pinyin(text, { toneType: 'num', type: 'all', v: true }).map((ch) => [
    ch.origin,
    ch.isZh && ch.pinyin !== '' ? ch.pinyin : null,
  ]);
}

const HAN = /^\p{Script=Han}$/u;

/** Digit runs are padded to this width, so numbers up to a trillion sort by value. */
const DIGIT_WIDTH = 12;
