// The learned relation classifier: a linear model over pair features (pair-features.ts) with three classes, "none",
// "forward" (the left mention is the source) and "backward". The relation's label follows from the two types
// (PAIR_LABELS). Weights come from `npm run train:relations` (CoNLL04 train split) and ship gzipped in models/.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dequantise, int16Scale, packModel, unpackModel, type UnpackedModel } from '../models/packed-model.js';
import { checkModelMetadata } from '../models/model-metadata.js';
// A cycle by design: the identity names CLASSES; it is only called when a model is read, after both modules loaded.
import { classifierModelIdentity } from './classifier-model-identity.js';
import { SHARED, pairBaseFeatures, pairLabel, type PairMention } from './pair-features.js';
import { WeightTable, featureHash } from './weight-table.js';
import { isFiniteNumber, isRecord, isStringList } from '../util/json-shapes.js';

export const CLASSES = ['none', 'forward', 'backward'] as const;
export type PairClass = (typeof CLASSES)[number];

/** Absolute path of the shipped classifier weights. */
export const RELATION_MODEL_PATH = fileURLToPath(new URL('../../models/relations.bin.gz', import.meta.url));

const MAGIC = 'KGREL2';

/** A feature's weight for each class, in CLASSES order. */
export type ClassWeights = Float64Array | readonly number[];

export interface RelationModel {
  /** One weight per class for each feature. */
  weights: ReadonlyMap<string, ClassWeights>;
}

export interface PairPrediction {
  /** True when the left mention is the source of the likelier direction. */
  forward: boolean;
  /** The relation label of the likelier direction. */
  label: string;
  /**
   * Score of that direction minus the best alternative ("none" or the other direction): above 0 the model says
   * the relation holds; callers pick their own threshold for adding or vetoing.
   */
  margin: number;
  /** Score of each direction minus its best alternative, -Infinity where the types forbid it. */
  forwardMargin: number;
  backwardMargin: number;
}

/** Classes the pair's types allow: a direction is allowed only when its (source, target) types carry a label. */
export function allowedClasses(left: PairMention, right: PairMention): PairClass[] {
  const out: PairClass[] = ['none'];
  if (pairLabel(left.type, right.type)) out.push('forward');
  if (pairLabel(right.type, left.type)) out.push('backward');
  return out;
}

/** Class scores of a feature list. */
export function scoreFeatures(model: RelationModel, features: readonly string[]): number[] {
  const scores = [0, 0, 0];
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let c = 0; c < 3; c++) scores[c]! += w[c]!;
  }
  return scores;
}

/**
 * Per-model weight tables (weight-table.ts). A model read from a file has one from the start
 * (deserialiseRelationModel); one built in memory (training) gets one on first use.
 */
const tables = new WeakMap<RelationModel, WeightTable>();

/** The table of named weights: names sorted, so each group's come together. */
function tableOfWeights(named: ReadonlyMap<string, ClassWeights>): WeightTable {
  const names = [...named.keys()].sort();
  const starts = new Uint32Array(names.length);
  const lengths = new Uint32Array(names.length);
  const weights = new Float64Array(names.length * CLASSES.length);
  let at = 0;
  names.forEach((name, r) => {
    starts[r] = at;
    lengths[r] = name.length;
    at += name.length;
    const w = named.get(name)!;
    for (let c = 0; c < CLASSES.length; c++) weights[r * CLASSES.length + c] = w[c]!;
  });
  return new WeightTable(names.join(''), starts, lengths, weights, CLASSES.length);
}

function tableOf(model: RelationModel): WeightTable {
  let table = tables.get(model);
  if (!table) {
    table = tableOfWeights(model.weights);
    tables.set(model, table);
  }
  return table;
}

/** Feature hashes of the pair being classified, reused from pair to pair. */
let hashes = new Uint32Array(256);

/**
 * Classifies one pair (`left` first in the text) over the sentence's `featureWords`; undefined when the two types
 * take no relation. Scores equal `scoreFeatures` over `pairFeatures`, summed in the same order.
 */
export function classifyPair(
  model: RelationModel,
  words: readonly string[],
  left: PairMention,
  right: PairMention,
  others: readonly PairMention[],
): PairPrediction | undefined {
  const forwardLabel = pairLabel(left.type, right.type);
  const backwardLabel = pairLabel(right.type, left.type);
  if (!forwardLabel && !backwardLabel) return undefined;
  const table = tableOf(model);
  const { weights } = table;
  const group = table.pairGroup(left.type, right.type);
  const shared = table.group(SHARED);
  let none = 0;
  let fwd = 0;
  let bwd = 0;
  const bias = table.biasRow(group) * 3;
  if (bias >= 0) {
    none += weights[bias]!;
    fwd += weights[bias + 1]!;
    bwd += weights[bias + 2]!;
  }
  const base = pairBaseFeatures(words, left, right, others);
  if (hashes.length < base.length) hashes = new Uint32Array(base.length * 2);
  for (let k = 0; k < base.length; k++) {
    const f = base[k]!;
    const hash = featureHash(f);
    hashes[k] = hash;
    const row = table.rowOf(group, f, hash) * 3;
    if (row < 0) continue;
    none += weights[row]!;
    fwd += weights[row + 1]!;
    bwd += weights[row + 2]!;
  }
  // The type-free copies come after the conjoined features in pairFeatures, so the sums keep its order.
  if (table.size(shared))
    for (let k = 0; k < base.length; k++) {
      const row = table.rowOf(shared, base[k]!, hashes[k]!) * 3;
      if (row < 0) continue;
      none += weights[row]!;
      fwd += weights[row + 1]!;
      bwd += weights[row + 2]!;
    }
  if (!forwardLabel) fwd = -Infinity;
  if (!backwardLabel) bwd = -Infinity;
  const forward = fwd >= bwd;
  const best = forward ? fwd : bwd;
  const rival = Math.max(none, forward ? bwd : fwd);
  const label = forward ? forwardLabel! : backwardLabel!;
  const forwardMargin = fwd - Math.max(none, bwd);
  const backwardMargin = bwd - Math.max(none, fwd);
  return { forward, label, margin: best - rival, forwardMargin, backwardMargin };
}

