// Trains the relation classifier on CoNLL04's train split (annotated and recognised spans) and CrossRE news (train and
// the tuning part of dev, annotated spans, scripts/crossre-training.ts) and writes models/relations.bin.gz (or --out),
// with its metadata beside it (src/models/model-metadata.ts: feature set, signal-word and label checksums, the
// training files' checksums and the options); same data and options give a byte-identical file. Prints pair-level
// scores on CoNLL04 dev at several margin thresholds, for choosing the relate stage's thresholds.
// Usage: npm run train:relations [-- --epochs N --seed N --seeds N --l2 X --prune X --gold 0|1 --recognised 0|1
//        --crossre 0|1 --crossre-tuning 0|1 --conll04-train FILE --out path]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLASSES, RELATION_MODEL_PATH, deserialiseRelationModel, scoreFeatures, serialiseRelationModel } from '../src/relations/relation-classifier.js';
import { averageModels, conllType, pairExamples, trainLogistic, type LabelledSentence, type PairExample } from '../src/relations/train-pair-classifier.js';
import { pairSlots } from '../src/relations/classifier-pairs.js';
import { viewSentence } from '../src/relations/sentence-view.js';
import { cleanInput } from '../src/pipeline/clean.js';
import { recogniseMentions } from '../src/pipeline/recognise.js';
import { mergeMentionsAcrossDocuments } from '../src/pipeline/merge-across-documents.js';
import { segmentDocument } from '../src/pipeline/segment.js';
import type { MentionCandidate, ResolvedEntity } from '../src/pipeline/stage-types.js';
import { useTaggerModel } from '../src/ner/tag-entities.js';
import { DEFAULT_RECIPE, trainTagger } from '../src/ner/train-tagger.js';
import { joinTokens } from '../src/ner/conll04-reader.js';
import { trainingFiles, writeModelMetadata } from '../src/models/model-metadata.js';
import { classifierModelIdentity } from '../src/relations/classifier-model-identity.js';
import { CROSSRE_TRAINING_FILES, crossreExamples } from './crossre-training.js';

const dataDir = fileURLToPath(new URL('../../shared/data/conll04/', import.meta.url));
// --conll04-train FILE trains on another CoNLL04-shaped split (cross-validation folds, scripts/cv-relations.ts).
const trainIndex = process.argv.indexOf('--conll04-train');
const trainFile = trainIndex >= 0 ? process.argv[trainIndex + 1]! : `${dataDir}train.json`;
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`train-relations: --${name} needs a number`);
  return v;
};

interface ConllSample {
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { type: string; head: number; tail: number }[];
}

/**
 * Examples from a split. With gold spans, the pairs are the annotated entities. With recognised spans, the
 * sentence goes through the entity stages as the relate stage will see it, and a pair is labelled with a gold
 * relation only where both recognised spans match the annotated ones: the model then learns what the recogniser's
 * own mistakes look like (a title taken for an organisation, a dateline glued to a source).
 */
/**
 * The shipped tagger is trained on CoNLL04 train too: on those sentences its spans are near-gold, the recognised
 * half would repeat the gold half, and the classifier would never see the recogniser's real mistakes (trained so,
 * it gave Kill to "A watched a film while B read a book"). Train sentences are therefore tagged by the same recipe
 * without CoNLL04; dev sentences by the shipped tagger.
 */
function readSplit(name: string, spans: 'gold' | 'recognised'): PairExample[] {
  const file = name === 'train' ? trainFile : `${dataDir}${name}.json`;
  if (!existsSync(file)) throw new Error(`train-relations: ${file} does not exist; put the CoNLL04 ${name} split there`);
  const samples = JSON.parse(readFileSync(file, 'utf8')) as ConllSample[];
  if (spans === 'gold')
    return samples.flatMap((s) =>
      pairExamples({ tokens: s.tokens, entities: s.entities.map((e) => ({ ...e, type: conllType(e.type) })), relations: s.relations }),
    );
  if (name === 'train') useTaggerModel(trainTagger({ ...DEFAULT_RECIPE, conll04: false, log: () => {} }));
  try {
    return samples.flatMap((s, n) => recognisedExamples(s, n));
  } finally {
    useTaggerModel();
  }
}

