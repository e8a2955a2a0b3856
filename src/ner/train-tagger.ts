// The tagger's training recipe in one place: CoNLL-2003 train plus CoNLL04 train (all-caps lines also in Title
// Case), validated on CoNLL-2003 valid, serialised as models/ holds it (`npm run train:ner`).
import { fileURLToPath } from 'node:url';
import { readConll } from './conll-reader.js';
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
  readonly log: (line: string) => void;
}

export const DEFAULT_RECIPE: Omit<TaggerRecipe, 'log'> = { epochs: 10, seed: 1, minCount: 1, prune: 0.01, titleCase: true, conll04: true, otherAs: 'MISC' };

/** Trains the tagger and returns the serialised (gzipped) model; same recipe, same bytes. */
export function trainTagger(recipe: TaggerRecipe): Buffer {
  const plainTrain = [...readConll(`${CONLL2003_DIR}train.txt`), ...(recipe.conll04 ? readConll04(CONLL04_TRAIN, recipe.otherAs) : [])];
  const train = recipe.titleCase ? withTitleCaseCopies(plainTrain) : plainTrain;
  const valid = readConll(`${CONLL2003_DIR}valid.txt`);
  const trained = trainPerceptron(train, valid, recipe);
  return serialiseModel(trained.keys, trained.weights, trained.transitions, recipe.prune);
}
