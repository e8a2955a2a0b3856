// The tagger's emission weights summed per word. Most of a token's features depend on one word only — its own,
// or a neighbour's at a fixed position — and news text repeats its words, so the weights of those features are
// looked up and summed once per word and kept, instead of fetched row by row for every token (those scattered
// reads are what decoding spends its time on). Sums are in double precision, where adding a model file's weights is
// exact (int16 steps of one scale), so grouping them per word gives the same scores as adding tokenFeatures' rows
// one by one; the blended document model's weights (two scales) may differ from that in the last bits, the same
// way on every run. The features that read two neighbouring words keep their model rows per pair of words.
import { addRow } from './weight-rows.js';
import {
  biasFeature,
  capitalFeature,
  contextFeature,
  flagFeature,
  headlineFeature,
  lengthFeature,
  bigramFeatures,
  lexiconFeatures,
  MAX_FEATURES_PER_TOKEN,
  ownWordFeatures,
  SENTENCE_END,
  SENTENCE_START,
  shapeTrigramFeature,
  suffixAhead,
  suffixAheadFeature,
  T_LEFT_LEX,
  T_LEFT_SHAPE_1,
  T_LEFT_SHAPE_2,
  T_LEFT_WORD_1,
  T_LEFT_WORD_2,
  T_LEX,
  T_RIGHT_LEX,
  T_RIGHT_SHAPE_1,
  T_RIGHT_SHAPE_2,
  T_RIGHT_WORD_1,
  T_RIGHT_WORD_2,
  type TokenFeatureView,
} from './features.js';
import { documentFeatures, documentSentence, type DocumentContext } from './document-features.js';
import { rowOf, type NerModel } from './ner-model.js';
import { NUM_TAGS } from './tags.js';

/** Words kept before the cache starts afresh: bounds memory on inputs with an unbounded vocabulary. */
const MAX_WORDS = 100_000;

// One word's entry is five blocks of NUM_TAGS sums: the word's own features (word, shape, affixes, length,
// lexicon classes), then what it adds to the token one to its right (word, shape, lexicon classes), two to its
// right, one to its left (word, shape, lexicon classes) and two to its left.
const OWN = 0;
const AS_LEFT_1 = 1;
const AS_LEFT_2 = 2;
const AS_RIGHT_1 = 3;
const AS_RIGHT_2 = 4;
const BLOCKS = 5;
/** Where a word's entry holds its number, which keys the pairs of words it stands in. */
const ID_AT = BLOCKS * NUM_TAGS;
/** The numbers of the sentence's two ends, read as neighbours: words are numbered from 0, and −1 marks an empty slot. */
const START_ID = -2;
const END_ID = -3;

/** Slots of the table of word pairs at first, and at most: it doubles when half full, and at its largest starts afresh. */
const FIRST_PAIR_SLOTS = 1 << 12;
const MAX_PAIR_SLOTS = 1 << 18;
/** Rows kept per pair of words: three for the second word (templates 23, 26, 28), three for the first (24, 27, 29). */
const PAIR_ROWS = 6;
/** A slot's length: the two words' numbers and the rows, 32 bytes. */
const PAIR_STRIDE = 8;

/**
 * The model rows of the features that read two neighbouring words, kept per pair of word numbers: news repeats its
 * word pairs ("the company", "said on"), and each row is otherwise a hash over both words and a lookup in the model's
 * table, most of it a cache miss. Rows, not sums, are kept, so emissions are added in the same order as before.
 */
class BigramRows {
  /** Per slot, one cache line: the two word numbers (−1 when empty), then the pair's rows. */
  table: Int32Array;
  private slots: number;
  private count = 0;

  constructor(private readonly maxSlots: number) {
    this.slots = Math.min(FIRST_PAIR_SLOTS, maxSlots);
    this.table = new Int32Array(this.slots * PAIR_STRIDE).fill(-1);
  }

  /** Whether the last pair asked for was new: its rows are then for the caller to fill. */
  added = false;

