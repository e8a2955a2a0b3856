// `npm run cv:relation-pairs`: quick pair-level 5-fold cross-validation of the relation classifier on training data
// only, for choosing its settings (adding margin, passes, L2) without the held-out part of CrossRE dev. Annotated spans;
// CoNLL04 `train` (sentence n in fold n mod 5), CrossRE news `train` (blocks of 40 sentences, so a story's sentences
// mostly stay in one fold) and the tuning part of CrossRE news dev (by CoNLL-2003 document). Each fold's model is
// trained on the other four folds of all three; precision, recall and F1 of its pairs are printed per source, per
// margin threshold, and with `--by-type` per pair of entity types in text order.
//   npm run cv:relation-pairs -- [--epochs 4] [--l2 0.003] [--seeds 2] [--by-type]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from '../src/ner/conll-reader.js';
import { CLASSES, scoreFeatures } from '../src/relations/relation-classifier.js';
import { averageModels, conllType, pairExamples, trainLogistic, type PairExample } from '../src/relations/train-pair-classifier.js';
import { labelled } from './crossre-training.js';
import { isHeldOut, placeSentences, readCrossre } from './eval/crossre-placement.js';

const data = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '4' },
    l2: { type: 'string', default: '0.003' },
    seeds: { type: 'string', default: '2' },
    'by-type': { type: 'boolean', default: false },
  },
});
const FOLDS = 5;
const THRESHOLDS = [-2, -1, -0.5, 0, 0.5, 1];

interface Folded {
  source: string;
  fold: number;
  examples: PairExample[];
}

const crossreTrain = readCrossre(['news-train.json', 'news-train-ext.json'].map((f) => `${data}crossre/${f}`));
const tuning = placeSentences(
  readCrossre(['news-dev.json', 'news-dev-ext.json'].map((f) => `${data}crossre/${f}`)),
  readConll(`${data}conll2003/valid.txt`),
).filter((p) => !isHeldOut(p));
const conll04 = JSON.parse(readFileSync(`${data}conll04/train.json`, 'utf8')) as {
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { head: number; tail: number }[];
}[];
const folded: Folded[] = [
  ...conll04.map((s, n) => ({
    source: 'conll04',
    fold: n % FOLDS,
    examples: pairExamples({ tokens: s.tokens, entities: s.entities.map((e) => ({ ...e, type: conllType(e.type) })), relations: s.relations }),
  })),
  ...crossreTrain.map((s, n) => ({ source: 'crossre', fold: Math.floor(n / 40) % FOLDS, examples: pairExamples(labelled(s)) })),
  // Tuning documents are the even ones; halving the index spreads them over the folds.
  ...tuning.map((p) => ({ source: 'crossre', fold: (p.doc / 2) % FOLDS, examples: pairExamples(labelled(p.crossre)) })),
];

/** tp, predicted, gold per key. */
const totals = new Map<string, [number, number, number]>();
const count = (key: string, tp: number, predicted: number, gold: number): void => {
  const t = totals.get(key) ?? [0, 0, 0];
  totals.set(key, [t[0] + tp, t[1] + predicted, t[2] + gold]);
};

for (let fold = 0; fold < FOLDS; fold++) {
  const train = folded.filter((f) => f.fold !== fold).flatMap((f) => f.examples);
  const seeds = Array.from({ length: Number(values.seeds) }, (_, k) => 1 + k);
  const model = averageModels(seeds.map((seed) => trainLogistic(train, Number(values.epochs), seed, Number(values.l2))));
  for (const { source, examples } of folded.filter((f) => f.fold === fold)) {
    for (const ex of examples) {
      const scores = scoreFeatures(model, ex.features);
      const allowed = ex.allowed.map((c) => CLASSES.indexOf(c));
      // The likelier direction and its margin over its best alternative, as the relate stage reads it.
      let best = -1;
      let margin = -Infinity;
      for (const c of allowed) {
        if (c === 0) continue;
        const m = scores[c]! - Math.max(...allowed.filter((d) => d !== c).map((d) => scores[d]!));
        if (m > margin) [best, margin] = [c, m];
      }
      const gold = CLASSES.indexOf(ex.gold);
      const group = values['by-type'] ? `${source} ${ex.features[0]!.slice(2)}` : source;
      for (const threshold of THRESHOLDS) {
        const predicted = best > 0 && margin > threshold;
        count(`${group}\t${threshold}`, predicted && best === gold ? 1 : 0, predicted ? 1 : 0, gold !== 0 ? 1 : 0);
      }
    }
  }
}

console.log('set\tmargin >\tgold\tP\tR\tF1');
for (const [key, [tp, predicted, gold]] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${key}\t${gold}\t${p.toFixed(3)}\t${r.toFixed(3)}\t${f.toFixed(3)}`);
}
