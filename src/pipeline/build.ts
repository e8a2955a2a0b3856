// Stage 7: assembles the graph document from resolved entities and relation candidates. The same fact stated
// twice becomes one relation with two pieces of evidence; relations the schema does not allow are dropped and
// counted with the reason. Output order is fixed so the same input gives the same document byte for byte.
import type { Entity, GraphDocument, Relation } from '../document/graph-document.js';
import { relationId } from '../document/ids.js';
import { combinedConfidence, mergePlainProperties } from '../document/merge-rules.js';
import { endpointsAllowed, relationType } from '../schema/schema.js';
import type { CleanDocument, RelationCandidate, ResolvedEntity } from './stage-types.js';
import { valueAt } from '../util/checked-index.js';

export const GENERATOR = { name: 'newsgraph-kg', version: '0.1.0' };

export interface BuildReport {
  /** Relations dropped before writing, by reason. */
  dropped: Record<string, number>;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function toEntity(entity: ResolvedEntity): Entity {
  // A mention keeps the name and type it voted for when they are not the entity's, so that a later load can decide
  // the entity's name and type from all its mentions, stored and new, as one extraction of everything would.
  const mentions = [...entity.mentions]
    .sort((a, b) => byString(a.doc, b.doc) || a.start - b.start)
    .map((m) => {
      const name = m.canonical ?? m.text;
      return {
        doc: m.doc,
        start: m.start,
        end: m.end,
        ...(m.kind !== 'name' ? { kind: m.kind } : {}),
        ...(name !== entity.name ? { name } : {}),
        ...(m.type !== entity.type ? { type: m.type } : {}),
      };
    });
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...entity.aliases].sort(byString),
    mergeKey: entity.mergeKey,
    ...(entity.mergeReasons.length ? { mergeReasons: [...entity.mergeReasons].sort(byString) } : {}),
    mentions,
  };
}

/** Builds the graph document; `dropped` counts what the schema refused. */
export function buildGraph(
  documents: CleanDocument[],
  entities: ResolvedEntity[],
  candidates: RelationCandidate[],
): { graph: GraphDocument; report: BuildReport } {
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const relations = new Map<string, Relation>();
  // Where each relation's evidence already is ("doc start"): a long article repeating a fact must not make the
  // check for a repeated statement scan every earlier one.
  const evidenceAt = new Map<string, Set<string>>();
  const addSupport = (id: string, relation: Relation, span: RelationCandidate['evidence']) => {
    const at = `${span.doc} ${span.start}`;
    const seen = valueAt(evidenceAt, id);
    if (seen.has(at)) return;
    seen.add(at);
    relation.evidence.push({ ...span });
  };
  for (const candidate of candidates) {
    const source = entityById.get(candidate.source);
    const target = entityById.get(candidate.target);
    if (!source || !target) {
      drop('endpoint not among the entities');
      continue;
    }
    if (source.id === target.id) {
      drop('source and target are the same entity');
      continue;
    }
    if (!endpointsAllowed(candidate.type, source.type, target.type)) {
      drop(`${candidate.type} does not allow ${source.type} → ${target.type}`);
      continue;
    }
    let [from, to] = [candidate.source, candidate.target];
    if (relationType(candidate.type).symmetric && from > to) [from, to] = [to, from];
    const distinguisher = String(candidate.properties.object ?? candidate.properties.role ?? '') + (candidate.properties.negated ? '|negated' : '');
    const id = relationId(from, candidate.type, to, distinguisher);
    const existing = relations.get(id);
    const at = `${candidate.evidence.doc} ${candidate.evidence.start}`;
    if (existing) {
      const seen = valueAt(evidenceAt, id);
      if (!seen.has(at)) {
        seen.add(at);
        existing.evidence.push({ ...candidate.evidence });
      }
      for (const s of candidate.support ?? []) addSupport(id, existing, s);
      existing.confidence = Math.max(existing.confidence, candidate.confidence);
      existing.statedConfidence = existing.confidence;
      // Statements disagreeing on a value keep the one a load of them in any order keeps (merge-rules.ts).
      mergePlainProperties(existing.properties, candidate.properties);
      continue;
    }
    const relation: Relation = {
      id,
      source: from,
      target: to,
      type: candidate.type,
      properties: { ...candidate.properties },
      confidence: candidate.confidence,
      statedConfidence: candidate.confidence,
      evidence: [{ ...candidate.evidence }],
    };
    relations.set(id, relation);
    evidenceAt.set(id, new Set([at]));
    for (const s of candidate.support ?? []) addSupport(id, relation, s);
  }
  for (const relation of relations.values()) {
    relation.evidence.sort((a, b) => byString(a.doc, b.doc) || a.start - b.start);
    // Every evidence sentence counts, those that only name a referent too: a load compounds over the sentences it
    // stores, and one extraction must give what loading it gives.
    relation.confidence = combinedConfidence(relation.confidence, relation.evidence.length);
    // Kept only where it differs: what a later load needs to combine this evidence with what is stored.
    if (relation.statedConfidence === relation.confidence) delete relation.statedConfidence;
  }
  const graph: GraphDocument = {
    version: 1,
    generator: GENERATOR,
    documents: documents
      .map((d) => ({
        id: d.id,
        source: d.source,
        ...(d.readFrom ? { readFrom: d.readFrom } : {}),
        ...(d.title ? { title: d.title } : {}),
        ...(d.byline ? { byline: d.byline } : {}),
        ...(d.siteName ? { siteName: d.siteName } : {}),
        ...(d.published ? { published: d.published } : {}),
        ...(d.encoding ? { encoding: d.encoding } : {}),
        text: d.text,
      }))
      .sort((a, b) => byString(a.id, b.id)),
    entities: entities.map(toEntity).sort((a, b) => byString(a.id, b.id)),
    relations: [...relations.values()].sort((a, b) => byString(a.id, b.id)),
  };
  return { graph, report: { dropped } };
}
