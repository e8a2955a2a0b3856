// Stage 6: finds relations stated between resolved entities, typed by the schema's signal words.
// Baseline: two entities in one sentence joined by a schema verb take that verb's relation type.
import { relationTypes } from '../schema/schema.js';
import type { RelationCandidate, ResolvedEntity, SegmentedDocument } from './stage-types.js';

const typeByVerbStem = new Map<string, (typeof relationTypes)[number]>();
for (const type of relationTypes) for (const verb of type.signals.verbs) if (!typeByVerbStem.has(verb.slice(0, 5))) typeByVerbStem.set(verb.slice(0, 5), type);

/** Extracts relation candidates from one document. */
export function extractRelations(doc: SegmentedDocument, entities: ResolvedEntity[]): RelationCandidate[] {
  const relations: RelationCandidate[] = [];
  for (const sentence of doc.sentences) {
    const inSentence = entities.flatMap((entity) => entity.mentions
      .filter((m) => m.doc === doc.id && m.sentence === sentence.index)
      .map((m) => ({ entity, mention: m })))
      .sort((a, b) => a.mention.start - b.mention.start);
    for (let i = 0; i + 1 < inSentence.length; i++) {
      const left = inSentence[i];
      const right = inSentence[i + 1];
      if (left.entity.id === right.entity.id) continue;
      const between = sentence.tokens.slice(left.mention.tokenEnd, right.mention.tokenStart);
      const signal = between.map((t) => ({ t, type: typeByVerbStem.get(t.text.toLowerCase().slice(0, 5)) })).find((x) => x.type);
      if (!signal?.type) continue;
      relations.push({
        source: left.entity.id, target: right.entity.id, type: signal.type.name,
        properties: { verb: signal.t.text }, confidence: 0.5,
        evidence: { doc: doc.id, start: sentence.start, end: sentence.end },
      });
    }
  }
  return relations;
}
