// Document-level tagger features (context aggregation, after Ratinov & Roth 2009): what the other occurrences of a
// token's word in the same document say about it. A headline in capitals, a sentence-initial word or a lone surname
// is read better knowing that the word is written capitalised mid-sentence elsewhere, or in lower case, that it
// ends a longer run of capitals elsewhere ("Clinton" after "Bill Clinton") or which words stand around it there.
// Only sentences whose casing means something give evidence: lines all in capitals and Title Case lines do not.
// A token's own occurrence is left out of its evidence, so a one-sentence document gives none.
import {
  F_ALL_CAPS,
  F_HAS_LOWER,
  F_INIT_CAP,
  F_SENT_INITIAL,
  hEnd,
  hInt,
  hStart,
  hStr,
  SENTENCE_END,
  SENTENCE_START,
  type TokenFeatureView,
} from './features.js';

/** Distinct values kept per word for the end, left and right of its runs elsewhere (first seen first). */
const MAX_VALUES = 3;

export const T_DOC_CASE = 40;
export const T_DOC_RUN_ROLE = 41;
export const T_DOC_RUN_END = 42;
export const T_DOC_LEFT = 43;
export const T_DOC_RIGHT = 44;

/** Function words a Title Case line leaves in lower case. */
const MINOR = new Set('a|an|the|of|to|in|on|at|for|and|or|but|by|with|as|from|over|into|vs|v|de|la|van|von'.split('|'));
/**
 * Closed-class words that, capitalised, open a run of capitals without being part of the name after them ("The
 * Herald", "No Tolls for Commuters"): the name's first word stays the first of its run, not a surname after a
 * given name.
 */
const RUN_OPENERS = new Set([...MINOR, ...'no|not|this|that|these|those|my|our|your|his|her|its|their|all|every|each|some|any'.split('|')]);

/** Counts of a few distinct values, in the order first seen. */
class ValueCounts {
  readonly keys: string[] = [];
  readonly counts: number[] = [];

  add(key: string): void {
    const at = this.keys.indexOf(key);
    if (at >= 0) this.counts[at]!++;
    else if (this.keys.length < MAX_VALUES) {
      this.keys.push(key);
      this.counts.push(1);
    }
  }
}

/** What a word's occurrences written with a capital add; most words have none, and a long text many words. */
interface CapitalRecord {
  /** By role in a run of capitalised tokens: alone, first, inside, last. */
  readonly roles: Int32Array;
  readonly ends: ValueCounts;
  readonly lefts: ValueCounts;
  readonly rights: ValueCounts;
}

interface WordRecord {
  total: number;
  capMid: number;
  lower: number;
  capital: CapitalRecord | undefined;
}

/** Evidence of a document, per lower-cased word, built once from all its sentences. */
export interface DocumentContext {
  readonly words: ReadonlyMap<string, WordRecord>;
}

/** What a sentence's tokens need for document features: whether its casing counts, and its runs of capitals. */
export interface DocumentSentence {
  readonly informative: boolean;
  /** Per token: first and one-past-last token of its run of capitalised tokens, or -1 outside any. */
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  /** Index of the first token with a letter: words before it open the sentence too. */
  readonly firstWord: number;
}

/** Whether a token has a cased letter, read from its case flags. */
const hasLetter = (flags: number): boolean => (flags & (F_INIT_CAP | F_ALL_CAPS | F_HAS_LOWER)) !== 0;

/**
 * Whether a line is in Title Case: three or more words besides function words, all capitalised, or a short line all
 * in capitals ("MARKET REPORT").
 */
function isTitleLine(v: TokenFeatureView): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = 0; i < v.words.length; i++) {
    if (!hasLetter(v.flags[i]!) || MINOR.has(v.lowers[i]!)) continue;
    if (!(v.flags[i]! & F_INIT_CAP)) return false;
    words++;
    if (v.flags[i]! & F_ALL_CAPS) capitals++;
  }
  return words >= 3 || (words === 2 && capitals === 2);
}

/**
 * Each view's sentence for document features, made once: the document pass reads a sentence's view, and tagging the
 * sentence reads the same view again (tag-entities.ts). Entries go with their views.
 */
const sentenceOfView = new WeakMap<TokenFeatureView, DocumentSentence>();

/** Prepares a sentence's view for document features. */
export function documentSentence(v: TokenFeatureView): DocumentSentence {
  let s = sentenceOfView.get(v);
  if (!s) sentenceOfView.set(v, (s = readDocumentSentence(v)));
  return s;
}

