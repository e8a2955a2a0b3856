// Turns an export back into a graph document (graph-schema/graph-document.schema.json): documents from :Document nodes,
// entities from :Entity nodes with their mentions (MENTIONED_IN offsets), relations from the relationships between
// them with their evidence (the :Sentence nodes their evidenceIds name: offsets and quote text). What a graph document
// cannot hold — nodes that are not entities, relationships of types the schema does not know — is counted, not lost
// silently.
import type { Entity, GraphDocument, Mention, Relation, SourceDocument } from '../document/graph-document.js';
import { isEntityType, isRelationType } from '../schema/schema.js';
import type { ExportGraph, JsonValue } from './property-graph.js';
import { exportUnion } from './property-graph.js';

export interface GraphDocumentExport {
  document: GraphDocument;
  /** Selected nodes and relationships left out, with why. */
  dropped: { nodes: number; relationships: number; reasons: string[] };
}

/** Properties the loader derives or keeps for provenance; a relation's own properties are the rest. */
const RELATION_BOOKKEEPING = new Set(['id', 'confidence', 'statedConfidence', 'evidenceIds', 'documentIds']);

const str = (value: JsonValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: JsonValue | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);
const numbers = (value: JsonValue | undefined): number[] => (Array.isArray(value) ? value.map(Number) : []);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The graph document for an export; entities, relations and documents sorted by id, mentions by offset. */
export function toGraphDocument(graph: ExportGraph, generator?: { name: string; version: string }): GraphDocumentExport {
  const all = exportUnion(graph);
  const nodeByKey = new Map(all.nodes.map((n) => [n.id, n]));
  const reasons = new Map<string, number>();
  const drop = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);

  const documents: SourceDocument[] = all.nodes
    .filter((n) => n.labels.includes('Document') && str(n.properties.id))
    .map((n) => {
      const doc: SourceDocument = { id: String(n.properties.id), source: str(n.properties.source) ?? '', text: str(n.properties.text) ?? '' };
      const title = str(n.properties.title);
      const published = str(n.properties.published);
      if (title !== undefined) doc.title = title;
      if (published !== undefined) doc.published = published;
      return doc;
    })
    .sort(byId);
  const documentIds = new Set(documents.map((d) => d.id));

  const mentionsOf = new Map<string, Mention[]>();
  for (const r of all.relationships) {
    if (r.type !== 'MENTIONED_IN') continue;
    const doc = str(nodeByKey.get(r.end)?.properties.id);
    if (!doc || !documentIds.has(doc)) continue;
    const starts = numbers(r.properties.starts);
    const ends = numbers(r.properties.ends);
    const kinds = strings(r.properties.kinds);
    const list = mentionsOf.get(r.start) ?? [];
    starts.forEach((start, i) => {
      const mention: Mention = { doc, start, end: ends[i] ?? start };
      const kind = kinds[i];
      if (kind === 'nominal' || kind === 'pronoun') mention.kind = kind;
      list.push(mention);
    });
    mentionsOf.set(r.start, list);
  }

  const entities: Entity[] = [];
  for (const n of graph.selected.nodes) {
    const { type, name } = n.properties;
    if (!n.labels.includes('Entity') || typeof type !== 'string' || !isEntityType(type) || typeof name !== 'string') {
      drop(`node labelled ${n.labels.join(':') || '(none)'} is not an entity of graph-schema/`);
      continue;
    }
    const entity: Entity = {
      id: n.id,
      name,
      type,
      aliases: strings(n.properties.aliases),
      mentions: (mentionsOf.get(n.id) ?? []).sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end)),
    };
    const mergeKey = str(n.properties.mergeKey);
    if (mergeKey !== undefined) entity.mergeKey = mergeKey;
    const reasonsList = strings(n.properties.mergeReasons);
    if (reasonsList.length > 0) entity.mergeReasons = reasonsList;
    entities.push(entity);
  }
  entities.sort(byId);
  const entityIds = new Set(entities.map((e) => e.id));

  const sentences = new Map(all.nodes.filter((n) => n.labels.includes('Sentence')).map((n) => [String(n.properties.id), n]));
  const relations: Relation[] = [];
  for (const r of graph.selected.relationships) {
    if (!entityIds.has(r.start) || !entityIds.has(r.end)) {
      drop(`${r.type} relationship does not join two entities`);
      continue;
    }
    if (!isRelationType(r.type)) {
      drop(`relationship type ${r.type} is not in graph-schema/`);
      continue;
    }
    const evidence = strings(r.properties.evidenceIds)
      .flatMap((id) => {
        const s = sentences.get(id);
        const doc = str(s?.properties.documentId);
        if (!s || !doc || !documentIds.has(doc)) return [];
        return [{ doc, start: Number(s.properties.start), end: Number(s.properties.end), text: str(s.properties.text) ?? '' }];
      })
      .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    if (evidence.length === 0) {
      drop(`${r.type} relationship has no evidence sentence in the database`);
      continue;
    }
    const properties: Relation['properties'] = {};
    for (const [key, value] of Object.entries(r.properties)) {
      if (RELATION_BOOKKEEPING.has(key)) continue;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[key] = value;
    }
    const confidence = typeof r.properties.confidence === 'number' ? r.properties.confidence : 0;
    const stated = r.properties.statedConfidence;
    relations.push({
      id: r.id,
      source: r.start,
      target: r.end,
      type: r.type,
      properties,
      confidence,
      ...(typeof stated === 'number' && stated !== confidence ? { statedConfidence: stated } : {}),
      evidence,
    });
  }
  relations.sort(byId);

  const document: GraphDocument = { version: 1, ...(generator ? { generator } : {}), documents, entities, relations };
  const dropped = [...reasons.values()].reduce((a, b) => a + b, 0);
  const droppedRelationships = [...reasons.entries()].filter(([k]) => /relationship/.test(k)).reduce((a, [, n]) => a + n, 0);
  return {
    document,
    dropped: { nodes: dropped - droppedRelationships, relationships: droppedRelationships, reasons: [...reasons.entries()].map(([k, n]) => `${n} × ${k}`) },
  };
}
