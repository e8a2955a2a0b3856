// Chooses the weight of the tagger's document model against its sentence model by k-fold cross-validation on
// CoNLL-2003 train, so that neither valid nor any article decides it. Train's documents are dealt into k folds
// (document i to fold i mod k); for each fold both models are trained by the shipped recipe on the other folds (plus
// CoNLL04 train, as always) and the held-out fold is tagged as recognition tags it: a document of
// DOCUMENT_MODEL_MIN_SENTENCES or more with the blend w·document + (1 − w)·sentence of the two models' scores, a
// shorter one by the sentence model. The weight with the best pooled PER/ORG/LOC F1 over all held-out folds wins.
// Usage: npm run cv:ner-blend [-- --folds K]  (about 30 s of training per fold and model on one core)
import type { ConllDocument } from '../src/ner/conll-reader.js';
import { viterbi } from '../src/ner/decode.js';
import { documentContext } from '../src/ner/document-features.js';
import { viewTokenFeatures } from '../src/ner/features.js';
import { deserialiseModel } from '../src/ner/ner-model.js';
import { SpanCounter } from '../src/ner/span-metrics.js';
import { DOCUMENT_MODEL_MIN_SENTENCES } from '../src/ner/tag-entities.js';
import { NUM_TAGS, TAGS } from '../src/ner/tags.js';
import { conll2003Train, DEFAULT_RECIPE, DOCUMENT_RECIPE, trainTagger } from '../src/ner/train-tagger.js';
import { WordWeights } from '../src/ner/word-weights.js';

const i = process.argv.indexOf('--folds');
const K = i >= 0 ? Number(process.argv[i + 1]) : 5;
if (!Number.isInteger(K) || K < 2) throw new Error('cv-ner-blend: --folds takes a whole number of 2 or more');
/** The weights tried: 0 (sentence model alone) to 1 (document model alone) in steps of 0.05. */
const WEIGHTS = Array.from({ length: 21 }, (_, j) => j / 20);

const docs = conll2003Train();
const counters = WEIGHTS.map(() => new SpanCounter());
const foldF1: number[][] = [];

/** Tags a held-out document with each weight and adds it to that weight's counter in each of `countSets`. */
function tagHeldOut(d: ConllDocument, sentence: WordWeights, document: WordWeights, countSets: readonly SpanCounter[][]): void {
  const views = d.sentences.map((s) => viewTokenFeatures(s.tokens));
  const context = d.sentences.length >= DOCUMENT_MODEL_MIN_SENTENCES ? documentContext(views) : undefined;
  const T = NUM_TAGS;
  const trans = new Float32Array(sentence.transitions.length);
  d.sentences.forEach((s, j) => {
    const n = s.tokens.length;
    const es = new Float64Array(n * T);
    sentence.emissionsOf(views[j]!, es);
    const ed = new Float64Array(n * T);
    if (context) document.emissionsOf(views[j]!, ed, context);
    const em = new Float64Array(n * T);
    const out = new Int32Array(n);
    WEIGHTS.forEach((w, k) => {
      const wd = context ? w : 0;
      for (let x = 0; x < em.length; x++) em[x] = wd * ed[x]! + (1 - wd) * es[x]!;
      for (let x = 0; x < trans.length; x++) trans[x] = wd * document.transitions[x]! + (1 - wd) * sentence.transitions[x]!;
      viterbi(n, em, trans, out);
      const predicted = Array.from(out, (t) => TAGS[t]!);
      for (const counts of countSets) counts[k]!.add(s.tags, predicted);
    });
  });
}

const log = (line: string): void => console.log(line);
for (let fold = 0; fold < K; fold++) {
  const train = docs.filter((_, j) => j % K !== fold);
  const heldOut = docs.filter((_, j) => j % K === fold);
  const quiet = { log: () => {} };
  const t0 = Date.now();
  const sentence = new WordWeights(deserialiseModel(trainTagger({ ...DEFAULT_RECIPE, ...quiet }, train, heldOut)));
  const document = new WordWeights(deserialiseModel(trainTagger({ ...DOCUMENT_RECIPE, ...quiet }, train, heldOut)));
  const counts = WEIGHTS.map(() => new SpanCounter());
  // Each held-out document is tagged once, for its fold's figures and the pooled ones.
  for (const d of heldOut) tagHeldOut(d, sentence, document, [counts, counters]);
  foldF1.push(counts.map((c) => c.score(['PER', 'ORG', 'LOC']).f1));
  log(`fold ${fold + 1}/${K}: ${heldOut.length} held-out documents, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

const pct = (x: number): string => (100 * x).toFixed(2);
log(`\n| Document-model weight | ${foldF1.map((_, f) => `Fold ${f + 1} F1 %`).join(' | ')} | Pooled P % | Pooled R % | Pooled F1 % |`);
log(`|---|${foldF1.map(() => '---|').join('')}---|---|---|`);
let best = 0;
WEIGHTS.forEach((w, k) => {
  const s = counters[k]!.score(['PER', 'ORG', 'LOC']);
  if (s.f1 > counters[best]!.score(['PER', 'ORG', 'LOC']).f1) best = k;
  log(`| ${w.toFixed(2)} | ${foldF1.map((f) => pct(f[k]!)).join(' | ')} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`);
});
log(`\nchosen weight: ${WEIGHTS[best]!.toFixed(2)} (pooled PER/ORG/LOC F1 ${pct(counters[best]!.score(['PER', 'ORG', 'LOC']).f1)} over ${K} folds)`);
