// The dateline that opens a wire story's first sentence ("CANBERRA (AFP) -", "MADRID, Nov 3 (AP) —", "SAN JOSE,
// California —") says where and by whom the story was filed. It is no part of the sentence's clause: neither the
// place nor the agency does what the verb after the dash says.

/** Dashes as tokens: the one that closes a dateline, or sets an apposition off. */
export const DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–']);
/** A word of the place in capitals: "CANBERRA", "ST.", "O'HARE". */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]*$/u;
/** What may stand between the place and the dash outside brackets: a state or country, a date, commas. */
const AFTER_PLACE_WORD = /^(?:,|\.|\p{Lu}[\p{L}.]*|\d{1,4})$/u;
/** Tokens read after the place before giving up on a dash: a state, a date and an agency in brackets fit. */
const MAX_AFTER_PLACE = 12;

/** Index of the first token after an opening dateline's dash, or 0 when the sentence opens with none. */
export function datelineBodyStart(tokens: readonly { text: string }[]): number {
  let i = 0;
  let capitals = false;
  while (i < tokens.length && i < 4 && CAPITALS_WORD.test(tokens[i]!.text)) {
    capitals ||= /\p{Lu}{2}/u.test(tokens[i]!.text);
    i++;
  }
  if (!capitals) return 0;
  let depth = 0;
  for (const limit = Math.min(tokens.length - 1, i + MAX_AFTER_PLACE); i < limit; i++) {
    const word = tokens[i]!.text;
    if (word === '(') depth++;
    else if (word === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (DASHES.has(word)) return i + 1;
    else if (!AFTER_PLACE_WORD.test(word)) return 0;
  }
  return 0;
}

/** True when token span [start, end) lies in the dateline that opens its sentence (`bodyStart`: datelineBodyStart's answer). */
export function inDateline(bodyStart: number, start: number, end: number): boolean {
  return start >= 0 && end <= bodyStart;
}
