// Precision, recall and F1 from counts, overall and per type, for exact-match scoring of spans or facts.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 of counts; 0 where a ratio has no denominator. */
export function score(c: Counts): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Counts exact matches of keyed items by type: add the gold and predicted keys of one unit (a document) at a time. */
export class TypedCounter {
  private readonly counts = new Map<string, Counts>();

  /** Keys are compared as strings; an item is `{ type, key }`. Duplicates within one side count once. */
  add(gold: readonly { type: string; key: string }[], predicted: readonly { type: string; key: string }[]): void {
    const goldKeys = new Set(gold.map((g) => `${g.type}|${g.key}`));
    const predictedKeys = new Set(predicted.map((p) => `${p.type}|${p.key}`));
    for (const k of predictedKeys) this.bump(k.slice(0, k.indexOf('|')), goldKeys.has(k) ? 'tp' : 'fp');
    for (const k of goldKeys) if (!predictedKeys.has(k)) this.bump(k.slice(0, k.indexOf('|')), 'fn');
  }

  /** Micro-averaged score over the given types (all seen types when none are given). */
  score(types?: readonly string[]): Score {
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [type, c] of this.counts) {
      if (types && !types.includes(type)) continue;
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return score(total);
  }

  private bump(type: string, field: keyof Counts): void {
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    this.counts.set(type, c);
  }
}