function readDocumentSentence(v: TokenFeatureView): DocumentSentence {
  const n = v.words.length;
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n).fill(-1);
  for (let i = 0; i < n;) {
    if (!(v.flags[i]! & F_INIT_CAP)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && v.flags[j]! & F_INIT_CAP) j++;
    if (j - i > 1 && RUN_OPENERS.has(v.lowers[i]!)) {
      // The opener stands apart: a run of its own, the name's run starting after it.
      runStart[i] = i;
      runEnd[i] = i + 1;
      i++;
    }
    runStart.fill(i, i, j);
    runEnd.fill(j, i, j);
    i = j;
  }
  let firstWord = 0;
  while (firstWord < n && !hasLetter(v.flags[firstWord]!)) firstWord++;
  return { informative: !v.allCapsLine && !isTitleLine(v), runStart, runEnd, firstWord };
}

function roleIn(s: DocumentSentence, i: number): number {
  const from = s.runStart[i]!;
  const to = s.runEnd[i]!;
  if (from < 0) return -1;
  if (to - from === 1) return 0;
  return i === from ? 1 : i === to - 1 ? 3 : 2;
}

/**
 * Whether token i, in a sentence whose casing counts, is capitalised after the sentence's first word and not just
 * after a colon, where a new clause opens with a capital ("UPDATE: Prices rose").
 */
const capMidAt = (v: TokenFeatureView, s: DocumentSentence, i: number): number =>
  v.flags[i]! & F_INIT_CAP && i > s.firstWord && v.words[i - 1] !== ':' ? 1 : 0;
/** Whether token i, in a sentence whose casing counts, is all in lower case. */
const lowerAt = (v: TokenFeatureView, i: number): number => (!(v.flags[i]! & F_INIT_CAP) && v.lowers[i] === v.words[i] ? 1 : 0);
/** For a capitalised token: the last word of the longer run it opens or is inside of. */
const endAt = (v: TokenFeatureView, s: DocumentSentence, i: number, role: number): string | undefined =>
  role === 1 || role === 2 ? v.lowers[s.runEnd[i]! - 1] : undefined;
const leftAt = (v: TokenFeatureView, s: DocumentSentence, i: number): string => (s.runStart[i]! > 0 ? v.lowers[s.runStart[i]! - 1]! : SENTENCE_START);
const rightAt = (v: TokenFeatureView, s: DocumentSentence, i: number): string => (s.runEnd[i]! < v.words.length ? v.lowers[s.runEnd[i]!]! : SENTENCE_END);

/** Gathers a document's evidence from the views of all its sentences (read once, in order). */
export function documentContext(views: Iterable<TokenFeatureView>): DocumentContext {
  const words = new Map<string, WordRecord>();
  for (const v of views) {
    const s = documentSentence(v);
    if (!s.informative) continue;
    for (let i = 0; i < v.words.length; i++) {
      if (!hasLetter(v.flags[i]!)) continue;
      const key = v.lowers[i]!;
      let r = words.get(key);
      if (!r) {
        r = { total: 0, capMid: 0, lower: 0, capital: undefined };
        words.set(key, r);
      }
      r.total++;
      r.capMid += capMidAt(v, s, i);
      r.lower += lowerAt(v, i);
      const role = roleIn(s, i);
      if (role < 0) continue;
      const c = (r.capital ??= { roles: new Int32Array(4), ends: new ValueCounts(), lefts: new ValueCounts(), rights: new ValueCounts() });
      c.roles[role]!++;
      const end = endAt(v, s, i, role);
      if (end !== undefined) c.ends.add(end);
      c.lefts.add(leftAt(v, s, i));
      c.rights.add(rightAt(v, s, i));
    }
  }
  return { words };
}

/** What a token's other occurrences in its document say about its word. */
export interface WordEvidence {
  /** Written capitalised after a sentence's first word. */
  readonly capitalisedMidSentence: boolean;
  /** Written in lower case. */
  readonly lowerCase: boolean;
  /** Anywhere in a sentence whose casing counts. */
  readonly anywhere: boolean;
  /** Roles in runs of capitalised tokens (capitalised tokens only): bit 0 alone, 1 first, 2 inside, 3 last. */
  readonly runRoles: number;
  /** The last word of longer runs it opens or is inside of ("corp" for "Acme" of "Acme Corp"). */
  readonly runEnds: readonly string[];
  /** The words before and after its runs. */
  readonly lefts: readonly string[];
  readonly rights: readonly string[];
}

const NONE: readonly string[] = [];

function others(values: ValueCounts, own: string | undefined): readonly string[] {
  let out: string[] | undefined;
  for (let j = 0; j < values.keys.length; j++) {
    const key = values.keys[j]!;
    if (values.counts[j]! - (key === own ? 1 : 0) > 0) (out ??= []).push(key);
  }
  return out ?? NONE;
}

