// Trains the averaged structured perceptron: Viterbi-decode each training sentence with the current weights and move
// weights toward the gold tags where they differ; the averaged weights are the model. Deterministic: seeded shuffle,
// seeded document-feature dropout, rows assigned in first-seen order.
import { addAt, addRow } from './weight-rows.js';
import type { ConllDocument } from './conll-reader.js';
import { viterbi } from './decode.js';
import { documentContext, documentFeatures, documentSentence } from './document-features.js';
import { MAX_FEATURES_PER_TOKEN, tokenFeatures, viewTokenFeatures } from './features.js';
import { SpanCounter } from './span-metrics.js';
import { NUM_TAGS, TAGS, tagIndex } from './tags.js';
import { seededRandom } from '../util/seeded-random.js';

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times than this in training get no weights. */
  readonly minCount: number;
  /**
   * Share of training sentences that, each epoch, are read as a document of their own (no evidence from the rest of
   * their document), chosen by a seeded draw: a model always given document evidence leans on it and reads a short
   * text, where there is none, worse.
   */
  readonly docDropout: number;
  /** Whether the model reads document features at all; without, it is the sentence-level tagger. */
  readonly document: boolean;
  readonly log: (line: string) => void;
}

export interface TrainedWeights {
  readonly keys: Uint32Array;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** Each token's feature rows: token → offset into rows (length tokens + 1), and the rows. */
interface FeatureRows {
  readonly featStart: Int32Array;
  readonly rows: Int32Array;
}

interface Encoded extends FeatureRows {
  readonly starts: Int32Array; // sentence start token index, length sentences + 1
  readonly gold: Int32Array;
  readonly goldTags: string[][];
  /** The same tokens' rows with each sentence read as a document of its own, when training drops document features. */
  readonly alone: FeatureRows | undefined;
}

interface Hashed {
  readonly hashes: Uint32Array;
  readonly featStart: Int32Array;
}

/** Collects hashed features token by token into one growing array. */
class HashSink {
  private hashes: Uint32Array;
  private off = 0;
  private tok = 0;
  readonly featStart: Int32Array;

  constructor(tokens: number) {
    this.hashes = new Uint32Array(tokens * MAX_FEATURES_PER_TOKEN);
    this.featStart = new Int32Array(tokens + 1);
  }

  push(buf: Uint32Array, k: number): void {
    this.hashes.set(buf.subarray(0, k), this.off);
    this.off += k;
    this.featStart[++this.tok] = this.off;
  }

