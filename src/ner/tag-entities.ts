// The CoNLL-2003 entity tagger's public face: IOB2 tags (PER/ORG/LOC/MISC) for a sentence's tokens, with per-token
// confidences. The model is read synchronously from models/ on first use and kept for the process (with its
// weights summed per word, word-weights.ts).
import { readFileSync } from 'node:fs';
import { viterbi } from './decode.js';
import { documentContext, type DocumentContext } from './document-features.js';
import { viewTokenFeatures, type TokenFeatureView } from './features.js';
import { NER_DOCUMENT_MODEL_PATH, NER_MODEL_PATH } from './model-path.js';
import { blendModels, deserialiseModel, type NerModel } from './ner-model.js';
import { checkModelMetadata } from '../models/model-metadata.js';
import { taggerModelIdentity, type TaggerModelKind } from './tagger-model-identity.js';
import { NUM_TAGS, TAGS, tagIndex } from './tags.js';
import { WordWeights } from './word-weights.js';

/** The two models, each read on first use: the sentence-level one and the one that also reads the document. */
const models: Record<TaggerModelKind, WordWeights | undefined> = { sentence: undefined, document: undefined };
const MODEL_PATHS: Record<TaggerModelKind, string> = { sentence: NER_MODEL_PATH, document: NER_DOCUMENT_MODEL_PATH };

/**
 * Share of the document model in the scores a document is tagged with, the sentence model's the rest: the model
 * read on its own leans on the other occurrences of a word and follows them when the sentence says otherwise ("Acme's
 * chief executive" after four sentences opening with "Acme"). Chosen by 5-fold cross-validation on CoNLL-2003 train
 * (`npm run cv:ner-blend`, figures in reports/ner-conll.md), never on valid or an article.
 */
export const DOCUMENT_MODEL_WEIGHT = 0.9;

function readFile(kind: TaggerModelKind): NerModel {
  const path = MODEL_PATHS[kind];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`ner: model file ${path} is missing; run \`npm run train:ner\` to build it`);
  }
  checkModelMetadata(path, bytes, taggerModelIdentity(kind));
  return deserialiseModel(bytes);
}

function readModel(kind: TaggerModelKind): WordWeights {
  if (kind === 'sentence') return new WordWeights(readFile('sentence'));
  return new WordWeights(blendModels(readFile('document'), loadModel('sentence').model, DOCUMENT_MODEL_WEIGHT));
}

/** One of the models, read on its first use: the document model only when a document is tagged with it. */
function loadModel(kind: TaggerModelKind): WordWeights {
  return (models[kind] ??= readModel(kind));
}

/**
 * Replaces this process's tagger (both models) with one serialised model, or restores the shipped ones when none is
 * given. For training scripts only: train:relations tags CoNLL04 train with a tagger that never saw those sentences.
 */
export function useTaggerModel(bytes?: Buffer): void {
  const replaced = bytes ? new WordWeights(deserialiseModel(bytes)) : undefined;
  models.sentence = replaced;
  models.document = replaced;
}

/**
 * Fewest sentences a document needs before the document model tags it. On CoNLL-2003 valid, documents shorter than
 * this are tagged no better by the document model than by the sentence model, which was trained for sentences read
 * alone (figures in reports/ner-conll.md, from \`npm run eval:ner\`).
 */
export const DOCUMENT_MODEL_MIN_SENTENCES = 4;

/** A document as the tagger reads it: its evidence for the document model, or none when it is too short to give any. */
export interface TaggerDocument {
  readonly context: DocumentContext | undefined;
  /**
   * The views the document pass made of its sentences, by the word array each was made of: tagging a sentence given
   * as the same array takes its view from here rather than making it again.
   */
  readonly views?: Map<readonly string[], TokenFeatureView>;
}

/**
 * Most tokens of a document whose views are kept from the document pass for tagging; past them views are made again
 * when tagged, so that a very long document does not hold a view of every sentence at once.
 */
export const KEPT_VIEW_TOKENS = 50_000;

/**
 * A document's sentences as the tagger reads them, so that each sentence is tagged knowing how its words are written
 * elsewhere in the document (document-features.ts). Built once per document, before its sentences are tagged. A
 * document of fewer than `minSentences` sentences is tagged by the sentence model, as without a document.
 */
