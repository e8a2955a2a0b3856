// Stage 3: splits a document into sentences and tokens, keeping UTF-16 offsets into the original text.
// Line breaks end sentences (headlines, captions and paragraphs are separate units in news text).
import type { CleanDocument, SegmentedDocument, Sentence, Token } from './stage-types.js';
import { itemAt } from '../util/checked-index.js';
import { CURRENCY_WORDS, FUNCTION_WORDS, MONTH_NAMES, QUALIFIED_AFTER_ACRONYM, SENTENCE_ABBREVIATIONS } from '../recognition/lexicon/words.js';
import { RECOGNITION_RULES } from '../recognition/recognition-rules.js';

// Order matters: a company's form written with a slash (A/S), dotted acronyms (U.S.), clitics ('s), numbers, words with
// inner hyphens or apostrophes (O'Brien, worker-led), then any other single non-space character. A number is cut as
// the tagger's training text (CoNLL-2003) cuts it: dates, scores, ranges, bowling figures, times and decimals stay
// whole ("1996-12-06", "2-1", "8-1-60-0", "10:30", "1,000", "+44") and so do words written on to it ("21-year-old",
// "1990s", "5bn").
const TOKEN =
  /\p{Lu}\/\p{Lu}(?![\p{L}\p{N}])|(?:\p{L}\.){2,}|['’](?:s|S|re|ve|ll|d|m|t)(?![\p{L}\p{N}])|\+?\p{N}+(?:[-.,:/]\p{N}+)*(?:-?\p{L}+(?:-[\p{L}\p{N}]+)*)?|[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;

/** The months' names cut to three letters ("Jan", "May", "Sep"): a capitalised word opening with one is read as a month. */
const MONTH_OPENING = new RegExp(`^(${MONTH_NAMES.map((name) => name.slice(0, 3)).join('|')})`);

/**
 * One string per distinct word, shared by all its tokens: a document's tokens live until its relations are found,
 * and on a long article a copy of "the" per token is a good part of the memory. Bounded, as the vocabulary is not.
 */
const words = new Map<string, string>();
const MAX_WORDS = 50_000;

function shared(word: string): string {
  const known = words.get(word);
  if (known !== undefined) return known;
  if (words.size >= MAX_WORDS) words.clear();
  words.set(word, word);
  return word;
}

/** Tokenises a text span; offsets are absolute. */
export function tokenise(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = offset;
  for (let match = TOKEN.exec(text); match && match.index < end; match = TOKEN.exec(text)) {
    tokens.push({ text: shared(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Company forms that follow "Co." in one name ("Samsung Electronics Co. Ltd said"). */
const COMPANY_FORMS_AFTER_CO = new Set(['ltd', 'inc', 'corp', 'plc', 'llc', 'limited']);
/** Verbs of saying right after a sayer's name ("Wentzell said"). */
const SAYING_AFTER_NAME = new Set(['said', 'says', 'told', 'added', 'wrote']);

/** Company forms written with a stop ("Ltd.", "Inc."), which may end a sentence as well as a name. */
const COMPANY_FORM_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co']);

function endsSentence(tokens: Token[], i: number, text: string): boolean {
  const token = itemAt(tokens, i);
  if (!/^[.!?]$/.test(token.text)) {
    // "U.S." or "Corp." at the end of a sentence carries its own full stop.
    if (!/\.$/.test(token.text) || !tokens[i + 1]) return false;
  }
  const next = tokens[i + 1];
  if (!next) return false;
  let j = i + 1;
  while (tokens[j] && /^["”’')\]]$/.test(itemAt(tokens, j).text)) j++;
  const following = tokens[j];
  if (!following) return false;
  if (text.slice(token.end, following.start).match(/[\r\n]/)) return true;
  if (token.text === '.') {
    const previous = tokens[i - 1];
    if (previous && SENTENCE_ABBREVIATIONS.has(previous.text.toLowerCase()) && previous.end === token.start) {
      // "run by Savanna Canopy Ltd. Since 2019 it has …": a company's form ends its sentence before a capitalised word
      // that opens sentences, as a dotted acronym does (rule company-form-ends-sentence).
      const formEnds =
        COMPANY_FORM_ABBREVIATIONS.has(previous.text.toLowerCase()) &&
        /^\p{Lu}/u.test(following.text) &&
        FUNCTION_WORDS.has(following.text.toLowerCase()) &&
        RECOGNITION_RULES.companyFormEndsSentence.on;
      // "a loan from Calder Rowe & Co. Wentzell said …": before a capitalised word and a verb of saying, a sayer opens
      // the next sentence (rule company-form-before-sayer).
      const sayerFollows =
        COMPANY_FORM_ABBREVIATIONS.has(previous.text.toLowerCase()) &&
        /^\p{Lu}\p{Ll}+$/u.test(following.text) &&
        !COMPANY_FORMS_AFTER_CO.has(following.text.toLowerCase()) &&
        SAYING_AFTER_NAME.has(tokens[j + 1]?.text ?? '') &&
        RECOGNITION_RULES.companyFormBeforeSayer.on;
      if (!formEnds && !sayerFollows) return false;
    }
    if (previous && /^\p{Lu}$/u.test(previous.text)) return false; // initials: "J. Smith"
    // "Rs. 40 lakh", "Rs.500": the stop of a written currency before a sum (rule currency-word-before-sum).
    if (previous && RECOGNITION_RULES.currencyWordBeforeSum.on && CURRENCY_WORDS.has(previous.text.toLowerCase()) && /^\p{N}/u.test(following.text))
      return false;
  } else if (/\.$/.test(token.text) && /^(?:\p{L}\.)+$/u.test(token.text)) {
    // A dotted acronym ends a sentence only before a capitalised word that is not a month, a number, or a title or
    // body it qualifies ("U.S. Ambassador Jane Doe", "the U.S. Army").
    if (!/^\p{Lu}/u.test(following.text) || MONTH_OPENING.test(following.text)) return false;
    if (QUALIFIED_AFTER_ACRONYM.has(following.text)) return false;
    // "U.S. Treasuries", "U.N. Security Council": a capitalised word after a dotted acronym goes on the name, unless
    // it is a word that opens sentences ("U.S. The talks …").
    if (RECOGNITION_RULES.acronymBeforeName.on && !FUNCTION_WORDS.has(following.text.toLowerCase())) return false;
  } else if (token.text !== '.' && !/^[!?]$/.test(token.text)) {
    return false;
  }
  return /^[\p{Lu}\p{N}"“‘'([]/u.test(following.text) || following.start > token.end + 1;
}

/**
 * The most tokens one sentence may hold. News sentences run to about 120 tokens (the longest of some 20,000 in the
 * development, invented and CoNLL-2003 documents holds 115); a text with no full stop for pages (a pasted list, a
 * transcript without punctuation) would otherwise be one sentence, and the stages that weigh each name or pair of
 * names against its whole sentence would take time growing with the square of its length.
 */
export const MAX_SENTENCE_TOKENS = 250;

/** Where a sentence too long to read whole is cut: after a semicolon, else after a comma, else after "and" or "or". */
const CUT_AFTER = [new Set([';']), new Set([',']), new Set(['and', 'or'])];

/**
 * A run of tokens cut into pieces of at most {@link MAX_SENTENCE_TOKENS}, each ending at the last clause break in the
 * second half of its window where there is one; a run short enough is returned whole.
 */
export function boundedPieces(tokens: Token[]): Token[][] {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [tokens];
  const pieces: Token[][] = [];
  let from = 0;
  while (tokens.length - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (const breaks of CUT_AFTER) {
      let k = from + MAX_SENTENCE_TOKENS - 1;
      while (k >= from + MAX_SENTENCE_TOKENS / 2 && !breaks.has(itemAt(tokens, k).text.toLowerCase())) k--;
      if (k >= from + MAX_SENTENCE_TOKENS / 2) {
        cut = k + 1;
        break;
      }
    }
    pieces.push(tokens.slice(from, cut));
    from = cut;
  }
  pieces.push(tokens.slice(from));
  return pieces;
}

/** Splits a cleaned document into sentences of tokens. */
export function segmentDocument(doc: CleanDocument): SegmentedDocument {
  const sentences: Sentence[] = [];
  // A lone CR (old Mac files) ends a line as LF does.
  const paragraph = /[^\r\n]+/g;
  for (let line = paragraph.exec(doc.text); line; line = paragraph.exec(doc.text)) {
    const tokens = tokenise(doc.text, line.index, line.index + line[0].length);
    let first = 0;
    for (let i = 0; i < tokens.length; i++) {
      const last = i === tokens.length - 1;
      if (last || endsSentence(tokens, i, doc.text)) {
        let end = i + 1;
        while (!last && tokens[end] && /^["”’')\]]$/.test(itemAt(tokens, end).text) && itemAt(tokens, end).start === itemAt(tokens, end - 1).end) end++;
        for (const sentenceTokens of boundedPieces(tokens.slice(first, end))) {
          if (!sentenceTokens.length) continue;
          sentences.push({
            index: sentences.length,
            start: itemAt(sentenceTokens, 0).start,
            end: itemAt(sentenceTokens, sentenceTokens.length - 1).end,
            tokens: sentenceTokens,
          });
        }
        first = end;
        i = end - 1;
      }
    }
  }
  return { ...doc, sentences };
}
