// "Harrow and Pike, the London-based law firm": partnerships are named for their founders joined by "and", and the
// tagger reads two people or two places there. Where the sentence says the pair is a firm, the pair is one name, in
// every sentence of the document that writes it (rule firm-name-with-and).
import type { Sentence, Token } from '../pipeline/stage-types.js';
import type { NameChunk } from './chunk-names.js';
import { itemAt } from '../util/checked-index.js';
import { CITY_NAMES, REGION_NAMES } from './lexicon/places.js';
import { countryOfWord } from './nationality-phrases.js';
import { RECOGNITION_RULES } from './recognition-rules.js';

/** One capitalised word, the part of a partnership's name on either side of "and". */
const NAME_PART = /^\p{Lu}\p{Ll}+$/u;
/** Nouns that say a partnership is a firm: "the London-based law firm", "the accounting firm". */
const FIRM_WORDS = new Set(['firm', 'partnership']);
/** Nouns of the advisory trades, named for their partners as law firms are: "the consultancy Stroud and Keller". */
const ADVISORY_FIRM_WORDS = new Set(['consultancy', 'accountancy']);
/** Titles that work at a firm of partners: "a partner at Harrow and Pike", "a lawyer with Mills and Kettering". */
const FIRM_TITLES = new Set([
  'partner',
  'partners',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'solicitor',
  'solicitors',
  'counsel',
  'accountant',
  'auditor',
]);
/** What may follow the firm's word that ends an apposition: its end, or what says more of the firm. */
const FIRM_CLOSERS = new Set([',', '.', ';', 'that', 'which', 'whose', 'based', 'with', 'in', 'of', 'founded', 'headquartered']);
/** Most lower-case words between the comma's article and "firm" (", the London-based law firm"). */
const MAX_FIRM_MODIFIERS = 4;

function isKnownPlace(word: string): boolean {
  const lower = word.toLowerCase();
  return CITY_NAMES.has(lower) || REGION_NAMES.has(lower) || countryOfWord(word, false) !== undefined || countryOfWord(word, true) !== undefined;
}

/** The text "A and B" of the partnership whose first part is at `at`, if the tokens there are one. */
function pairAt(tokens: readonly Token[], at: number): string | undefined {
  const first = tokens[at]?.text ?? '';
  const second = tokens[at + 2]?.text ?? '';
  if (tokens[at + 1]?.text !== 'and' || !NAME_PART.test(first) || !NAME_PART.test(second)) return undefined;
  // "Smith and Jones Holdings", "Arthur Harrow and Benedict Pike": a capitalised word on either side makes it longer.
  if (/^\p{Lu}/u.test(tokens[at - 1]?.text ?? '') && at > 0) return undefined;
  if (/^\p{Lu}/u.test(tokens[at + 3]?.text ?? '')) return undefined;
  // "sold to Britain and France, the firm said": known places are no partners.
  if ([first, second].some(isKnownPlace)) return undefined;
  return `${first} and ${second}`;
}

/** True when the words around the pair at `at` say it is a firm: an apposition or a word before it, or a title at it. */
function saysFirm(tokens: readonly Token[], at: number): boolean {
  const word = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  // ", the London-based law firm", ", a Boston accounting firm,".
  if (word(at + 3) === ',' && /^(?:a|an|the)$/.test(word(at + 4))) {
    for (let k = at + 5; k <= at + 5 + MAX_FIRM_MODIFIERS; k++) {
      // "…, the firm said", "…, the firm's founders": the firm is another subject, or its possessor.
      if (FIRM_WORDS.has(word(k))) return FIRM_CLOSERS.has(word(k + 1));
      if (!/^[\p{L}-]+$/u.test(tokens[k]?.text ?? '')) break;
    }
  }
  // "the law firm Harrow and Pike", "at the firm Harrow and Pike".
  if (FIRM_WORDS.has(word(at - 1))) return true;
  // "to join the consultancy Stroud and Keller" (rule consultancy-firm-word).
  if (ADVISORY_FIRM_WORDS.has(word(at - 1)) && RECOGNITION_RULES.consultancyFirmWord.on) return true;
  // "a partner at Harrow and Pike", "a lawyer with Mills and Kettering".
  if (/^(?:at|of|with)$/.test(word(at - 1)) && FIRM_TITLES.has(word(at - 2))) return true;
  if (RECOGNITION_RULES.firmOfTitledName.on && titledNameOfPair(tokens, at)) return true;
  return RECOGNITION_RULES.firmOfNamedSpeaker.on && speaksForPair(tokens, at);
}