/**
 * Serialises weights deterministically: features sorted, weights rounded to int16 of one scale, gzip level 9. The
 * layout is a generic one of named weights: a length-prefixed JSON header, each name's length in UTF-16 code units
 * (uint32), the weights (int16, CLASSES.length per name), then the names one after another in UTF-16LE, which reads
 * into a string in a few milliseconds where UTF-8 took thirty.
 */
export function serialiseRelationModel(model: RelationModel, minAbs: number): Buffer {
  let maxAbs = 0;
  for (const w of model.weights.values()) for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = int16Scale(maxAbs, 30000);
  const names: string[] = [];
  const quantised: number[] = [];
  for (const name of [...model.weights.keys()].sort()) {
    const w = model.weights.get(name)!;
    if (![...w].some((x) => Math.abs(x) >= minAbs)) continue;
    names.push(name);
    for (const x of w) quantised.push(Math.round(x / scale));
  }
  const text = Buffer.from(names.join(''), 'utf16le');
  const header = JSON.stringify({ magic: MAGIC, classes: CLASSES, scale, rows: names.length, textBytes: text.length, textEncoding: 'utf16le' });
  return packModel(header, [new Uint32Array(names.map((name) => name.length)), new Int16Array(quantised), text]);
}

interface ModelHeader {
  magic: string;
  classes: string[];
  scale: number;
  rows: number;
  textBytes: number;
  /** How the names are encoded; UTF-8 when absent. */
  textEncoding?: 'utf8' | 'utf16le';
}

/** A size a header may give: a whole number, not negative, and within what a buffer can hold. */
function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 2 ** 31;
}

function isModelHeader(value: unknown): value is ModelHeader {
  return (
    isRecord(value) &&
    value.magic === MAGIC &&
    isStringList(value.classes) &&
    value.classes.join() === CLASSES.join() &&
    isFiniteNumber(value.scale) &&
    isCount(value.rows) &&
    isCount(value.textBytes) &&
    (value.textEncoding === undefined || value.textEncoding === 'utf8' || value.textEncoding === 'utf16le')
  );
}

/** Reads a serialised model; throws a one-line error naming the fix when the data is not a relation model. */
export function deserialiseRelationModel(gz: Buffer): RelationModel {
  const notAModel = () => new Error(`relations: model file is not a ${MAGIC} relation model; run \`npm run train:relations\` to rebuild it`);
  let file: UnpackedModel;
  try {
    file = unpackModel(gz);
  } catch {
    throw notAModel();
  }
  const { header } = file;
  if (!isModelHeader(header)) throw notAModel();
  const { scale, rows, textBytes } = header;
  const classes = CLASSES.length;
  if (file.remaining !== rows * 4 + rows * classes * 2 + textBytes) throw notAModel();
  const lengths = new Uint32Array(file.take(rows * 4));
  const quantised = new Int16Array(file.take(rows * classes * 2));
  const text = file.takeText(textBytes, header.textEncoding ?? 'utf8');
  const starts = new Uint32Array(rows);
  let end = 0;
  for (let r = 0; r < rows; r++) {
    starts[r] = end;
    end += lengths[r]!;
  }
  if (end !== text.length) throw notAModel();
  const weights = dequantise(quantised, scale, new Float64Array(quantised.length));
  // Classifying reads the table; the map by full feature name (training's form, scoreFeatures') is built only when
  // asked for.
  let named: Map<string, ClassWeights> | undefined;
  const model: RelationModel = {
    get weights() {
      named ??= new Map(
        Array.from(starts, (start, r) => [text.slice(start, start + lengths[r]!), Array.from(weights.subarray(r * classes, (r + 1) * classes))]),
      );
      return named;
    },
  };
  tables.set(model, new WeightTable(text, starts, lengths, weights, classes));
  return model;
}

/**
 * Reads the model at `file` after checking the metadata its training wrote beside it: a model trained for other
 * pair features, signal words or labels than this code's fails here, naming what differs and `npm run
 * train:relations`, instead of scoring features it never learnt.
 */
export function readRelationModel(file: string): RelationModel {
  if (!fs.existsSync(file)) throw new Error(`relations: model file ${file} is missing; run \`npm run train:relations\` to build it`);
  const bytes = fs.readFileSync(file);
  checkModelMetadata(file, bytes, classifierModelIdentity());
  return deserialiseRelationModel(bytes);
}

let cached: RelationModel | undefined;

/** The shipped model (checked by readRelationModel), loaded once. */
export function loadRelationModel(): RelationModel {
  // KG_RELATION_MODEL points a run at another model (a cross-validation fold's, scripts/cv-relations.ts).
  cached ??= readRelationModel(process.env.KG_RELATION_MODEL || RELATION_MODEL_PATH);
  return cached;
}