  /**
   * Makes room for `pairs` new pairs, before a sentence: the table grows (or, at its largest, starts afresh) only
   * here, so that the places `rowsOf` gave within the sentence stay valid.
   */
  reserve(pairs: number): void {
    if (this.count + pairs <= this.slots >> 1) return;
    let slots = this.slots;
    while (slots < this.maxSlots && this.count + pairs > slots >> 1) slots <<= 1;
    if (this.count + pairs > slots >> 1) {
      // Full at the largest size: start afresh, larger still only for a sentence longer than half of it.
      this.count = 0;
      slots = this.slots;
      while (pairs > slots >> 1) slots <<= 1;
      this.table = new Int32Array(slots * PAIR_STRIDE).fill(-1);
      this.slots = slots;
      return;
    }
    const old = this.table;
    this.table = new Int32Array(slots * PAIR_STRIDE).fill(-1);
    this.slots = slots;
    for (let at = 0; at < old.length; at += PAIR_STRIDE) {
      if (old[at] === -1) continue;
      const to = this.slotOf(old[at]!, old[at + 1]!);
      this.table.set(old.subarray(at, at + PAIR_STRIDE), to);
    }
  }

  /** Where the rows of the pair (a, b) start in `table`, taken for it when the pair is new (room reserved). */
  rowsOf(a: number, b: number): number {
    const at = this.slotOf(a, b);
    const table = this.table;
    if (table[at] === a && table[at + 1] === b) {
      this.added = false;
      return at + 2;
    }
    table[at] = a;
    table[at + 1] = b;
    this.count++;
    this.added = true;
    return at + 2;
  }

  /** The start of the slot that holds the pair (a, b), or of the empty slot where it belongs. */
  private slotOf(a: number, b: number): number {
    const mask = this.slots - 1;
    const table = this.table;
    let s = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const at = s * PAIR_STRIDE;
      const key = table[at]!;
      if (key === -1 || (key === a && table[at + 1] === b)) return at;
      s = (s + 1) & mask;
    }
  }

  clear(): void {
    this.table.fill(-1);
    this.count = 0;
  }
}

/** A model's emission weights per word, neighbour position and feature with a small closed set of values. */
export class WordWeights {
  /** The model's tag-transition weights, for decoding. */
  readonly transitions: Float32Array;
  private readonly words = new Map<string, Float64Array>();
  private readonly hashes = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  /** What the sentence boundary adds in place of missing neighbours, laid out like a word's entry. */
  private readonly boundary: Float64Array;
  /** Bias plus the headline feature, by whether the sentence is all capitals. */
  private readonly sentenceRows: Float64Array[];
  private readonly flagRows = new Map<number, Float64Array>();
  private readonly suffixRows: Float64Array[];
  private readonly pairs: BigramRows;
  /** Each entry's lower case and shape, by its number, for filling the rows of a new pair. */
  private readonly lowersById: string[] = [];
  private readonly shapesById: string[] = [];

  /**
   * `maxWords`: words kept before the cache starts afresh, at the next sentence; `maxPairSlots`: the largest table of
   * word pairs (both smaller only in tests).
   */
  constructor(
    readonly model: NerModel,
    private readonly maxWords = MAX_WORDS,
    maxPairSlots = MAX_PAIR_SLOTS,
  ) {
    this.pairs = new BigramRows(maxPairSlots);
    this.transitions = model.transitions;
    this.boundary = new Float64Array(BLOCKS * NUM_TAGS);
    this.addRow(this.boundary, AS_LEFT_1, contextFeature(T_LEFT_WORD_1, SENTENCE_START));
    this.addRow(this.boundary, AS_LEFT_1, contextFeature(T_LEFT_SHAPE_1, SENTENCE_START));
    this.addRow(this.boundary, AS_LEFT_2, contextFeature(T_LEFT_WORD_2, SENTENCE_START));
    this.addRow(this.boundary, AS_LEFT_2, contextFeature(T_LEFT_SHAPE_2, SENTENCE_START));
    this.addRow(this.boundary, AS_RIGHT_1, contextFeature(T_RIGHT_WORD_1, SENTENCE_END));
    this.addRow(this.boundary, AS_RIGHT_1, contextFeature(T_RIGHT_SHAPE_1, SENTENCE_END));
    this.addRow(this.boundary, AS_RIGHT_2, contextFeature(T_RIGHT_WORD_2, SENTENCE_END));
    this.addRow(this.boundary, AS_RIGHT_2, contextFeature(T_RIGHT_SHAPE_2, SENTENCE_END));
    this.sentenceRows = [0, 1].map((allCaps) => {
      const sums = new Float64Array(NUM_TAGS);
      this.addRow(sums, 0, biasFeature());
      this.addRow(sums, 0, headlineFeature(allCaps));
      return sums;
    });
    this.suffixRows = [0, 1, 2, 3].map((distance) => {
      const sums = new Float64Array(NUM_TAGS);
      if (distance) this.addRow(sums, 0, suffixAheadFeature(distance));
      return sums;
    });
  }

