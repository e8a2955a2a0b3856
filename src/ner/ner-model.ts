// The tagger's weights: a hash table from feature hash to weight row (one weight per tag), tag-transition weights,
// and a compact, deterministic binary form (sorted keys, int16 weights, gzip) for the shipped file.
import { dequantise, int16Scale, packModel, unpackModel } from '../models/packed-model.js';
import { isRecord, isStringList } from '../util/json-shapes.js';
import { NUM_TAGS, TAGS } from './tags.js';

/** Weights of the sequence tagger, ready for lookups. */
export interface NerModel {
  /** Open-addressing table of feature hashes (0 = empty); length is a power of two. */
  readonly slots: Uint32Array;
  /** Weight row per slot, -1 when empty. */
  readonly slotRows: Int32Array;
  /** rows × NUM_TAGS emission weights. */
  readonly weights: Float32Array;
  /** (NUM_TAGS + 1) × NUM_TAGS transition weights; row NUM_TAGS is the sentence start. */
  readonly transitions: Float32Array;
}

/** Weight row of a feature hash, or -1 when the model has none. */
export function rowOf(model: NerModel, hash: number): number {
  const mask = model.slots.length - 1;
  let s = hash & mask;
  for (;;) {
    const key = model.slots[s]!;
    if (key === hash) return model.slotRows[s]!;
    if (key === 0) return -1;
    s = (s + 1) & mask;
  }
}

/** Builds the lookup table over keys and their rows (row r is key r's). */
export function buildModel(keys: Uint32Array, weights: Float32Array, transitions: Float32Array): NerModel {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slots = new Uint32Array(size);
  const slotRows = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    let s = keys[r]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = keys[r]!;
    slotRows[s] = r;
  }
  return { slots, slotRows, weights, transitions };
}

/**
 * The model whose scores are w × a's plus (1 − w) × b's: one row per feature either has (a feature one lacks counts
 * zero there), transitions blended alike. Decoding with it gives what decoding with the two models' scores blended
 * would, at the cost of one model. Built when the document model is first read, so it walks the two tables as they
 * are, in slot order (the same on every run), with no set or sort of the keys.
 */
export function blendModels(a: NerModel, b: NerModel, w: number): NerModel {
  // At most every row of both: typed arrays sized once, rather than arrays grown key by key (the models have
  // hundreds of thousands of rows, and this runs before the first document is tagged).
  const capacity = (a.weights.length + b.weights.length) / NUM_TAGS;
  const keys = new Uint32Array(capacity);
  const rowsA = new Int32Array(capacity);
  const rowsB = new Int32Array(capacity);
  let count = 0;
  for (let s = 0; s < a.slots.length; s++) {
    const key = a.slots[s]!;
    if (key === 0) continue;
    keys[count] = key;
    rowsA[count] = a.slotRows[s]!;
    rowsB[count++] = rowOf(b, key);
  }
  for (let s = 0; s < b.slots.length; s++) {
    const key = b.slots[s]!;
    if (key === 0 || rowOf(a, key) >= 0) continue;
    keys[count] = key;
    rowsA[count] = -1;
    rowsB[count++] = b.slotRows[s]!;
  }
  const weights = new Float32Array(count * NUM_TAGS);
  for (let r = 0; r < count; r++) {
    const ra = rowsA[r]! * NUM_TAGS;
    const rb = rowsB[r]! * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) {
      const x = ra >= 0 ? a.weights[ra + t]! : 0;
      const y = rb >= 0 ? b.weights[rb + t]! : 0;
      weights[r * NUM_TAGS + t] = w * x + (1 - w) * y;
    }
  }
  const transitions = a.transitions.map((x, i) => w * x + (1 - w) * b.transitions[i]!);
  return buildModel(keys.subarray(0, count), weights, transitions);
}

const MAGIC = 'KGNER1';

/**
 * Serialises weights deterministically: rows sorted by key, emission weights rounded to int16 with one scale, rows
 * whose weights all round to zero dropped, gzip without timestamp.
 */
export function serialiseModel(keys: Uint32Array, weights: Float32Array, transitions: Float32Array, minAbs: number): Buffer {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]!));
  const scale = int16Scale(maxAbs, 32767);
  const order = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!);
  const keptKeys: number[] = [];
  const kept: number[] = [];
  for (const r of order) {
    let keep = false;
    for (let t = 0; t < NUM_TAGS; t++) if (Math.abs(weights[r * NUM_TAGS + t]!) >= minAbs) keep = true;
    if (!keep) continue;
    keptKeys.push(keys[r]!);
    for (let t = 0; t < NUM_TAGS; t++) {
      const w = weights[r * NUM_TAGS + t]!;
      kept.push(Math.abs(w) >= minAbs ? Math.round(w / scale) : 0);
    }
  }
  const header = JSON.stringify({ magic: MAGIC, tags: TAGS, rows: keptKeys.length, scale }) + '\n';
  return packModel(header, [new Uint32Array(keptKeys), new Int16Array(kept), new Float32Array(transitions)]);
}

interface ModelHeader {
  magic: string;
  tags: string[];
  rows: number;
  scale: number;
}

/** True when a model file's JSON header has the fields a KGNER1 model writes. */
function isModelHeader(value: unknown): value is ModelHeader {
  return isRecord(value) && typeof value.magic === 'string' && isStringList(value.tags) && typeof value.rows === 'number' && typeof value.scale === 'number';
}

/** Reads a serialised model; throws a one-line error naming the fix when the file is not a tagger model. */
export function deserialiseModel(gz: Buffer): NerModel {
  const file = unpackModel(gz);
  const { header } = file;
  if (!isModelHeader(header) || header.magic !== MAGIC || header.tags.join() !== TAGS.join()) {
    throw new Error('ner: model file is not a KGNER1 model for this tag set; run `npm run train:ner` to rebuild it');
  }
  const keys = new Uint32Array(file.take(header.rows * 4));
  const q = new Int16Array(file.take(header.rows * NUM_TAGS * 2));
  const transitions = new Float32Array(file.take((NUM_TAGS + 1) * NUM_TAGS * 4));
  return buildModel(keys, dequantise(q, header.scale, new Float32Array(q.length)), transitions);
}
