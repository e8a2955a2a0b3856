// Trains the CoNLL-2003 entity tagger and writes models/ner-conll2003.bin.gz; same data and options give a
// byte-identical file. Usage: npm run train:ner [-- --epochs N]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConll } from '../src/ner/conll-reader.js';
import { NER_MODEL_PATH } from '../src/ner/model-path.js';
import { serialiseModel } from '../src/ner/ner-model.js';
import { withTitleCaseCopies } from '../src/ner/title-case-copies.js';
import { trainPerceptron } from '../src/ner/train-perceptron.js';

const dataDir = fileURLToPath(new URL('../../shared/data/conll2003/', import.meta.url));
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v)) throw new Error(`train-ner: --${name} needs a number`);
  return v;
};

const t0 = Date.now();
const plainTrain = readConll(`${dataDir}train.txt`);
const train = arg('title-case', 1) ? withTitleCaseCopies(plainTrain) : plainTrain;
const valid = readConll(`${dataDir}valid.txt`);
const trained = trainPerceptron(train, valid, {
  epochs: arg('epochs', 10),
  seed: arg('seed', 1),
  minCount: arg('min-count', 1),
  log: (line) => console.log(`[train:ner] ${line}`),
});
const bytes = serialiseModel(trained.keys, trained.weights, trained.transitions, arg('prune', 0.01));
writeFileSync(NER_MODEL_PATH, bytes);
const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
console.log(
  `[train:ner] wrote ${NER_MODEL_PATH} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${sha}) in ` +
    `${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
