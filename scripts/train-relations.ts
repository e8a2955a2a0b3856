// Trains the relation classifier on CoNLL04's train split (annotated and recognised spans) and CrossRE news (train and
// the tuning part of dev, annotated spans, scripts/crossre-training.ts) and writes models/relations.bin.gz (or --out),
// with its metadata beside it (src/models/model-metadata.ts: feature set, signal-word and label checksums, the
// training files' checksums and the options); same data and options give a byte-identical file. Prints pair-level
// scores on CoNLL04 dev at several margin thresholds, for choosing the relate stage's thresholds.
// The recognised half reads the spans recorded in models/relations-training-spans.json.gz, so the shipped model stays
// reproducible while recognition changes; --recognise 1 runs today's recognition instead and records its spans there.
// Usage: npm run train:relations [-- --epochs N --seed N --seeds N --l2 X --prune X --gold 0|1 --recognised 0|1
//        --crossre 0|1 --crossre-tuning 0|1 --recognise 0|1 --conll04-train FILE --out path --check]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CLASSES, RELATION_MODEL_PATH, deserialiseRelationModel, scoreFeatures, serialiseRelationModel } from '../src/relations/relation-classifier.js';
import { averageModels, conllType, pairExamples, trainLogistic, type LabelledSentence, type PairExample } from '../src/relations/train-pair-classifier.js';
import { featureWords } from '../src/relations/pair-features.js';
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
  if (name === 'train' && !recogniseNow) {
    const recorded = readRecordedSpans();
    return samples.flatMap((s) => {
      const key = joinTokens(s.tokens).text;
      const sentences = recorded.get(key);
      if (!sentences)
        throw new Error(`train-relations: ${TRAINING_SPANS_PATH} has no spans for "${key.slice(0, 60)}…"; run npm run train:relations -- --recognise 1`);
      return labelledExamples(s, sentences);
    });
  }
  if (name === 'train') useTaggerModel(trainTagger({ ...DEFAULT_RECIPE, conll04: false, log: () => {} }));
  try {
    return samples.flatMap((s, n) => {
      const sentences = recognisedSpans(s, n);
      if (name === 'train') recordedNow.set(joinTokens(s.tokens).text, sentences);
      return labelledExamples(s, sentences);
    });
  } finally {
    useTaggerModel();
  }
}

/** A sentence as the recogniser left it: its tokens with their offsets, and the named pair slots among them. */
interface RecognisedSentence {
  tokens: string[];
  starts: number[];
  ends: number[];
  mentions: LabelledSentence['entities'];
}

/**
 * Where the recognised half's spans are recorded: the recogniser changes often, and a model trained on the spans of
 * the day it ran could otherwise never be rebuilt. Keyed by the sentence's text, so cross-validation folds find theirs.
 */
const TRAINING_SPANS_PATH = fileURLToPath(new URL('../models/relations-training-spans.json.gz', import.meta.url));
const recordedNow = new Map<string, RecognisedSentence[]>();

function readRecordedSpans(): Map<string, RecognisedSentence[]> {
  if (!existsSync(TRAINING_SPANS_PATH))
    throw new Error(`train-relations: ${TRAINING_SPANS_PATH} is missing; run npm run train:relations -- --recognise 1 to record today's spans`);
  const recorded = JSON.parse(gunzipSync(readFileSync(TRAINING_SPANS_PATH)).toString('utf8')) as Record<string, RecognisedSentence[]>;
  return new Map(Object.entries(recorded));
}

/** One CoNLL04 item through the entity stages as the relate stage will see it. */
function recognisedSpans(sample: ConllSample, n: number): RecognisedSentence[] {
  const { text } = joinTokens(sample.tokens);
  const doc = segmentDocument(cleanInput({ source: `conll04-${n}.txt`, format: 'txt', content: text }));
  const entities = mergeMentionsAcrossDocuments(recogniseMentions(doc));
  const bySentence = new Map<number, { entity: ResolvedEntity; mention: MentionCandidate }[]>();
  for (const entity of entities)
    for (const mention of entity.mentions) bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), { entity, mention }]);
  return doc.sentences.map((sentence) => {
    const { mentions } = pairSlots(viewSentence(sentence, bySentence.get(sentence.index) ?? []));
    return {
      tokens: sentence.tokens.map((t) => t.text),
      starts: sentence.tokens.map((t) => t.start),
      ends: sentence.tokens.map((t) => t.end),
      mentions,
    };
  });
}