  done(): Hashed {
    return { hashes: this.hashes.slice(0, this.off), featStart: this.featStart };
  }
}

function hashAll(
  docs: ConllDocument[],
  alone: boolean,
  document: boolean,
): { inDoc: Hashed; alone: Hashed | undefined; starts: Int32Array; gold: Int32Array; goldTags: string[][] } {
  const sentences = docs.flatMap((d) => d.sentences);
  const tokens = sentences.reduce((a, s) => a + s.tokens.length, 0);
  const inDoc = new HashSink(tokens);
  const apart = alone ? new HashSink(tokens) : undefined;
  const starts = new Int32Array(sentences.length + 1);
  const gold = new Int32Array(tokens);
  const buf = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  let tok = 0;
  let si = 0;
  for (const d of docs) {
    const views = d.sentences.map((s) => viewTokenFeatures(s.tokens));
    const context = documentContext(views);
    d.sentences.forEach((s, j) => {
      starts[si++] = tok;
      const view = views[j]!;
      const inDocument = documentSentence(view);
      const own = apart ? documentContext([view]) : undefined;
      for (let i = 0; i < s.tokens.length; i++) {
        const base = tokenFeatures(view, i, buf);
        inDoc.push(buf, document ? documentFeatures(context, view, inDocument, i, buf, base) : base);
        if (apart && own) apart.push(buf, documentFeatures(own, view, inDocument, i, buf, base));
        gold[tok++] = tagIndex(s.tags[i]!);
      }
    });
  }
  starts[sentences.length] = tok;
  return { inDoc: inDoc.done(), alone: apart?.done(), starts, gold, goldTags: sentences.map((s) => s.tags) };
}

function rowsOf(h: Hashed, index: Map<number, number>): FeatureRows {
  const rows = new Int32Array(h.hashes.length);
  for (let i = 0; i < rows.length; i++) rows[i] = index.get(h.hashes[i]!) ?? -1;
  return { featStart: h.featStart, rows };
}

function encode(docs: ConllDocument[], index: Map<number, number>, grow: boolean, minCount: number, alone: boolean, document: boolean): Encoded {
  const h = hashAll(docs, alone && document, document);
  if (grow) {
    const counts = new Map<number, number>();
    for (const x of h.inDoc.hashes) counts.set(x, (counts.get(x) ?? 0) + 1);
    // Features a sentence has only when read alone get rows too, after the rest.
    const aloneOnly = new Map<number, number>();
    if (h.alone) for (const x of h.alone.hashes) if (!counts.has(x)) aloneOnly.set(x, (aloneOnly.get(x) ?? 0) + 1);
    for (const [x, c] of aloneOnly) counts.set(x, c);
    for (const [x, c] of counts) if (c >= minCount) index.set(x, index.size);
  }
  const rows = rowsOf(h.inDoc, index);
  return { starts: h.starts, ...rows, gold: h.gold, goldTags: h.goldTags, alone: h.alone ? rowsOf(h.alone, index) : undefined };
}

function emissions(e: FeatureRows, w: Float32Array, from: number, to: number, out: Float64Array): void {
  out.fill(0, 0, (to - from) * NUM_TAGS);
  for (let tok = from; tok < to; tok++) {
    const base = (tok - from) * NUM_TAGS;
    for (let f = e.featStart[tok]!; f < e.featStart[tok + 1]!; f++) {
      const r = e.rows[f]!;
      if (r < 0) continue;
      addRow(out, base, w, r * NUM_TAGS, NUM_TAGS);
    }
  }
}

/** F1 over all types and over PER/ORG/LOC of weights on an encoded set. */
function evaluate(e: Encoded, w: Float32Array, trans: Float32Array): { all: number; core: number } {
  const counter = new SpanCounter();
  const em = new Float64Array(256 * NUM_TAGS);
  let emBuf = em;
  for (let s = 0; s + 1 < e.starts.length; s++) {
    const from = e.starts[s]!;
    const n = e.starts[s + 1]! - from;
    if (n * NUM_TAGS > emBuf.length) emBuf = new Float64Array(n * NUM_TAGS);
    emissions(e, w, from, from + n, emBuf);
    const out = new Int32Array(n);
    viterbi(n, emBuf, trans, out);
    counter.add(
      e.goldTags[s]!,
      Array.from(out, (t) => TAGS[t]!),
    );
  }
  return { all: counter.score(['PER', 'ORG', 'LOC', 'MISC']).f1, core: counter.score(['PER', 'ORG', 'LOC']).f1 };
}

/** Trains on train and reports valid F1 per epoch; returns the averaged weights. */
export function trainPerceptron(train: ConllDocument[], valid: ConllDocument[], opts: TrainOptions): TrainedWeights {
  const index = new Map<number, number>();
  const tr = encode(train, index, true, opts.minCount, opts.docDropout > 0, opts.document);
  const va = encode(valid, index, false, opts.minCount, false, opts.document);
  const R = index.size;
  opts.log(`features: ${R} rows (min count ${opts.minCount}), train tokens ${tr.gold.length}`);
  const T = NUM_TAGS;
  const w = new Float32Array(R * T);
  const u = new Float64Array(R * T); // sum of c·Δ for averaging
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const rand = seededRandom(opts.seed);
  // A draw apart from the shuffle's, so the order of sentences is the same whatever the dropout.
  const dropDraw = seededRandom(opts.seed ^ 0x5bd1e995);
  const order = Array.from({ length: tr.starts.length - 1 }, (_, i) => i);
  let c = 1;
  let em = new Float64Array(256 * T);
  const avg = (): { w: Float32Array; t: Float32Array } => {
    const aw = new Float32Array(R * T);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i]! - u[i]! / c;
    const at = new Float32Array(tw.length);
    for (let i = 0; i < at.length; i++) at[i] = tw[i]! - tu[i]! / c;
    return { w: aw, t: at };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const s of order) {
      const from = tr.starts[s]!;
      const n = tr.starts[s + 1]! - from;
      if (n * T > em.length) em = new Float64Array(n * T);
      const read: FeatureRows = tr.alone && dropDraw() < opts.docDropout ? tr.alone : tr;
      emissions(read, w, from, from + n, em);
      const pred = new Int32Array(n);
      viterbi(n, em, tw, pred);
      let prevG = T;
      let prevP = T;
      for (let i = 0; i < n; i++) {
        const g = tr.gold[from + i]!;
        const p = pred[i]!;
        total++;
        if (g === p) correct++;
        else {
          for (let f = read.featStart[from + i]!; f < read.featStart[from + i + 1]!; f++) {
            const r = read.rows[f]!;
            if (r < 0) continue;
            addAt(w, r * T + g, 1);
            addAt(u, r * T + g, c);
            addAt(w, r * T + p, -1);
            addAt(u, r * T + p, -c);
          }
        }
        if (g !== p || prevG !== prevP) {
          addAt(tw, prevG * T + g, 1);
          addAt(tu, prevG * T + g, c);
          addAt(tw, prevP * T + p, -1);
          addAt(tu, prevP * T + p, -c);
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    const a = avg();
    const f = evaluate(va, a.w, a.t);
    opts.log(
      `epoch ${epoch}: train token acc ${(correct / total).toFixed(4)}, valid F1 all ${f.all.toFixed(4)}, ` +
        `PER/ORG/LOC ${f.core.toFixed(4)}, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  const a = avg();
  const keys = new Uint32Array(R);
  for (const [h, r] of index) keys[r] = h;
  return { keys, weights: a.w, transitions: a.t };
}
