// Exact-span precision, recall and F1 per entity type, as conlleval computes them over IOB2 tags.
import { spansFromTags } from './tags.js';

export interface PRF {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Counts of matched, spurious and missed spans per type. */
export class SpanCounter {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  /** Adds one sentence's gold and predicted tags. */
  add(gold: readonly string[], pred: readonly string[]): void {
    const key = (s: { type: string; start: number; end: number }): string => `${s.type}:${s.start}:${s.end}`;
    const g = spansFromTags(gold);
    const p = spansFromTags(pred);
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const s of p) this.bump(s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
    for (const s of g) if (!predKeys.has(key(s))) this.bump(s.type, 'fn');
  }

  private bump(type: string, field: 'tp' | 'fp' | 'fn'): void {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    c[field]++;
  }

  /** Scores of one type, or of the given types pooled (micro-averaged). */
  score(types: readonly string[]): PRF {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const t of types) {
      const c = this.counts.get(t);
      if (c) {
        tp += c.tp;
        fp += c.fp;
        fn += c.fn;
      }
    }
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { tp, fp, fn, precision, recall, f1 };
  }
}
