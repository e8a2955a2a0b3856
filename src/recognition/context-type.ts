// What the words around all the mentions of one name in a document say about its kind: a multinomial logistic
// model over the words either side of each mention and the name's own words, learned from CoNLL-2003 train
// (`npm run train:context-type`). The tagger reads each mention in its own sentence window; this model pools every
// mention of the entity, so "Comelf said it …", "Comelf 's six-month output" and "exported … Comelf" speak together.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipWhole } from '../util/gunzip-whole.js';

export const CONTEXT_TYPE_MODEL_PATH = fileURLToPath(new URL('../../models/context-type.json.gz', import.meta.url));

export const CONTEXT_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ContextLabel = (typeof CONTEXT_LABELS)[number];

/** One mention's place: the tokens of its sentence and the mention's token range. */
export interface MentionPlace {
  readonly tokens: readonly { readonly text: string }[];
  readonly start: number;
  readonly end: number;
}

/** A word as a feature value: lower case, digits folded, so "1996" and "2003" are one number. */
function norm(word: string | undefined): string {
  if (word === undefined) return '<s>';
  return word.toLowerCase().replace(/\d/g, '0');
}

/** The features of one entity: the union over its mentions of the words either side and the name's own words. */
export function contextFeatures(places: readonly MentionPlace[]): Set<string> {
  const features = new Set<string>();
  for (const { tokens, start, end } of places) {
    const word = (i: number) => tokens[i]?.text;
    const l1 = norm(word(start - 1));
    const l2 = start >= 2 ? norm(word(start - 2)) : '<s>';
    const r1 = end < tokens.length ? norm(word(end)) : '</s>';
    const r2 = end + 1 < tokens.length ? norm(word(end + 1)) : '</s>';
    features.add(`l1=${l1}`).add(`l2=${l2}`).add(`r1=${r1}`).add(`r2=${r2}`);
    features.add(`l12=${l2} ${l1}`).add(`r12=${r1} ${r2}`).add(`lr=${l1} ${r1}`);
    for (let i = start; i < end; i++) features.add(`w=${norm(word(i))}`);
    features.add(`last=${norm(word(end - 1))}`).add(`first=${norm(word(start))}`);
    features.add(`len=${Math.min(end - start, 4)}`);
    const last = word(end - 1) ?? '';
    features.add(`suf=${last.slice(-3).toLowerCase()}`);
  }
  features.add(`mentions=${Math.min(places.length, 5)}`);
  return features;
}

export interface ContextTypeModel {
  readonly labels: readonly string[];
  /** Weights per feature, one per label. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
  readonly bias: readonly number[];
}

/** The model's probability of each label for an entity's features. */
export function contextProbabilities(model: ContextTypeModel, features: Iterable<string>): number[] {
  const scores = [...model.bias];
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

interface StoredModel {
  labels: string[];
  bias: number[];
  features: string[];
  /** Weights, label-major within each feature, rounded to 1e-4. */
  weights: number[];
}

/** Writes a model as gzipped JSON. */
export function serialiseContextModel(model: ContextTypeModel): StoredModel {
  const features = [...model.weights.keys()].sort();
  const k = model.labels.length;
  const weights = new Array<number>(features.length * k);
  features.forEach((f, i) => model.weights.get(f)!.forEach((w, j) => (weights[i * k + j] = Math.round(w * 1e4) / 1e4)));
  return { labels: [...model.labels], bias: model.bias.map((b) => Math.round(b * 1e4) / 1e4), features, weights };
}

let loaded: ContextTypeModel | undefined;

/** The shipped model, read on first use. */
export function contextTypeModel(): ContextTypeModel {
  if (loaded) return loaded;
  const stored = JSON.parse(gunzipWhole(readFileSync(CONTEXT_TYPE_MODEL_PATH)).toString('utf8')) as StoredModel;
  const k = stored.labels.length;
  const weights = new Map<string, number[]>();
  stored.features.forEach((f, i) => weights.set(f, stored.weights.slice(i * k, i * k + k)));
  loaded = { labels: stored.labels, bias: stored.bias, weights };
  return loaded;
}
