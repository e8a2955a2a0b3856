// CoNLL04 relations through the whole CLI: each sentence a .txt (tokens joined by spaces), one `kg extract` over the
// folder, strict micro P/R/F1: a relation counts only when both entity spans are exact, the label and direction right.
// Our types map onto the five CoNLL04 labels; anything else is not scored.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinTokens } from '../../src/ner/conll04-reader.js';
import { isA, type EntityTypeName } from '../../src/schema/schema.js';
import { coarseType, documentOf, mentionsWithin, type GraphIndex } from './graph-index.js';
import { TypedCounter } from './prf.js';
import { prfRows, type Row } from './rows.js';

export interface Conll04Sample {
  tokens: string[];
  entities: { type: string; start: number; end: number }[];
  relations: { type: string; head: number; tail: number }[];
}

/** The CoNLL04 label for one of our relations, or undefined when it maps onto none. */
export function conll04Label(type: string, source: EntityTypeName, target: EntityTypeName): string | undefined {
  if (type === 'WORKS_FOR') return 'Work_For';
  if (type === 'KILLED') return 'Kill';
  if (type === 'LIVES_IN') return 'Live_In';
  if (type === 'LOCATED_IN' && isA(source, 'Organization')) return 'OrgBased_In';
  if (type === 'LOCATED_IN' && isA(source, 'Location') && isA(target, 'Location')) return 'Located_In';
  return undefined;
}

const CONLL04_TYPE = { PER: 'Peop', ORG: 'Org', LOC: 'Loc' } as const;

export const conll04FileName = (n: number): string => `conll04-${String(n).padStart(4, '0')}.txt`;

/** Writes each sample as a text file into `dir`. */
export function writeConll04(samples: readonly Conll04Sample[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  samples.forEach((s, n) => writeFileSync(join(dir, conll04FileName(n)), `${joinTokens(s.tokens).text}\n`));
}

/** Relation and entity counters of the extracted graph against the samples. */
export function scoreConll04(samples: readonly Conll04Sample[], index: GraphIndex): { relations: TypedCounter; entities: TypedCounter } {
  const relations = new TypedCounter();
  const entities = new TypedCounter();
  samples.forEach((sample, n) => {
    const { text, starts } = joinTokens(sample.tokens);
    const spanKey = (s: number, e: number): string => `${starts[s]}:${starts[e - 1]! + sample.tokens[e - 1]!.length}`;
    // CoNLL04 tokens keep an abbreviation's full stop ("Calif."); a mention ending one character short of a token's
    // end is taken at the token boundary, so spans are compared token for token.
    const snap = (m: { start: number; end: number }): string | undefined => {
      const first = starts.indexOf(m.start);
      if (first < 0) return undefined;
      let last = first;
      while (last + 1 < starts.length && starts[last + 1]! < m.end) last++;
      return starts[last]! + sample.tokens[last]!.length - m.end <= 1 ? spanKey(first, last + 1) : undefined;
    };
    const docId = documentOf(index, conll04FileName(n), `${text}\n`);
    const goldRelations = sample.relations.map((r) => {
      const h = sample.entities[r.head]!;
      const t = sample.entities[r.tail]!;
      return { type: r.type, key: `${spanKey(h.start, h.end)}|${spanKey(t.start, t.end)}` };
    });
    const predictedRelations: { type: string; key: string }[] = [];
    for (const r of (docId ? index.relationsByDoc.get(docId) : undefined) ?? []) {
      if (r.relation.properties.negated) continue;
      const label = conll04Label(r.relation.type, r.source.type, r.target.type);
      if (!label) continue;
      const names = (e: typeof r.source) =>
        mentionsWithin(e, docId!, 0, text.length)
          .map(snap)
          .filter((k): k is string => Boolean(k));
      for (const s of names(r.source)) for (const t of names(r.target)) predictedRelations.push({ type: label, key: `${s}|${t}` });
    }
    relations.add(goldRelations, predictedRelations);
    const goldEntities = sample.entities.filter((e) => e.type !== 'Other').map((e) => ({ type: e.type, key: spanKey(e.start, e.end) }));
    const predictedEntities = ((docId ? index.mentionsByDoc.get(docId) : undefined) ?? []).flatMap((m) => {
      const coarse = coarseType(m.entity.type);
      const key = coarse && snap(m);
      return coarse && key ? [{ type: CONLL04_TYPE[coarse], key }] : [];
    });
    entities.add(goldEntities, predictedEntities);
  });
  return { relations, entities };
}

/** Table rows: relation P/R/F1 (micro over the five labels) and entity F1. */
export function conll04Rows(set: string, counters: { relations: TypedCounter; entities: TypedCounter }): Row[] {
  return [...prfRows(set, 'relations', counters.relations.score()), { set, measure: 'entities (Peop/Org/Loc) F1', value: counters.entities.score().f1 }];
}
