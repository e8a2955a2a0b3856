// Titles of works and slogans written in quotation marks ("Slow Harbor", "Fair Pay Now"): capitalised as names are,
// they name no person, organisation or place, though the tagger, reading capitals, takes words of them for one.
import type { Token } from '../pipeline/stage-types.js';
import { itemAt } from '../util/checked-index.js';

const OPENING = /^["“]$/u;
const CLOSING = /^["”]$/u;
/** Words a title leaves in lower case ("Lullaby for Clara", "The Art of War"). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'from', 'by', 'as']);
/** A quotation of more words than this is speech, however it is written. */
const MOST_WORDS = 8;

/** Whether tokens [from, to) read as a title: two to eight words, each capitalised but small words, not all capitals. */
function isTitle(tokens: readonly Token[], from: number, to: number): boolean {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const text = itemAt(tokens, k).text;
    // A stop is allowed only last, where a sentence ends inside the quotation ("… reading "Fair Pay Now."").
    if (/^[.!?;:]$/.test(text) && !(k === to - 1 && /^[.!?]$/.test(text))) return false;
    if (/\p{L}/u.test(text)) words.push(text);
  }
  if (words.length < 2 || words.length > MOST_WORDS) return false;
  if (!/^\p{Lu}/u.test(itemAt(words, 0))) return false;
  if (!words.some((w) => /\p{Ll}/u.test(w))) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
}

/** Marks the tokens of a sentence that lie inside a quoted title. Linear in the sentence's length. */
export function quotedTitleMask(tokens: readonly Token[]): boolean[] {
  const mask = tokens.map(() => false);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const text = itemAt(tokens, i).text;
    if (open < 0) {
      if (OPENING.test(text)) open = i;
    } else if (CLOSING.test(text)) {
      if (isTitle(tokens, open + 1, i)) for (let k = open + 1; k < i; k++) mask[k] = true;
      open = -1;
    }
  }
  return mask;
}