  /**
   * Fills emissions (n × NUM_TAGS, zeroed) with the summed weights of every token's features, and the document
   * features read from `doc` when given (the document model); without it the sentence's own features only.
   */
  emissionsOf(v: TokenFeatureView, em: Float64Array, doc?: DocumentContext): void {
    const n = v.words.length;
    const inDocument = doc ? documentSentence(v) : undefined;
    const entries = new Array<Float64Array>(n);
    // Afresh only between sentences, so that no sentence holds numbers of two countings.
    if (this.words.size >= this.maxWords) {
      this.words.clear();
      this.pairs.clear();
      this.lowersById.length = 0;
      this.shapesById.length = 0;
    }
    for (let i = 0; i < n; i++) entries[i] = this.entry(v, i);
    // Each token adds at most its pair with the next word, the first also its pair with the sentence's start.
    this.pairs.reserve(n + 1);
    const sentence = this.sentenceRows[v.allCapsLine]!;
    const h = this.hashes;
    const T = NUM_TAGS;
    let pairBefore = 0;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const own = entries[i]!;
      const l1 = i > 0 ? entries[i - 1]! : this.boundary;
      const l2 = i > 1 ? entries[i - 2]! : this.boundary;
      const r1 = i + 1 < n ? entries[i + 1]! : this.boundary;
      const r2 = i + 2 < n ? entries[i + 2]! : this.boundary;
      const flags = this.flagSums(v.flags[i]!, v.allCapsLine);
      const suffix = this.suffixRows[suffixAhead(v, i)]!;
      // The token's left neighbour contributes what a word adds as a left neighbour, and so on.
      for (let t = 0; t < T; t++) {
        em[base + t] =
          sentence[t]! +
          own[OWN * T + t]! +
          flags[t]! +
          suffix[t]! +
          l1[AS_LEFT_1 * T + t]! +
          l2[AS_LEFT_2 * T + t]! +
          r1[AS_RIGHT_1 * T + t]! +
          r2[AS_RIGHT_2 * T + t]!;
      }
      // The pair features, in pairFeatures' order: 23, 24, 25, 26, 27, 28, 29.
      const id = own[ID_AT]!;
      // The pair with the next word is the next token's pair with its left word: each is looked up once.
      const left = i > 0 ? pairBefore : this.pairRows(START_ID, id);
      pairBefore = this.pairRows(id, i + 1 < n ? r1[ID_AT]! : END_ID);
      const right = pairBefore + 3;
      const rows = this.pairs.table;
      this.addRowAt(em, base, rows[left]!);
      this.addRowAt(em, base, rows[right]!);
      this.addRowAt(
        em,
        base,
        rowOf(this.model, shapeTrigramFeature(i > 0 ? v.shapes[i - 1]! : SENTENCE_START, v.shapes[i]!, i + 1 < n ? v.shapes[i + 1]! : SENTENCE_END)),
      );
      this.addRowAt(em, base, rows[left + 1]!);
      this.addRowAt(em, base, rows[right + 1]!);
      this.addRowAt(em, base, rows[left + 2]!);
      this.addRowAt(em, base, rows[right + 2]!);
      // Document features depend on the word's other occurrences, so they are looked up per token.
      const all = doc && inDocument ? documentFeatures(doc, v, inDocument, i, h, 0) : 0;
      for (let f = 0; f < all; f++) this.addRowAt(em, base, rowOf(this.model, h[f]!));
    }
  }

  /** Adds model row `r` (none when negative) to the emissions of the token at `base`. */
  private addRowAt(em: Float64Array, base: number, r: number): void {
    if (r >= 0) addRow(em, base, this.model.weights, r * NUM_TAGS, NUM_TAGS);
  }

  /** Where the rows of the word pair (a, b) start in the pair table, by the words' numbers (or a sentence end's). */
  private pairRows(a: number, b: number): number {
    const at = this.pairs.rowsOf(a, b);
    if (!this.pairs.added) return at;
    const h = this.hashes;
    const lowerA = a === START_ID ? SENTENCE_START : this.lowersById[a]!;
    const shapeA = a === START_ID ? SENTENCE_START : this.shapesById[a]!;
    const lowerB = b === END_ID ? SENTENCE_END : this.lowersById[b]!;
    const shapeB = b === END_ID ? SENTENCE_END : this.shapesById[b]!;
    bigramFeatures(lowerA, shapeA, lowerB, shapeB, h, 0);
    const { table } = this.pairs;
    for (let k = 0; k < PAIR_ROWS; k++) table[at + k] = rowOf(this.model, h[k]!);
    return at;
  }

  /** Adds the weights of feature `hash` to block `block` of `sums`. */
  private addRow(sums: Float64Array, block: number, hash: number): void {
    const r = rowOf(this.model, hash);
    if (r < 0) return;
    const { weights } = this.model;
    addRow(sums, block * NUM_TAGS, weights, r * NUM_TAGS, NUM_TAGS);
  }

  /** The two case-flag features of a token, summed; flags take a few dozen values, so these are kept. */
  private flagSums(flags: number, allCapsLine: number): Float64Array {
    const key = flags | (allCapsLine << 6);
    let sums = this.flagRows.get(key);
    if (!sums) {
      sums = new Float64Array(NUM_TAGS);
      this.addRow(sums, 0, flagFeature(flags, allCapsLine));
      this.addRow(sums, 0, capitalFeature(flags));
      this.flagRows.set(key, sums);
    }
    return sums;
  }

  private entry(v: TokenFeatureView, i: number): Float64Array {
    const word = v.words[i]!;
    const known = this.words.get(word);
    if (known) return known;
    const lower = v.lowers[i]!;
    const shape = v.shapes[i]!;
    const bits = v.lex[i]!;
    const h = this.hashes;
    const e = new Float64Array(BLOCKS * NUM_TAGS + 1);
    e[ID_AT] = this.lowersById.length;
    this.lowersById.push(lower);
    this.shapesById.push(shape);
    const own = ownWordFeatures(word, lower, shape, h, 0);
    const ownAndLex = lexiconFeatures(T_LEX, bits, h, own);
    for (let k = 0; k < ownAndLex; k++) this.addRow(e, OWN, h[k]!);
    this.addRow(e, OWN, lengthFeature(lower));
    // As the left neighbour of the next token: that token's features 15, 19 and 32.
    this.addRow(e, AS_LEFT_1, contextFeature(T_LEFT_WORD_1, lower));
    this.addRow(e, AS_LEFT_1, contextFeature(T_LEFT_SHAPE_1, shape));
    for (let k = 0, end = lexiconFeatures(T_LEFT_LEX, bits, h, 0); k < end; k++) this.addRow(e, AS_LEFT_1, h[k]!);
    this.addRow(e, AS_LEFT_2, contextFeature(T_LEFT_WORD_2, lower));
    this.addRow(e, AS_LEFT_2, contextFeature(T_LEFT_SHAPE_2, shape));
    this.addRow(e, AS_RIGHT_1, contextFeature(T_RIGHT_WORD_1, lower));
    this.addRow(e, AS_RIGHT_1, contextFeature(T_RIGHT_SHAPE_1, shape));
    for (let k = 0, end = lexiconFeatures(T_RIGHT_LEX, bits, h, 0); k < end; k++) this.addRow(e, AS_RIGHT_1, h[k]!);
    this.addRow(e, AS_RIGHT_2, contextFeature(T_RIGHT_WORD_2, lower));
    this.addRow(e, AS_RIGHT_2, contextFeature(T_RIGHT_SHAPE_2, shape));
    this.words.set(word, e);
    return e;
  }
}
