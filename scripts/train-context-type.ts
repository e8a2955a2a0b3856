// `npm run train:context-type`: learns the context type model (src/recognition/context-type.ts) from CoNLL-2003
// train. One example per name per document: the features pooled over the name's gold mentions, labelled with the
// type the gold gives most of them. Multinomial logistic regression, AdaGrad with L2, a fixed seed and order.
//   --folds N   also reports N-fold cross-validated accuracy on train (no file written then)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll, type ConllDocument } from '../src/ner/conll-reader.js';
import {
  CONTEXT_LABELS,
  CONTEXT_TYPE_MODEL_PATH,
  contextFeatures,
  contextProbabilities,
  serialiseContextModel,
  type ContextTypeModel,
  type MentionPlace,
} from '../src/recognition/context-type.js';
import { tokenSpans } from './eval/token-text.js';

const { values } = parseArgs({ options: { folds: { type: 'string' }, epochs: { type: 'string', default: '8' }, l2: { type: 'string', default: '1e-4' } } });
const TRAIN = fileURLToPath(new URL('../../shared/data/conll2003/train.txt', import.meta.url));
const train = readConll(TRAIN);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Example {
  features: string[];
  label: number;
  doc: number;
}

/** One example per distinct name in each document. */
function examples(docs: readonly ConllDocument[]): Example[] {
  const out: Example[] = [];
  docs.forEach((doc, n) => {
    const groups = new Map<string, { places: MentionPlace[]; labels: number[] }>();
    for (const s of doc.sentences) {
      const tokens = s.tokens.map((text) => ({ text }));
      for (const span of tokenSpans(s.tags)) {
        const label = (CONTEXT_LABELS as readonly string[]).indexOf(span.type);
        if (label < 0) continue;
        const name = s.tokens.slice(span.start, span.end).join(' ');
        const g = groups.get(name) ?? { places: [], labels: [0, 0, 0, 0] };
        g.places.push({ tokens, start: span.start, end: span.end });
        g.labels[label]!++;
        groups.set(name, g);
      }
    }
    for (const g of groups.values()) out.push({ features: [...contextFeatures(g.places)], label: g.labels.indexOf(Math.max(...g.labels)), doc: n });
  });
  return out;
}

function fit(data: readonly Example[], epochs: number, l2: number): ContextTypeModel {
  const k = CONTEXT_LABELS.length;
  const weights = new Map<string, number[]>();
  const grad2 = new Map<string, number[]>();
  const bias = new Array<number>(k).fill(0);
  const bias2 = new Array<number>(k).fill(1e-8);
  const rate = 0.1;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const ex = data[i]!;
      const p = contextProbabilities({ labels: CONTEXT_LABELS, weights, bias }, ex.features);
      for (let c = 0; c < k; c++) {
        const g = p[c]! - (c === ex.label ? 1 : 0);
        bias2[c]! += g * g;
        bias[c]! -= (rate * g) / Math.sqrt(bias2[c]!);
        for (const f of ex.features) {
          let w = weights.get(f);
          let h = grad2.get(f);
          if (!w || !h) {
            w = new Array<number>(k).fill(0);
            h = new Array<number>(k).fill(1e-8);
            weights.set(f, w);
            grad2.set(f, h);
          }
          const gf = g + l2 * w[c]!;
          h[c]! += gf * gf;
          w[c]! -= (rate * gf) / Math.sqrt(h[c]!);
        }
      }
    }
  }
  return { labels: CONTEXT_LABELS, weights, bias };
}

const accuracy = (model: ContextTypeModel, data: readonly Example[]) => {
  let right = 0;
  for (const ex of data) {
    const p = contextProbabilities(model, ex.features);
    if (p.indexOf(Math.max(...p)) === ex.label) right++;
  }
  return right / data.length;
};

const data = examples(train);
const epochs = Number(values.epochs);
const l2 = Number(values.l2);
if (values.folds) {
  const folds = Number(values.folds);
  const scores: number[] = [];
  for (let f = 0; f < folds; f++) {
    const model = fit(
      data.filter((e) => e.doc % folds !== f),
      epochs,
      l2,
    );
    scores.push(
      accuracy(
        model,
        data.filter((e) => e.doc % folds === f),
      ),
    );
  }
  console.log(`${folds}-fold accuracy: ${scores.map((s) => s.toFixed(3)).join(' ')} (mean ${(scores.reduce((a, b) => a + b, 0) / folds).toFixed(3)})`);
} else {
  const model = fit(data, epochs, l2);
  // Weights too small to change a decision are left out, which keeps the file small.
  for (const [f, w] of model.weights) if (w.every((x) => Math.abs(x) < 0.01)) (model.weights as Map<string, number[]>).delete(f);
  const bytes = gzipSync(JSON.stringify(serialiseContextModel(model)), { level: 9 });
  writeFileSync(CONTEXT_TYPE_MODEL_PATH, bytes);
  const meta = {
    model: 'context-type.json.gz',
    sha256: sha256(bytes),
    trainingData: [{ file: '../shared/data/conll2003/train.txt', sha256: sha256(readFileSync(TRAIN)) }],
    recipe: { examples: 'one per name per document, features pooled over its gold mentions', epochs, l2, rate: 0.1, seed: 7, prune: 0.01 },
  };
  writeFileSync(`${CONTEXT_TYPE_MODEL_PATH}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`${data.length} examples, ${model.weights.size} features, train accuracy ${accuracy(model, data).toFixed(3)}; wrote ${CONTEXT_TYPE_MODEL_PATH}`);
}
