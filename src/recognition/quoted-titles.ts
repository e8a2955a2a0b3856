// Titles of works and slogans written in quotation marks ("Slow Harbor", "Fair Pay Now"): capitalised as names are,
// they name no person, organisation or place, though the tagger, reading capitals, takes words of them for one.
import type { Token } from '../pipeline/stage-types.js';
import { itemAt } from '../util/checked-index.js';

// Compared as strings, not matched with a pattern: every token of every sentence is asked.
const isOpeningMark = (text: string): boolean => text === '"' || text === '“';
const isClosingMark = (text: string): boolean => text === '"' || text === '”';
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
      if (isOpeningMark(text)) open = i;
    } else if (isClosingMark(text)) {
      if (isTitle(tokens, open + 1, i)) for (let k = open + 1; k < i; k++) mask[k] = true;
      open = -1;
    }
  }
  return mask;
}

/** Nouns for a programme, a film or a show: a quoted title beside one is that work's name. */
const PROGRAMME_NOUNS = new Set(`series show drama documentary docuseries miniseries sitcom programme program film movie podcast thriller`.split(/\s+/));
const ARTICLES = new Set(['the', 'a', 'an']);
/** Most words between an article and the programme noun of a description after the title ("the Irish crime drama"). */
const MOST_DESCRIBING_WORDS = 4;
/** Lower-case words after a programme noun that leave it the head ("the drama that", "a series about"). */
const AFTER_PROGRAMME_NOUN = new Set(
  `that which who about from by in on at for with set starring produced made created written directed based following`.split(/\s+/),
);

/** Whether a description opened at `k` by an article ends in a programme noun ("the Irish crime drama"). */
function describedAsProgramme(tokens: readonly Token[], k: number): boolean {
  if (!ARTICLES.has(tokens[k]?.text.toLowerCase() ?? '')) return false;
  for (let m = k + 1; m <= k + MOST_DESCRIBING_WORDS && m < tokens.length; m++) {
    const word = itemAt(tokens, m).text;
    if (!/^[\p{L}-]+$/u.test(word)) return false;
    if (PROGRAMME_NOUNS.has(word)) {
      const next = tokens[m + 1]?.text ?? '.';
      return !/^\p{Ll}+$/u.test(next) || AFTER_PROGRAMME_NOUN.has(next);
    }
  }
  return false;
}

/**
 * Quoted titles named as a programme, a film or a show by a noun right before the quotation ("the Danish series "Kold
 * Havn"") or by a description set off right after it ("“Harbour Lights,” the Irish crime drama"): the token spans of
 * the titles' words, without a stop or a comma written inside the closing mark (rule quoted-programme-title).
 */
export function quotedProgrammeTitles(tokens: readonly Token[]): { tokenStart: number; tokenEnd: number }[] {
  const titles: { tokenStart: number; tokenEnd: number }[] = [];
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const text = itemAt(tokens, i).text;
    if (open < 0) {
      if (isOpeningMark(text)) open = i;
      continue;
    }
    if (!isClosingMark(text)) continue;
    let end = i;
    while (end > open + 1 && /^[.,!?]$/.test(itemAt(tokens, end - 1).text)) end--;
    const setOff = end < i || tokens[i + 1]?.text === ',';
    const named = PROGRAMME_NOUNS.has(tokens[open - 1]?.text ?? '') || (setOff && describedAsProgramme(tokens, end < i ? i + 1 : i + 2));
    if (isTitle(tokens, open + 1, i) && end > open + 1 && named) titles.push({ tokenStart: open + 1, tokenEnd: end });
    open = -1;
  }
  return titles;
}
