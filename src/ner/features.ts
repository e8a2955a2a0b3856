// Turns a sentence's tokens into hashed feature ids per token: word, shape, affixes, case flags, context ±2, lexicon
// classes. Features are hashed with FNV-1a straight from the characters (template id as seed), so no feature string
// is ever built; the model maps hashes to weight rows.
import { lexiconBits } from './lexicon.js';

/** Upper bound on features one token produces; callers size buffers with it. */
export const MAX_FEATURES_PER_TOKEN = 80;

const PRIME = 16777619;

export function hStart(template: number): number {
  return Math.imul(2166136261 ^ template, PRIME);
}

export function hStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return Math.imul(h ^ 0x1f, PRIME); // separator so that ("ab","c") and ("a","bc") differ
}

function hStrRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h;
}

export function hInt(h: number, n: number): number {
  return Math.imul(h ^ n, PRIME);
}

/** Final avalanche (murmur3 fmix32) so hashes spread over the table; 0 is reserved for empty slots. */
export function hEnd(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** Normalises curly quotes and apostrophes to their ASCII forms, as in CoNLL text. */
export function normaliseToken(token: string): string {
  if (/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb]/.test(token)) {
    return token.replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"');
  }
  return token;
}

function isUpper(c: number, ch: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(c: number, ch: string): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Collapsed word shape: "Smith" → "Xx", "IBM" → "X", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i]!;
    const s = c >= 48 && c <= 57 ? 'd' : isUpper(c, ch) ? 'X' : isLower(c, ch) ? 'x' : ch;
    if (s !== last || (s !== 'x' && s !== 'X' && s !== 'd')) out += s;
    last = s;
    if (out.length >= 8) break;
  }
  return out;
}

export const F_INIT_CAP = 1;
export const F_ALL_CAPS = 2;
const F_HAS_DIGIT = 4;
const F_HAS_HYPHEN = 8;
export const F_SENT_INITIAL = 16;
export const F_HAS_LOWER = 32;

function caseFlags(word: string): number {
  let flags = 0;
  let letters = 0;
  let uppers = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i]!;
    if (c >= 48 && c <= 57) flags |= F_HAS_DIGIT;
    else if (c === 45) flags |= F_HAS_HYPHEN;
    else if (isUpper(c, ch)) {
      letters++;
      uppers++;
      if (i === 0) flags |= F_INIT_CAP;
    } else if (isLower(c, ch)) {
      letters++;
      flags |= F_HAS_LOWER;
    }
  }
  if (letters > 0 && uppers === letters) flags |= F_ALL_CAPS;
  return flags;
}

/** Per-sentence views computed once and shared by every token's features. */
export interface TokenFeatureView {
  readonly words: string[];
  readonly lowers: string[];
  readonly shapes: string[];
  readonly flags: Int32Array;
  readonly lex: Int32Array;
  /** 1 when the whole sentence is upper case (a CoNLL headline); case then says little about names. */
  readonly allCapsLine: number;
}

/** Prepares the per-token views of a sentence. */
export function viewTokenFeatures(tokens: readonly string[]): TokenFeatureView {
  const n = tokens.length;
  const words = new Array<string>(n);
  const lowers = new Array<string>(n);
  const shapes = new Array<string>(n);
  const flags = new Int32Array(n);
  const lex = new Int32Array(n);
  let caps = 0;
  let cased = 0;
  for (let i = 0; i < n; i++) {
    const w = normaliseToken(tokens[i]!);
    words[i] = w;
    const lower = w.toLowerCase();
    lowers[i] = lower;
    shapes[i] = wordShape(w);
    flags[i] = caseFlags(w) | (i === 0 ? F_SENT_INITIAL : 0);
    lex[i] = lexiconBits(lower);
    if (flags[i]! & (F_ALL_CAPS | F_HAS_LOWER)) {
      cased++;
      if (flags[i]! & F_ALL_CAPS && w.length > 1) caps++;
    }
  }
  return { words, lowers, shapes, flags, lex, allCapsLine: cased >= 3 && caps === cased ? 1 : 0 };
}

function lexFeatures(out: Uint32Array, k: number, template: number, bits: number): number {
  for (let b = 0; bits !== 0; b++, bits >>>= 1) if (bits & 1) out[k++] = hEnd(hInt(hStart(template), b));
  return k;
}

// Feature templates, by id. tokenFeatures writes them in this order; the tagger's per-word sums
// (word-weights.ts) use the same functions, so both see the same hashes.
export const T_BIAS = 0;
export const T_LEFT_WORD_1 = 15;
export const T_LEFT_WORD_2 = 16;
export const T_RIGHT_WORD_1 = 17;
export const T_RIGHT_WORD_2 = 18;
export const T_LEFT_SHAPE_1 = 19;
export const T_LEFT_SHAPE_2 = 20;
export const T_RIGHT_SHAPE_1 = 21;
export const T_RIGHT_SHAPE_2 = 22;
export const T_LEX = 31;
export const T_LEFT_LEX = 32;
export const T_RIGHT_LEX = 33;
export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';

/** The feature with no condition: a per-tag prior. */
export function biasFeature(): number {
  return hEnd(hStart(T_BIAS));
}

/** Features of a token's own word (templates 1–11): lower case, as written, shape, prefixes and suffixes of 1–4. */
export function ownWordFeatures(word: string, lower: string, shape: string, out: Uint32Array, k: number): number {
  out[k++] = hEnd(hStr(hStart(1), lower));
  out[k++] = hEnd(hStr(hStart(2), word));
  out[k++] = hEnd(hStr(hStart(3), shape));
  const len = lower.length;
  for (let a = 1; a <= 4 && a <= len; a++) {
    out[k++] = hEnd(hStrRange(hStart(3 + a), lower, 0, a));
    out[k++] = hEnd(hStrRange(hStart(7 + a), lower, len - a, len));
  }
  return k;
}

