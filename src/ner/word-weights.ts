// The tagger's emission weights summed per word. Most of a token's features depend on one word only — its own,
// or a neighbour's at a fixed position — and news text repeats its words, so the weights of those features are
// looked up and summed once per word and kept, instead of fetched row by row for every token (those scattered
// reads are what decoding spends its time on). Sums are in double precision, where adding a model file's weights is
// exact (int16 steps of one scale), so grouping them per word gives the same scores as adding tokenFeatures' rows
// one by one; the blended document model's weights (two scales) may differ from that in the last bits, the same
// way on every run.
import { addRow } from './weight-rows.js';
import {
  biasFeature,
  capitalFeature,
  contextFeature,
  flagFeature,
  headlineFeature,
  lengthFeature,
  lexiconFeatures,
  MAX_FEATURES_PER_TOKEN,
  ownWordFeatures,
  pairFeatures,
  SENTENCE_END,
  SENTENCE_START,
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

  constructor(readonly model: NerModel) {
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
    for (let i = 0; i < n; i++) entries[i] = this.entry(v, i);
    const sentence = this.sentenceRows[v.allCapsLine]!;
    const h = this.hashes;
    const { weights } = this.model;
    const T = NUM_TAGS;
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
      const k = pairFeatures(
        i > 0 ? v.lowers[i - 1]! : SENTENCE_START,
        v.lowers[i]!,
        i + 1 < n ? v.lowers[i + 1]! : SENTENCE_END,
        i > 0 ? v.shapes[i - 1]! : SENTENCE_START,
        v.shapes[i]!,
        i + 1 < n ? v.shapes[i + 1]! : SENTENCE_END,
        h,
        0,
      );
      // Document features depend on the word's other occurrences, so they are looked up per token.
      const all = doc && inDocument ? documentFeatures(doc, v, inDocument, i, h, k) : k;
      for (let f = 0; f < all; f++) {
        const r = rowOf(this.model, h[f]!);
        if (r < 0) continue;
        addRow(em, base, weights, r * T, T);
      }
    }
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
    if (this.words.size >= MAX_WORDS) this.words.clear();
    const lower = v.lowers[i]!;
    const shape = v.shapes[i]!;
    const bits = v.lex[i]!;
    const h = this.hashes;
    const e = new Float64Array(BLOCKS * NUM_TAGS);
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
