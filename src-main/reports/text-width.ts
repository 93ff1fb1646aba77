/**
 * An upper bound of a text's printed width in Noto Sans SC, without the font: the report definitions are pure
 * (the same code runs in a Web Worker), and the drawn ledger is paginated before any font is opened, so every
 * row's line breaks and height come from this bound. It is the sum of the glyphs' advance widths (kerning only
 * narrows a run): exact for ASCII, one em or the few wider glyphs' bound for everything else.
 */

/** Advance widths (thousandths of an em) of the printable ASCII characters U+0020…U+007E. */
const ASCII_REGULAR = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555,
  555, 555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812,
  723, 742, 633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620,
  554, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338,
  270, 338, 555,
];
const ASCII_BOLD = [
  227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590,
  590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853,
  749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644,
  581, 372, 597, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 437, 495, 421, 637, 576, 863, 562, 574, 511, 378,
  296, 378, 590,
];

/**
 * Characters wider than one em in Noto Sans SC (Cyrillic Ю Ш Щ, №, the two- and three-em dashes, the ffi and
 * ffl ligatures): every other character the font maps outside ASCII is at most one em, and one it lacks prints
 * as the one-em .notdef box. The widest, ⸻, is just under 2.5 em.
 */
const WIDER_THAN_EM = new Set([0x428, 0x429, 0x42e, 0x2116, 0x2e3a, 0x2e3b, 0xfb03, 0xfb04]);

/**
 * At most how wide one character prints (thousandths of an em), for any character: exact for printable ASCII,
 * one em for the rest of the font, two and a half for the few wider glyphs.
 */
export function charUnitsBound(codePoint: number, bold: boolean): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return (bold ? ASCII_BOLD : ASCII_REGULAR)[codePoint - 0x20]!;
  return WIDER_THAN_EM.has(codePoint) ? 2500 : 1000;
}

/** At most how wide `s` prints at `fontSize` points, whatever characters it holds. */
export function textWidthUpper(s: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of s) units += charUnitsBound(ch.codePointAt(0)!, bold);
  return (units * fontSize) / 1000;
}