/** Case flags with the headline bit (template 12). */
export function flagFeature(flags: number, allCapsLine: number): number {
  return hEnd(hInt(hStart(12), flags | (allCapsLine << 6)));
}

/** Capitalisation alone (template 13). */
export function capitalFeature(flags: number): number {
  return hEnd(hInt(hStart(13), flags & (F_INIT_CAP | F_SENT_INITIAL | F_ALL_CAPS)));
}

/** Word length, capped at 12 (template 14). */
export function lengthFeature(lower: string): number {
  const len = lower.length;
  return hEnd(hInt(hStart(14), len > 12 ? 12 : len));
}

/** A neighbour's lower-case word or shape at a fixed position (templates 15–22). */
export function contextFeature(template: number, value: string): number {
  return hEnd(hStr(hStart(template), value));
}

/** Writes the lexicon-class features of `bits` under `template` (31 own word, 32 left, 33 right). */
export function lexiconFeatures(template: number, bits: number, out: Uint32Array, k: number): number {
  return lexFeatures(out, k, template, bits);
}

/** Conjunctions of a token with its neighbours (templates 23–29), in tokenFeatures' order. */
export function pairFeatures(lw1: string, lower: string, rw1: string, ls1: string, shape: string, rs1: string, out: Uint32Array, k: number): number {
  out[k++] = hEnd(hStr(hStr(hStart(23), lw1), lower));
  out[k++] = hEnd(hStr(hStr(hStart(24), lower), rw1));
  out[k++] = hEnd(hStr(hStr(hStr(hStart(25), ls1), shape), rs1));
  out[k++] = hEnd(hStr(hStr(hStart(26), lw1), shape));
  out[k++] = hEnd(hStr(hStr(hStart(27), shape), rw1));
  out[k++] = hEnd(hStr(hStr(hStart(28), ls1), shape));
  out[k++] = hEnd(hStr(hStr(hStart(29), shape), rs1));
  return k;
}

/** The whole sentence is in capitals (template 30). */
export function headlineFeature(allCapsLine: number): number {
  return hEnd(hInt(hStart(30), allCapsLine));
}

/** An organisation suffix `distance` (1–3) capitalised tokens ahead (template 34). */
export function suffixAheadFeature(distance: number): number {
  return hEnd(hInt(hStart(34), distance));
}

/** How far ahead (1–3) an organisation suffix closes the run of capitalised tokens after token i, or 0. */
export function suffixAhead(v: TokenFeatureView, i: number): number {
  const n = v.words.length;
  for (let j = i + 1; j < n && j <= i + 3; j++) {
    if (!(v.flags[j]! & F_INIT_CAP)) break;
    if (v.lex[j]! & 2) return j - i;
  }
  return 0;
}

/**
 * Writes the feature hashes of token i into out and returns how many were written (≤ MAX_FEATURES_PER_TOKEN).
 */
export function tokenFeatures(v: TokenFeatureView, i: number, out: Uint32Array): number {
  const n = v.words.length;
  const lower = v.lowers[i]!;
  const shape = v.shapes[i]!;
  const lw1 = i > 0 ? v.lowers[i - 1]! : SENTENCE_START;
  const lw2 = i > 1 ? v.lowers[i - 2]! : SENTENCE_START;
  const rw1 = i + 1 < n ? v.lowers[i + 1]! : SENTENCE_END;
  const rw2 = i + 2 < n ? v.lowers[i + 2]! : SENTENCE_END;
  const ls1 = i > 0 ? v.shapes[i - 1]! : SENTENCE_START;
  const ls2 = i > 1 ? v.shapes[i - 2]! : SENTENCE_START;
  const rs1 = i + 1 < n ? v.shapes[i + 1]! : SENTENCE_END;
  const rs2 = i + 2 < n ? v.shapes[i + 2]! : SENTENCE_END;
  const f = v.flags[i]!;
  let k = 0;
  out[k++] = biasFeature();
  k = ownWordFeatures(v.words[i]!, lower, shape, out, k);
  out[k++] = flagFeature(f, v.allCapsLine);
  out[k++] = capitalFeature(f);
  out[k++] = lengthFeature(lower);
  out[k++] = contextFeature(T_LEFT_WORD_1, lw1);
  out[k++] = contextFeature(T_LEFT_WORD_2, lw2);
  out[k++] = contextFeature(T_RIGHT_WORD_1, rw1);
  out[k++] = contextFeature(T_RIGHT_WORD_2, rw2);
  out[k++] = contextFeature(T_LEFT_SHAPE_1, ls1);
  out[k++] = contextFeature(T_LEFT_SHAPE_2, ls2);
  out[k++] = contextFeature(T_RIGHT_SHAPE_1, rs1);
  out[k++] = contextFeature(T_RIGHT_SHAPE_2, rs2);
  k = pairFeatures(lw1, lower, rw1, ls1, shape, rs1, out, k);
  out[k++] = headlineFeature(v.allCapsLine);
  k = lexFeatures(out, k, T_LEX, v.lex[i]!);
  if (i > 0) k = lexFeatures(out, k, T_LEFT_LEX, v.lex[i - 1]!);
  if (i + 1 < n) k = lexFeatures(out, k, T_RIGHT_LEX, v.lex[i + 1]!);
  // An organisation suffix (Corp, Ministry) within the next three capitalised tokens marks the whole name.
  const ahead = suffixAhead(v, i);
  if (ahead) out[k++] = suffixAheadFeature(ahead);
  return k;
}
