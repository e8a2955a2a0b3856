// Training of the relation classifier: multinomial logistic regression over pair features, deterministic
// (examples visited in an order drawn from a fixed seed). Examples come from sentences with known entity spans.
import { CLASSES, allowedClasses, type PairClass, type RelationModel } from './relation-classifier.js';
import { featureWords, pairFeatures, type PairMention, type PairType } from './pair-features.js';
import { seededRandom } from '../util/seeded-random.js';

/** A sentence with entity spans and directed relations between them (indices into `entities`). */
export interface LabelledSentence {
  tokens: string[];
  entities: (PairMention | { start: number; end: number; type: string })[];
  relations: { head: number; tail: number }[];
}

export interface PairExample {
  features: string[];
  gold: PairClass;
  allowed: PairClass[];
}

const PAIR_TYPES = new Set<string>(['Person', 'Organization', 'Location']);

/** Every pair of related-type mentions in a sentence, in text order, with its gold class. */
export function pairExamples(sentence: LabelledSentence): PairExample[] {
  const mentions = sentence.entities
    .map((e, index) => ({ ...e, index }))
    .filter((e): e is PairMention & { index: number } => PAIR_TYPES.has(e.type))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: PairExample[] = [];
  const words = featureWords(sentence.tokens);
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const left = mentions[i]!;
      const right = mentions[j]!;
      const allowed = allowedClasses(left, right);
      if (allowed.length === 1) continue;
      const others = mentions.filter((m) => m !== left && m !== right);
      let gold: PairClass = 'none';
      for (const r of sentence.relations) {
        if (r.head === left.index && r.tail === right.index) gold = 'forward';
        if (r.head === right.index && r.tail === left.index) gold = 'backward';
      }
      if (!allowed.includes(gold)) continue;
      out.push({ features: pairFeatures(words, left, right, others), gold, allowed });
    }
  }
  return out;
}

/** Maps CoNLL04 entity types onto the classifier's root types; Other is not related. */
export function conllType(type: string): PairType | 'Other' {
  return type === 'Peop' ? 'Person' : type === 'Org' ? 'Organization' : type === 'Loc' ? 'Location' : 'Other';
}

/**
 * Trains a multinomial logistic regression (softmax over the allowed classes) with AdaGrad and L2, for `epochs`
 * passes. Its margins are log-odds, so the relate stage's thresholds read as probabilities.
 */
export function trainLogistic(examples: readonly PairExample[], epochs: number, seed = 1, l2 = 0.003, rate = 0.2): RelationModel {
  const weights = new Map<string, Float64Array>();
  const squares = new Map<string, Float64Array>();
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const ex = examples[index]!;
      const scores = [0, 0, 0];
      for (const f of ex.features) {
        const w = weights.get(f);
        if (w) for (let c = 0; c < 3; c++) scores[c]! += w[c]!;
      }
      const allowed = ex.allowed.map((c) => CLASSES.indexOf(c));
      const top = Math.max(...allowed.map((c) => scores[c]!));
      const exp = [0, 0, 0];
      let sum = 0;
      for (const c of allowed) sum += exp[c] = Math.exp(scores[c]! - top);
      const gold = CLASSES.indexOf(ex.gold);
      for (const f of ex.features) {
        let w = weights.get(f);
        let g2 = squares.get(f);
        if (!w || !g2) {
          w = new Float64Array(3);
          g2 = new Float64Array(3);
          weights.set(f, w);
          squares.set(f, g2);
        }
        for (const c of allowed) {
          const grad = exp[c]! / sum - (c === gold ? 1 : 0) + l2 * w[c]!;
          g2[c]! += grad * grad;
          w[c]! -= (rate * grad) / Math.sqrt(g2[c]! + 1e-8);
        }
      }
    }
  }
  return { weights };
}

/**
 * The mean of several models' weights. Models trained in different example orders disagree most on the rare
 * features a few sentences carry; averaging them damps that, so a small change in the training data moves the
 * result less than one order's luck does.
 */
export function averageModels(models: readonly RelationModel[]): RelationModel {
  const weights = new Map<string, Float64Array>();
  for (const model of models) {
    for (const [feature, w] of model.weights) {
      let sum = weights.get(feature);
      if (!sum) weights.set(feature, (sum = new Float64Array(w.length)));
      for (let c = 0; c < w.length; c++) sum[c]! += w[c]! / models.length;
    }
  }
  return { weights };
}