export function taggerDocument(sentences: Iterable<readonly string[]>, minSentences = DOCUMENT_MODEL_MIN_SENTENCES): TaggerDocument {
  // Only the first sentences are held until the document is known to be long enough; the rest stream through,
  // their views kept for tagging up to a bound.
  const views = new Map<readonly string[], TokenFeatureView>();
  let keptTokens = 0;
  const view = (words: readonly string[]): TokenFeatureView => {
    const made = viewTokenFeatures(words);
    if (keptTokens + words.length <= KEPT_VIEW_TOKENS) {
      views.set(words, made);
      keptTokens += words.length;
    }
    return made;
  };
  const it = sentences[Symbol.iterator]();
  const first: TokenFeatureView[] = [];
  while (first.length < minSentences) {
    const next = it.next();
    if (next.done) return { context: undefined, views };
    first.push(view(next.value));
  }
  return {
    context: documentContext(
      (function* () {
        yield* first;
        for (let next = it.next(); !next.done; next = it.next()) yield view(next.value);
      })(),
    ),
    views,
  };
}

/** The view of a sentence's words: the one the document pass made of the same array, or a new one. */
function viewOf(tokens: readonly string[], doc: TaggerDocument | undefined): TokenFeatureView {
  const kept = doc?.views?.get(tokens);
  if (!kept) return viewTokenFeatures(tokens);
  doc!.views!.delete(tokens);
  return kept;
}

/** Scratch for decoding, grown as needed and reused: a typed array per sentence costs more to allocate than to fill. */
let emissionsScratch = new Float64Array(64 * NUM_TAGS);
let tagsScratch = new Int32Array(64);
let marginsScratch = new Float64Array(64);

/** The tags that carry a person, organisation or place on from the token before. */
const NAME_INSIDE_TAGS = ['I-PER', 'I-ORG', 'I-LOC'].map(tagIndex);

/**
 * Whether a token may not stand inside a person's, organisation's or place's name: the tagger then decodes the best
 * tags that end the name before it. Given by the caller (recognition), which knows which words break a name.
 */
export type NameBreak = (token: string) => boolean;

/** Far below any sum of weights, yet finite, so margins stay numbers. */
const BARRED = 1e9;

/** Sets the emission of every inside-a-name tag to minus a bound at the tokens `breaks` names, past the first. */
function barNamesThrough(tokens: readonly string[], em: Float64Array, breaks: NameBreak): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!breaks(tokens[i]!)) continue;
    for (const t of NAME_INSIDE_TAGS) em[i * NUM_TAGS + t] = -BARRED;
  }
}

/** The best tags of a sentence, in scratch that the next sentence's decoding overwrites: callers copy them out. */
function decode(tokens: readonly string[], doc: TaggerDocument | undefined, margins?: Float64Array, breaks?: NameBreak): Int32Array {
  const context = doc?.context;
  const m = loadModel(context ? 'document' : 'sentence');
  const n = tokens.length;
  if (tagsScratch.length < n) {
    tagsScratch = new Int32Array(2 * n);
    emissionsScratch = new Float64Array(2 * n * NUM_TAGS);
  }
  const out = tagsScratch.subarray(0, n);
  if (n === 0) return out;
  // Only the first n rows are filled and read.
  const em = emissionsScratch.fill(0, 0, n * NUM_TAGS);
  m.emissionsOf(viewOf(tokens, doc), em, context);
  if (breaks) barNamesThrough(tokens, em, breaks);
  viterbi(n, em, m.transitions, out, margins);
  return out;
}

/**
 * Tags one sentence's tokens with IOB2 labels (B-PER, I-ORG, O, ...), one per token. Tokens are as the tokeniser
 * gives them; curly quotes are read as straight ones. `doc` is the sentence's document ({@link taggerDocument});
 * without it, or when the document is short, the sentence model reads the sentence alone.
 */
export function tagTokens(tokens: readonly string[], doc?: TaggerDocument): string[] {
  return Array.from(decode(tokens, doc), (t) => TAGS[t]!);
}

/**
 * Margin at which confidence reaches 1 − 1/e. On CoNLL valid, wrongly tagged entity tokens have a median margin near
 * 14 and nine in ten correctly tagged ones exceed 23, so 15 puts typical errors near 0.6 and sure tags above 0.8.
 */
const MARGIN_SCALE = 15;

/**
 * Tags like {@link tagTokens} and gives each token a confidence in [0, 1): 1 − e^(−margin/15), where margin is how
 * much the best tag sequence beats the best one with a different tag at that token. Where `breaks` names a token, no
 * person, organisation or place runs on through it.
 */
export function tagTokensWithScores(tokens: readonly string[], doc?: TaggerDocument, breaks?: NameBreak): { tags: string[]; scores: number[] } {
  if (marginsScratch.length < tokens.length) marginsScratch = new Float64Array(2 * tokens.length);
  const out = decode(tokens, doc, marginsScratch, breaks);
  const tags = new Array<string>(tokens.length);
  const scores = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    tags[i] = TAGS[out[i]!]!;
    scores[i] = 1 - Math.exp(-marginsScratch[i]! / MARGIN_SCALE);
  }
  return { tags, scores };
}
