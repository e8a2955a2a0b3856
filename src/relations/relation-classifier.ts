// The learned relation classifier: a linear model over pair features (pair-features.ts) with three classes, "none",
// "forward" (the left mention is the source) and "backward". The relation's label follows from the two types
// (PAIR_LABELS). Weights come from `npm run train:relations` (CoNLL04 train split) and ship gzipped in models/.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { checkModelMetadata } from '../models/model-metadata.js';
// A cycle by design: the identity names CLASSES; it is only called when a model is read, after both modules loaded.
import { classifierModelIdentity } from './classifier-model-identity.js';
import { SHARED, pairBaseFeatures, pairLabel, type PairMention } from './pair-features.js';
import { isFiniteNumber, isRecord, isStringList } from '../util/json-shapes.js';

export const CLASSES = ['none', 'forward', 'backward'] as const;
export type PairClass = (typeof CLASSES)[number];

/** Absolute path of the shipped classifier weights. */
export const RELATION_MODEL_PATH = fileURLToPath(new URL('../../models/relations.json.gz', import.meta.url));

const MAGIC = 'KGREL1';

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

/** A model's weights split by the pair's types: the conjoined feature names without their `Type|Type|` prefix. */
interface PairWeights {
  readonly bias: ClassWeights | undefined;
  readonly byFeature: Map<string, ClassWeights>;
}

/**
 * Per-model split weights; they share the arrays of `model.weights`. A model read from a file has them from the
 * start (deserialiseRelationModel); one built in memory (training) gets them on first use.
 */
const splitWeights = new WeakMap<RelationModel, Map<string, PairWeights>>();

/** Named weights split by the pair's types (the `*|` features apart), each type pair with its `T=` bias. */
function splitByPair(named: Iterable<readonly [string, ClassWeights]>): Map<string, PairWeights> {
  const byPair = new Map<string, Map<string, ClassWeights>>();
  const shared = new Map<string, ClassWeights>();
  const biases = new Map<string, ClassWeights>();
  for (const [name, w] of named) {
    if (name.startsWith('T=')) {
      biases.set(name.slice(2), w);
      continue;
    }
    if (name.startsWith(`${SHARED}|`)) {
      shared.set(name.slice(SHARED.length + 1), w);
      continue;
    }
    // Names are `Type|Type|feature`; the feature itself may contain "|".
    const cut = name.indexOf('|', name.indexOf('|') + 1);
    if (cut < 0) continue;
    const key = name.slice(0, cut);
    const map = byPair.get(key) ?? new Map<string, ClassWeights>();
    map.set(name.slice(cut + 1), w);
    byPair.set(key, map);
  }
  const split = new Map<string, PairWeights>();
  split.set(SHARED, { bias: undefined, byFeature: shared });
  for (const [key, byFeature] of byPair) split.set(key, { bias: biases.get(key), byFeature });
  for (const [key, bias] of biases) if (!split.has(key)) split.set(key, { bias, byFeature: new Map() });
  return split;
}

function weightsFor(model: RelationModel, pair: string): PairWeights {
  let split = splitWeights.get(model);
  if (!split) {
    split = splitByPair(model.weights);
    splitWeights.set(model, split);
  }
  let weights = split.get(pair);
  if (!weights) {
    weights = { bias: undefined, byFeature: new Map() };
    split.set(pair, weights);
  }
  return weights;
}

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
  const { bias, byFeature } = weightsFor(model, `${left.type}|${right.type}`);
  const shared = weightsFor(model, SHARED).byFeature;
  let none = 0;
  let fwd = 0;
  let bwd = 0;
  if (bias) {
    none += bias[0]!;
    fwd += bias[1]!;
    bwd += bias[2]!;
  }
  const base = pairBaseFeatures(words, left, right, others);
  for (const f of base) {
    const w = byFeature.get(f);
    if (!w) continue;
    none += w[0]!;
    fwd += w[1]!;
    bwd += w[2]!;
  }
  // The type-free copies come after the conjoined features in pairFeatures, so the sums keep its order.
  if (shared.size)
    for (const f of base) {
      const w = shared.get(f);
      if (!w) continue;
      none += w[0]!;
      fwd += w[1]!;
      bwd += w[2]!;
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

/** Serialises weights deterministically: features sorted, weights rounded to integers of one scale, gzip level 9. */
export function serialiseRelationModel(model: RelationModel, minAbs: number): Buffer {
  let maxAbs = 0;
  for (const w of model.weights.values()) for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs > 0 ? maxAbs / 30000 : 1;
  const rows: (string | number)[][] = [];
  for (const name of [...model.weights.keys()].sort()) {
    const w = model.weights.get(name)!;
    if (![...w].some((x) => Math.abs(x) >= minAbs)) continue;
    rows.push([name, ...[...w].map((x) => Math.round(x / scale))]);
  }
  const body = JSON.stringify({ magic: MAGIC, classes: CLASSES, scale, rows });
  return gzipSync(Buffer.from(body), { level: 9 });
}

/** A serialised feature: its name and one rounded weight per class. */
function isWeightRow(row: unknown): row is [string, number, number, number] {
  return Array.isArray(row) && row.length === 4 && typeof row[0] === 'string' && isFiniteNumber(row[1]) && isFiniteNumber(row[2]) && isFiniteNumber(row[3]);
}

/** Reads a serialised model; throws a one-line error naming the fix when the data is not a relation model. */
export function deserialiseRelationModel(gz: Buffer): RelationModel {
  const data: unknown = JSON.parse(gunzipSync(gz).toString('utf8'));
  const notAModel = () => new Error('relations: model file is not a KGREL1 relation model; run `npm run train:relations` to rebuild it');
  if (!isRecord(data) || data.magic !== MAGIC || !isStringList(data.classes) || data.classes.join() !== CLASSES.join()) throw notAModel();
  const { scale, rows } = data;
  if (!isFiniteNumber(scale) || !Array.isArray(rows)) throw notAModel();
  const named: [string, ClassWeights][] = [];
  for (const row of rows) {
    if (!isWeightRow(row)) throw notAModel();
    const [name, a, b, c] = row;
    // Plain arrays rather than a Float64Array per feature: the same doubles, loaded in half the time.
    named.push([name, [a * scale, b * scale, c * scale]]);
  }
  // Classifying reads the weights split by pair type, so they are split here, once; the map by full feature name
  // (training's form, scoreFeatures') is built only when asked for. Building both for the model's 125,000 features
  // was most of what every kg extract spent starting up.
  let weights: Map<string, ClassWeights> | undefined;
  const model: RelationModel = {
    get weights() {
      weights ??= new Map(named);
      return weights;
    },
  };
  splitWeights.set(model, splitByPair(named));
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
