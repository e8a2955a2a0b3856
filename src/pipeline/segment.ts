// Stage 3: splits a document into sentences and tokens, keeping UTF-16 offsets into the original text.
// Line breaks end sentences (headlines, captions and paragraphs are separate units in news text).
import type { CleanDocument, SegmentedDocument, Sentence, Token } from './stage-types.js';
import { itemAt } from '../util/checked-index.js';

// Order matters: dotted acronyms (U.S.), clitics ('s), numbers, words with inner hyphens or apostrophes (O'Brien,
// worker-led), then any other single non-space character. A number is cut as the tagger's training text (CoNLL-2003)
// cuts it: dates, scores, ranges, bowling figures, times and decimals stay whole ("1996-12-06", "2-1", "8-1-60-0",
// "10:30", "1,000", "+44") and so do words written on to it ("21-year-old", "1990s", "5bn").
const TOKEN =
  /(?:\p{L}\.){2,}|['’](?:s|S|re|ve|ll|d|m|t)(?![\p{L}\p{N}])|\+?\p{N}+(?:[-.,:/]\p{N}+)*(?:-?\p{L}+(?:-[\p{L}\p{N}]+)*)?|[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Words after which a full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'rep',
  'sen',
  'gov',
  'rev',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'mt',
  'ft',
  'approx',
  'dept',
  'est',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
]);

/** Titles and bodies a country's dotted acronym qualifies: after "U.S." they continue the sentence. */
const QUALIFIED_AFTER_ACRONYM =
  /^(?:President|Vice|Ambassador|Secretary|Senator|Sen|Rep|Representative|Gov|Governor|Attorney|Deputy|Envoy|Judge|Army|Navy|Air|Marine|Marines|Coast|Embassy|Consulate|Department|Congress|Senate|House|Treasury|Defense|Defence|Justice|Supreme|Court|District|Federal|Government|Administration|Forces|Military|Special|Trade|Commerce|Central|National|Census|Postal|Open|Attorneys|Officials|Navy's|Army's)$/;

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
    if (previous && ABBREVIATIONS.has(previous.text.toLowerCase()) && previous.end === token.start) return false;
    if (previous && /^\p{Lu}$/u.test(previous.text)) return false; // initials: "J. Smith"
  } else if (/\.$/.test(token.text) && /^(?:\p{L}\.)+$/u.test(token.text)) {
    // A dotted acronym ends a sentence only before a capitalised word that is not a month, a number, or a title or
    // body it qualifies ("U.S. Ambassador Jane Doe", "the U.S. Army").
    if (!/^\p{Lu}/u.test(following.text) || /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(following.text)) return false;
    if (QUALIFIED_AFTER_ACRONYM.test(following.text)) return false;
  } else if (token.text !== '.' && !/^[!?]$/.test(token.text)) {
    return false;
  }
  return /^[\p{Lu}\p{N}"“‘'([]/u.test(following.text) || following.start > token.end + 1;
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
        const sentenceTokens = tokens.slice(first, end);
        if (sentenceTokens.length) {
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