/** Pair examples of one item's recognised sentences, labelled by the annotated relations whose spans they match. */
function labelledExamples(sample: ConllSample, sentences: RecognisedSentence[]): PairExample[] {
  const { text, starts } = joinTokens(sample.tokens);
  const goldSpan = sample.entities.map((e) => [starts[e.start]!, starts[e.end - 1]! + sample.tokens[e.end - 1]!.length] as const);
  return sentences.flatMap((sentence) => {
    // The gold entity a recognised span stands for: same start, and the same end or one short of a token's full
    // stop. A near miss ("Lincoln" for "President Lincoln") counts as no entity, as the strict scoring has it.
    const goldOf = sentence.mentions.map((m) => {
      const start = sentence.starts[m.start]!;
      const end = sentence.ends[m.end - 1]!;
      return goldSpan.findIndex(([s, e]) => s === start && (e === end || (e - end === 1 && text[end] === '.')));
    });
    const relations = sample.relations.flatMap((r) => {
      const head = goldOf.indexOf(r.head);
      const tail = goldOf.indexOf(r.tail);
      return head >= 0 && tail >= 0 ? [{ head, tail }] : [];
    });
    return pairExamples({ tokens: featureWords(sentence.tokens), entities: sentence.mentions, relations });
  });
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
  recognise: arg('recognise', 0),
};
const recogniseNow = recipe.recognise === 1;
// --check trains, compares with the model at --out (the shipped one by default) and writes nothing.
const check = process.argv.includes('--check');

const t0 = Date.now();
const train = [
  ...(recipe.gold ? readSplit('train', 'gold') : []),
  ...(recipe.recognised ? readSplit('train', 'recognised') : []),
  ...(recipe.crossre ? crossreExamples(recipe.crossreTuning === 1).examples : []),
];
// Today's spans are recorded only from the whole split; a cross-validation fold reads the recorded ones or its own.
if (recogniseNow && recipe.recognised && trainIndex < 0 && !check) {
  writeFileSync(TRAINING_SPANS_PATH, gzipSync(JSON.stringify(Object.fromEntries(recordedNow)), { level: 9 }));
  console.log(`[train:relations] recorded the recognised spans of ${recordedNow.size} sentences in ${TRAINING_SPANS_PATH}`);
}
// Several example orders, averaged (--seeds N orders starting at --seed).
const seeds = Array.from({ length: recipe.seeds }, (_, k) => recipe.seed + k);
const model = averageModels(seeds.map((seed) => trainLogistic(train, recipe.epochs, seed, recipe.l2)));
const bytes = serialiseRelationModel(model, recipe.prune);
const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
if (check) {
  const same = existsSync(outPath) && readFileSync(outPath).equals(bytes);
  console.log(
    same
      ? `[train:relations] ${outPath} is the model this training makes (sha256 ${sha})`
      : `[train:relations] ${outPath} is not the model this training makes (sha256 ${sha}); npm run train:relations writes it`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(outPath, bytes);
console.log(
  `[train:relations] ${train.length} training pairs; wrote ${outPath} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${sha}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
// The recognised half reads the recorded spans, or tags CoNLL04 train with a tagger trained on CoNLL-2003 alone
// (readSplit), so that data counts.
const conll2003 = (split: string) => fileURLToPath(new URL(`../../shared/data/conll2003/${split}.txt`, import.meta.url));
const data = trainingFiles([
  trainFile,
  ...(recipe.recognised ? (recogniseNow ? [conll2003('train'), conll2003('valid')] : [TRAINING_SPANS_PATH]) : []),
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