function recognisedExamples(sample: ConllSample, n: number): PairExample[] {
  const { text, starts } = joinTokens(sample.tokens);
  const goldSpan = sample.entities.map((e) => [starts[e.start]!, starts[e.end - 1]! + sample.tokens[e.end - 1]!.length] as const);
  const doc = segmentDocument(cleanInput({ source: `conll04-${n}.txt`, format: 'txt', content: text }));
  const entities = mergeMentionsAcrossDocuments(recogniseMentions(doc));
  const bySentence = new Map<number, { entity: ResolvedEntity; mention: MentionCandidate }[]>();
  for (const entity of entities)
    for (const mention of entity.mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), { entity, mention }]);
  const out: PairExample[] = [];
  for (const sentence of doc.sentences) {
    const { slots, mentions, tokens } = pairSlots(viewSentence(sentence, bySentence.get(sentence.index) ?? []));
    // The gold entity a recognised span stands for: same start, and the same end or one short of a token's full
    // stop. A near miss ("Lincoln" for "President Lincoln") counts as no entity, as the strict scoring has it.
    const goldOf = slots.map((slot) => {
      const start = sentence.tokens[slot.start]!.start;
      const end = sentence.tokens[slot.end - 1]!.end;
      return goldSpan.findIndex(([s, e]) => s === start && (e === end || (e - end === 1 && text[end] === '.')));
    });
    const relations = sample.relations.flatMap((r) => {
      const head = goldOf.indexOf(r.head);
      const tail = goldOf.indexOf(r.tail);
      return head >= 0 && tail >= 0 ? [{ head, tail }] : [];
    });
    const labelled: LabelledSentence = { tokens, entities: mentions, relations };
    out.push(...pairExamples(labelled));
  }
  return out;
}

const outIndex = process.argv.indexOf('--out');
const outPath = outIndex >= 0 ? process.argv[outIndex + 1] : RELATION_MODEL_PATH;
if (!outPath) throw new Error('train-relations: --out needs a path');
const recipe = {
  gold: arg('gold', 1),
  recognised: arg('recognised', 1),
  crossre: arg('crossre', 1),
  crossreTuning: arg('crossre-tuning', 1),
  seeds: arg('seeds', 5),
  seed: arg('seed', 1),
  epochs: arg('epochs', 4),
  l2: arg('l2', 0.003),
  prune: arg('prune', 0.001),
};

const t0 = Date.now();
const train = [
  ...(recipe.gold ? readSplit('train', 'gold') : []),
  ...(recipe.recognised ? readSplit('train', 'recognised') : []),
  ...(recipe.crossre ? crossreExamples(recipe.crossreTuning === 1).examples : []),
];
// Several example orders, averaged (--seeds N orders starting at --seed).
const seeds = Array.from({ length: recipe.seeds }, (_, k) => recipe.seed + k);
const model = averageModels(seeds.map((seed) => trainLogistic(train, recipe.epochs, seed, recipe.l2)));
const bytes = serialiseRelationModel(model, recipe.prune);
writeFileSync(outPath, bytes);
const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
console.log(
  `[train:relations] ${train.length} training pairs; wrote ${outPath} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${sha}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
// The recognised half tags CoNLL04 train with a tagger trained on CoNLL-2003 alone (readSplit), so that data counts.
const conll2003 = (split: string) => fileURLToPath(new URL(`../../shared/data/conll2003/${split}.txt`, import.meta.url));
const data = trainingFiles([
  trainFile,
  ...(recipe.recognised ? [conll2003('train'), conll2003('valid')] : []),
  ...(recipe.crossre ? CROSSRE_TRAINING_FILES : []),
]);
console.log(`[train:relations] wrote ${writeModelMetadata(outPath, bytes, classifierModelIdentity(), data, recipe)}`);

// Dev pairs, scored with the weights as shipped (after rounding and pruning): with the annotated spans, and with
// the recognised ones (pairs whose spans miss the annotation count as "none").
const shipped = deserialiseRelationModel(bytes);
for (const spans of ['gold', 'recognised'] as const) {
  const dev = readSplit('dev', spans);
  for (const threshold of [-1, 0, 1, 3]) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (const ex of dev) {
      const s = scoreFeatures(shipped, ex.features);
      const score = (c: (typeof CLASSES)[number]) => (ex.allowed.includes(c) ? s[CLASSES.indexOf(c)]! : -Infinity);
      const forward = score('forward') >= score('backward');
      const margin = (forward ? score('forward') : score('backward')) - Math.max(score('none'), forward ? score('backward') : score('forward'));
      const predicted = margin > threshold ? (forward ? 'forward' : 'backward') : 'none';
      if (predicted !== 'none' && predicted === ex.gold) tp++;
      else {
        if (predicted !== 'none') fp++;
        if (ex.gold !== 'none') fn++;
      }
    }
    const p = tp / (tp + fp || 1),
      r = tp / (tp + fn || 1);
    console.log(
      `[train:relations] dev pairs, ${spans} spans, margin > ${threshold}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`,
    );
  }
}
