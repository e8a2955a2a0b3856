// The tagger's training recipe in one place: CoNLL-2003 train plus CoNLL04 train (all-caps lines also in Title
// Case), validated on CoNLL-2003 valid, serialised as models/ holds it (`npm run train:ner`).
import { fileURLToPath } from 'node:url';
import { readConll, type ConllDocument } from './conll-reader.js';
import { readConll04, type OtherAs } from './conll04-reader.js';
import { serialiseModel } from './ner-model.js';
import { withTitleCaseCopies } from './title-case-copies.js';
import { trainPerceptron } from './train-perceptron.js';

const CONLL2003_DIR = fileURLToPath(new URL('../../../shared/data/conll2003/', import.meta.url));
/** CoNLL04's train split, the extra tagger training data. */
export const CONLL04_TRAIN = fileURLToPath(new URL('../../../shared/data/conll04/train.json', import.meta.url));

export interface TaggerRecipe {
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number;
  /** Weights whose magnitude rounds below this are dropped from the file. */
  readonly prune: number;
  readonly titleCase: boolean;
  readonly conll04: boolean;
  readonly otherAs: OtherAs;
  /** Whether the model reads document features (the document model) or sentences alone (the sentence model). */
  readonly document: boolean;
  /** Share of training sentences read without document features each epoch (seeded); document model only. */
  readonly docDropout: number;
  readonly log: (line: string) => void;
}

export const DEFAULT_RECIPE: Omit<TaggerRecipe, 'log'> = {
  epochs: 10,
  seed: 1,
  minCount: 1,
  prune: 0.01,
  titleCase: true,
  conll04: true,
  otherAs: 'MISC',
  document: false,
  docDropout: 0,
};

/** The document model's recipe: the sentence model's with document features, 30% of sentences read alone. */
export const DOCUMENT_RECIPE: Omit<TaggerRecipe, 'log'> = { ...DEFAULT_RECIPE, document: true, docDropout: 0.3 };

/** A document's sentences as documents of one sentence each. */
function sentencesApart(doc: ConllDocument): ConllDocument[] {
  return doc.sentences.map((s) => ({ sentences: [s] }));
}

/** CoNLL-2003 train's documents, in file order. */
export const conll2003Train = (): ConllDocument[] => readConll(`${CONLL2003_DIR}train.txt`);

/**
 * Trains the tagger and returns the serialised (gzipped) model; same recipe, same bytes. `conll2003` replaces
 * CoNLL-2003 train's documents (cross-validation trains on part of them); `valid` is only scored in the log.
 */
export function trainTagger(recipe: TaggerRecipe, conll2003 = conll2003Train(), valid = readConll(`${CONLL2003_DIR}valid.txt`)): Buffer {
  // CoNLL04's sentences come from unrelated articles: each is a document of its own for the document features.
  const conll04 = recipe.conll04 ? readConll04(CONLL04_TRAIN, recipe.otherAs).flatMap(sentencesApart) : [];
  const plainTrain = [...conll2003, ...conll04];
  const train = recipe.titleCase ? withTitleCaseCopies(plainTrain) : plainTrain;
  const trained = trainPerceptron(train, valid, { ...recipe, docDropout: recipe.document ? recipe.docDropout : 0 });
  return serialiseModel(trained.keys, trained.weights, trained.transitions, recipe.prune);
}
