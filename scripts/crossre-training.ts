// CrossRE news sentences as training examples for the relation classifier: gold spans, and a relation labelled where
// the CrossRE label maps (scripts/eval/crossre-relation-map.json, the same map `npm run eval` scores with) onto the
// schema type the classifier gives the pair's entity types. The held-out part of CrossRE dev (odd CoNLL-2003 `valid`
// documents, scripts/eval/crossre-placement.ts) is never read here.
import { fileURLToPath } from 'node:url';
import { readConll } from '../src/ner/conll-reader.js';
import { LABEL_TYPES } from '../src/relations/classifier-pairs.js';
import { pairLabel, type PairType } from '../src/relations/pair-features.js';
import { pairExamples, type LabelledSentence, type PairExample } from '../src/relations/train-pair-classifier.js';
import { isHeldOut, placeSentences, readCrossre, type CrossreSentence } from './eval/crossre-placement.js';
import { readLabelMap } from './eval/crossre-set.js';

const shared = fileURLToPath(new URL('../../shared/data/', import.meta.url));

/** CrossRE's entity types as the classifier's root types; misc and the rest take part in no pair. */
const ROOT: Record<string, PairType | 'Other'> = {
  person: 'Person',
  politician: 'Person',
  organisation: 'Organization',
  politicalparty: 'Organization',
  location: 'Location',
  country: 'Location',
};

/** A CrossRE sentence with annotated spans and its relations in the classifier's direction, where the map allows one. */
export function labelled(sentence: CrossreSentence): LabelledSentence {
  const map = readLabelMap();
  const entities = sentence.ner.map(([s, e, t]) => ({ start: s, end: e + 1, type: ROOT[t] ?? 'Other' }));
  const index = new Map(sentence.ner.map(([s, e], i) => [`${s}:${e}`, i]));
  const relations: { head: number; tail: number }[] = [];
  for (const [s1, e1, s2, e2, label] of sentence.relations) {
    const head = index.get(`${s1}:${e1}`);
    const tail = index.get(`${s2}:${e2}`);
    const rule = map.labels[label];
    if (head === undefined || tail === undefined || !rule) continue;
    const typeOf = (i: number) => entities[i]!.type as PairType;
    const fits = (a: number, b: number) => {
      const classified = pairLabel(typeOf(a), typeOf(b));
      return classified !== undefined && rule.types.includes(LABEL_TYPES[classified]!);
    };
    if (rule.direction !== 'reverse' && fits(head, tail)) relations.push({ head, tail });
    else if (rule.direction !== 'same' && fits(tail, head)) relations.push({ head: tail, tail: head });
  }
  return { tokens: sentence.sentence, entities, relations };
}

const TRAIN = ['news-train.json', 'news-train-ext.json'].map((f) => `${shared}crossre/${f}`);
const DEV = ['news-dev.json', 'news-dev-ext.json'].map((f) => `${shared}crossre/${f}`);
const VALID = `${shared}conll2003/valid.txt`;

/** The files the CrossRE examples are read from (CoNLL-2003 valid places the dev sentences in their documents). */
export const CROSSRE_TRAINING_FILES = [...TRAIN, ...DEV, VALID];

/**
 * Pair examples from CrossRE news train and, unless `withTuning` is false, the tuning part (even documents) of CrossRE
 * news dev. Left out, the tuning part is unseen text the classifier's settings can be chosen on.
 */
export function crossreExamples(withTuning = true): { examples: PairExample[]; sentences: number } {
  const train = readCrossre(TRAIN);
  const dev = placeSentences(readCrossre(DEV), readConll(VALID));
  const tuning = withTuning ? dev.filter((p) => !isHeldOut(p)).map((p) => p.crossre) : [];
  const sentences = [...train, ...tuning];
  return { examples: sentences.flatMap((s) => pairExamples(labelled(s))), sentences: sentences.length };
}
