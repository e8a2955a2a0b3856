// CrossRE news `dev` relations scored on the graph `kg extract` made of the CoNLL-2003 `valid` documents. Labels are
// read as schema types through crossre-relation-map.json; a relation counts when its type is one the label maps to and
// its two endpoints have name mentions on exactly the gold spans, in the mapped direction.
import { readFileSync } from 'node:fs';
import { conllFileName } from './conll2003-set.js';
import { documentOf, mentionsWithin, type GraphIndex } from './graph-index.js';
import type { PlacedSentence } from './crossre-placement.js';
import type { Score } from './prf.js';
import { charSpan, type TokenText } from './token-text.js';

export type Direction = 'same' | 'reverse' | 'either';

export interface LabelMap {
  readonly labels: Record<string, { types: string[]; direction: Direction }>;
}

export const LABEL_MAP_PATH = new URL('./crossre-relation-map.json', import.meta.url);

/** Reads the label map. */
export function readLabelMap(): LabelMap {
  return JSON.parse(readFileSync(LABEL_MAP_PATH, 'utf8')) as LabelMap;
}

interface Span {
  start: number;
  end: number;
}

const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** Whether a predicted (type, source span, target span) is the gold (label, head, tail) under the map. */
export function matchesGold(map: LabelMap, gold: { label: string; head: Span; tail: Span }, type: string, source: Span, target: Span): boolean {
  const rule = map.labels[gold.label];
  if (!rule || !rule.types.includes(type)) return false;
  const forward = same(gold.head, source) && same(gold.tail, target);
  const backward = same(gold.head, target) && same(gold.tail, source);
  return rule.direction === 'same' ? forward : rule.direction === 'reverse' ? backward : forward || backward;
}

/**
 * Typed relation score over the placed sentences: precision over the graph's asserted relations of a mapped type
 * whose endpoints are both named in the sentence, recall over the gold relations whose label maps to a type.
 */
export function scoreCrossre(placed: readonly PlacedSentence[], layouts: readonly TokenText[], index: GraphIndex, map: LabelMap, split = 'valid'): Score {
  const scoredTypes = new Set(Object.values(map.labels).flatMap((l) => l.types));
  let predicted = 0;
  let predictedRight = 0;
  let gold = 0;
  let goldFound = 0;
  for (const p of placed) {
    const layout = layouts[p.doc]!;
    const line = layout.lines[p.sentence]!;
    const starts = layout.starts[p.sentence]!;
    const tokens = p.crossre.sentence;
    const golds = p.crossre.relations
      .filter((r) => (map.labels[r[4]]?.types.length ?? 0) > 0)
      .map((r) => ({ label: r[4], head: charSpan(tokens, starts, r[0], r[1] + 1), tail: charSpan(tokens, starts, r[2], r[3] + 1) }));
    const docId = documentOf(index, conllFileName(split, p.doc), layout.text);
    const found = new Set<number>();
    for (const r of (docId ? index.relationsByDoc.get(docId) : undefined) ?? []) {
      if (r.relation.properties.negated || !scoredTypes.has(r.relation.type)) continue;
      if (!r.evidence.some((e) => e.start < line.end && e.end > line.start)) continue;
      const sources = mentionsWithin(r.source, docId!, line.start, line.end);
      const targets = mentionsWithin(r.target, docId!, line.start, line.end);
      if (!sources.length || !targets.length) continue;
      predicted++;
      let right = false;
      golds.forEach((g, i) => {
        if (sources.some((s) => targets.some((t) => matchesGold(map, g, r.relation.type, s, t)))) {
          right = true;
          found.add(i);
        }
      });
      if (right) predictedRight++;
    }
    gold += golds.length;
    goldFound += found.size;
  }
  const precision = predicted ? predictedRight / predicted : 0;
  const recall = gold ? goldFound / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: predictedRight, fp: predicted - predictedRight, fn: gold - goldFound, precision, recall, f1 };
}