/**
 * "its Paris lawyer, Emil Garde of Hollis and Brant,", "lawyer Emil Garde of Hollis and Brant": a firm's title right
 * before a full name, with or without a comma, then "of" and the pair. A lawyer or partner is named with the firm he
 * is a partner of, as "a lawyer at Hollis and Brant" says (rule firm-of-titled-name).
 */
function titledNameOfPair(tokens: readonly Token[], at: number): boolean {
  const word = (k: number) => tokens[k]?.text ?? '';
  const fullName = at >= 4 && NAME_PART.test(word(at - 2)) && NAME_PART.test(word(at - 3));
  if (word(at - 1) !== 'of' || !fullName) return false;
  const titleAt = word(at - 4) === ',' ? at - 5 : at - 4;
  return FIRM_TITLES.has(word(titleAt).toLowerCase());
}

/** Verbs of saying right after a speaker's affiliation ("Emil Varga of Hollis and Brant said"). */
const SAYING_AFTER = new Set(['said', 'says', 'told', 'added', 'warned', 'noted']);
/**
 * "Emil Varga of Hollis and Brant said", "Emil Varga of Hollis and Brant, which advised the board": a full name, "of"
 * and the pair, then a verb of saying or ", which", or the pair ending a sentence whose verb of saying comes before the
 * name ('"…," said Emil Varga of Hollis and Brant.'). A speaker is named with the body he speaks for; "which" refers to a
 * thing, not to two people (rule firm-of-named-speaker).
 */
function speaksForPair(tokens: readonly Token[], at: number): boolean {
  const word = (k: number) => tokens[k]?.text ?? '';
  const fullName = at >= 3 && NAME_PART.test(word(at - 2)) && NAME_PART.test(word(at - 3));
  if (word(at - 1) !== 'of' || !fullName) return false;
  // '"…," said Emil Varga of Hollis and Brant.': the speaker after the verb, the pair ending the sentence.
  const saidBefore = SAYING_AFTER.has(word(at - 4)) && (word(at + 3) === '.' || word(at + 3) === '');
  return saidBefore || SAYING_AFTER.has(word(at + 3)) || (word(at + 3) === ',' && word(at + 4) === 'which');
}

/** Where a firm's name joined by "and" is written: its sentence, tokens and possessive. */
export interface FirmMention {
  readonly sentence: Sentence;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly possessive: boolean;
}

/**
 * The mentions of "A and B" in every sentence of the document where some sentence says the pair is a firm; the chunks
 * the tagger made of its parts are taken out of `perSentence`, to give way to them.
 */
export function firmNamesWithAnd(perSentence: readonly { sentence: Sentence; chunks: NameChunk[] }[]): FirmMention[] {
  const firms = new Set<string>();
  for (const { sentence } of perSentence) {
    const tokens = sentence.tokens;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const pair = pairAt(tokens, k);
      if (pair && saysFirm(tokens, k)) firms.add(pair);
    }
  }
  const found: FirmMention[] = [];
  if (!firms.size) return found;
  for (const entry of perSentence) {
    const tokens = entry.sentence.tokens;
    for (let k = 0; k + 2 < tokens.length; k++) {
      const pair = pairAt(tokens, k);
      if (!pair || !firms.has(pair)) continue;
      const [start, end] = [k, k + 3];
      // A chunk that runs on past the pair ("Pike's Brussels office") gives way; one that begins before it keeps it.
      const overlapping = entry.chunks.filter((c) => c.tokenStart < end && c.tokenEnd > start);
      if (overlapping.some((c) => c.tokenStart < start)) continue;
      entry.chunks = entry.chunks.filter((c) => !overlapping.includes(c));
      const possessive = /^['’]s?$/.test(tokens[end]?.text ?? '') && itemAt(tokens, end).start === itemAt(tokens, end - 1).end;
      found.push({ sentence: entry.sentence, tokenStart: start, tokenEnd: end, possessive });
    }
  }
  return found;
}
