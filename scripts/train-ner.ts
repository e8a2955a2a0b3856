// Trains the entity tagger's two models on CoNLL-2003 train plus CoNLL04 train (src/ner/train-tagger.ts) and writes
// models/ner-conll2003.bin.gz (sentence model, or --out) and models/ner-conll2003-document.bin.gz (document model, or
// --document-out), each with its metadata beside it (src/models/model-metadata.ts: feature set,
// lexicon and tag-set checksums, the training files' checksums and the options); same data and options give a
// byte-identical file. Validation stays CoNLL-2003 valid.
// Usage: npm run train:ner [-- --epochs N --seed N --min-count N --prune X --title-case 0|1 --conll04 0|1
//        --other-as MISC|O --doc-dropout P --only sentence|document --out path --document-out path]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainingFiles, writeModelMetadata } from '../src/models/model-metadata.js';
import { NER_DOCUMENT_MODEL_PATH, NER_MODEL_PATH } from '../src/ner/model-path.js';
import { taggerModelIdentity, type TaggerModelKind } from '../src/ner/tagger-model-identity.js';
import { CONLL04_TRAIN, DEFAULT_RECIPE, DOCUMENT_RECIPE, trainTagger } from '../src/ner/train-tagger.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number): number => {
  const v = Number(option(name) ?? fallback);
  if (!Number.isFinite(v)) throw new Error(`train-ner: --${name} needs a number`);
  return v;
};
const otherAs = option('other-as') ?? DEFAULT_RECIPE.otherAs;
if (otherAs !== 'MISC' && otherAs !== 'O') throw new Error('train-ner: --other-as takes MISC or O');
const only = option('only');
if (only !== undefined && only !== 'sentence' && only !== 'document') throw new Error('train-ner: --only takes sentence or document');

// The sentence model's options are the recipe's without the document ones, so its metadata reads as before.
const recipe = {
  epochs: arg('epochs', DEFAULT_RECIPE.epochs),
  seed: arg('seed', DEFAULT_RECIPE.seed),
  minCount: arg('min-count', DEFAULT_RECIPE.minCount),
  prune: arg('prune', DEFAULT_RECIPE.prune),
  titleCase: arg('title-case', 1) === 1,
  conll04: arg('conll04', 1) === 1,
  otherAs,
} as const;
const documentOptions = { document: true, docDropout: arg('doc-dropout', DOCUMENT_RECIPE.docDropout) } as const;
const conll2003 = (split: string) => fileURLToPath(new URL(`../../shared/data/conll2003/${split}.txt`, import.meta.url));

const data = trainingFiles([conll2003('train'), conll2003('valid'), ...(recipe.conll04 ? [CONLL04_TRAIN] : [])]);

function train(kind: TaggerModelKind, outPath: string, options: Record<string, unknown>, document: typeof documentOptions | undefined): void {
  const t0 = Date.now();
  const log = (line: string) => console.log(`[train:ner ${kind}] ${line}`);
  const bytes = trainTagger({ ...recipe, document: false, docDropout: 0, ...document, log });
  writeFileSync(outPath, bytes);
  log(`wrote ${writeModelMetadata(outPath, bytes, taggerModelIdentity(kind), data, options)}`);
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  log(`wrote ${outPath} (${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${sha}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (only !== 'document') train('sentence', option('out') ?? NER_MODEL_PATH, { ...recipe }, undefined);
if (only !== 'sentence')
  train('document', option('document-out') ?? NER_DOCUMENT_MODEL_PATH, { ...recipe, docDropout: documentOptions.docDropout }, documentOptions);