/** How a word is written elsewhere, as bits: 1 capitalised mid-sentence, 2 in lower case, 4 at all. */
function writtenElsewhere(r: WordRecord | undefined, v: TokenFeatureView, s: DocumentSentence, i: number): number {
  if (!r) return 0;
  const own = s.informative ? 1 : 0;
  const capMid = r.capMid - (own && capMidAt(v, s, i));
  const lower = r.lower - (own && lowerAt(v, i));
  return (capMid > 0 ? 1 : 0) | (lower > 0 ? 2 : 0) | (r.total - own > 0 ? 4 : 0);
}

/**
 * The record of runs elsewhere that token i's features read: for capitalised tokens only, and not for an acronym in
 * running text ("CEO", "NATO"), whose capitals say the same wherever it stands.
 */
function capitalRecord(r: WordRecord | undefined, v: TokenFeatureView, s: DocumentSentence, i: number): CapitalRecord | undefined {
  const f = v.flags[i]!;
  return f & F_INIT_CAP && !(f & F_ALL_CAPS && s.informative) ? r?.capital : undefined;
}

/** Roles in runs elsewhere as bits (0 alone, 1 first, 2 inside, 3 last), token i's own occurrence left out. */
function rolesElsewhere(c: CapitalRecord, s: DocumentSentence, i: number): number {
  const own = s.informative ? roleIn(s, i) : -1;
  let roles = 0;
  for (let role = 0; role < 4; role++) if (c.roles[role]! - (own === role ? 1 : 0) > 0) roles |= 1 << role;
  return roles;
}

/** Token i's own run end, left and right values as its word's record counts them (none outside evidence lines). */
function ownValue(kind: 'end' | 'left' | 'right', v: TokenFeatureView, s: DocumentSentence, i: number): string | undefined {
  if (!s.informative) return undefined;
  return kind === 'end' ? endAt(v, s, i, roleIn(s, i)) : kind === 'left' ? leftAt(v, s, i) : rightAt(v, s, i);
}

/** The evidence of token i's word from the rest of its document, its own occurrence left out; undefined without letters. */
export function wordEvidence(doc: DocumentContext, v: TokenFeatureView, s: DocumentSentence, i: number): WordEvidence | undefined {
  if (!hasLetter(v.flags[i]!)) return undefined;
  const r = doc.words.get(v.lowers[i]!);
  const written = writtenElsewhere(r, v, s, i);
  const c = capitalRecord(r, v, s, i);
  return {
    capitalisedMidSentence: (written & 1) !== 0,
    lowerCase: (written & 2) !== 0,
    anywhere: (written & 4) !== 0,
    runRoles: c ? rolesElsewhere(c, s, i) : 0,
    runEnds: c ? others(c.ends, ownValue('end', v, s, i)) : NONE,
    lefts: c ? others(c.lefts, ownValue('left', v, s, i)) : NONE,
    rights: c ? others(c.rights, ownValue('right', v, s, i)) : NONE,
  };
}

function valueFeatures(template: number, values: ValueCounts, own: string | undefined, out: Uint32Array, k: number): number {
  for (let j = 0; j < values.keys.length; j++) {
    const key = values.keys[j]!;
    if (values.counts[j]! - (key === own ? 1 : 0) > 0) out[k++] = hEnd(hStr(hStart(template), key));
  }
  return k;
}

/**
 * Writes token i's document features (at most 2 + 3 × MAX_VALUES) into out from k and returns the new count: how
 * the word is written elsewhere against how it is written here, its roles in runs of capitals elsewhere against its
 * role here, and the run ends and neighbours of those runs. Reads what {@link wordEvidence} gives, without building it.
 */
export function documentFeatures(doc: DocumentContext, v: TokenFeatureView, s: DocumentSentence, i: number, out: Uint32Array, k: number): number {
  const f = v.flags[i]!;
  if (!hasLetter(f)) return k;
  const r = doc.words.get(v.lowers[i]!);
  const ownCase = (f & (F_INIT_CAP | F_ALL_CAPS | F_SENT_INITIAL)) | (s.informative ? 0 : 64);
  out[k++] = hEnd(hInt(hInt(hStart(T_DOC_CASE), ownCase), writtenElsewhere(r, v, s, i)));
  const c = capitalRecord(r, v, s, i);
  if (!c) return k;
  const roles = rolesElsewhere(c, s, i);
  if (roles) out[k++] = hEnd(hInt(hInt(hStart(T_DOC_RUN_ROLE), roleIn(s, i) + 1 + (s.informative ? 0 : 8)), roles));
  k = valueFeatures(T_DOC_RUN_END, c.ends, ownValue('end', v, s, i), out, k);
  k = valueFeatures(T_DOC_LEFT, c.lefts, ownValue('left', v, s, i), out, k);
  return valueFeatures(T_DOC_RIGHT, c.rights, ownValue('right', v, s, i), out, k);
}
