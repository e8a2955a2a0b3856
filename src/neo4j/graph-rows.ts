// Turns a graph document into the flat rows the loader sends with UNWIND: one row per node or relationship, only
// primitive values and lists of them (what Neo4j properties can hold), grouped by label or relationship type so each
// group runs one planned statement. Pure: no driver here.
import { createHash } from 'node:crypto';
import type { EntityTypeName, RelationTypeName } from '../schema/schema.js';
import { labelsFor } from '../schema/schema.js';
import type { GraphDocument } from '../document/graph-document.js';

export interface DocumentRow {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  text: string;
}

export interface SentenceRow {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: EntityTypeName;
  /** The name and every alias: the loader keeps, across documents, all names but the node's own as aliases. */
  names: string[];
  mergeKey: string | null;
  mergeReasons: string[];
}

export interface MentionRow {
  entity: string;
  doc: string;
  count: number;
  starts: number[];
  ends: number[];
  kinds: string[];
}

export type RelationPropertyValue = string | number | boolean;

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  confidence: number;
  properties: Record<string, RelationPropertyValue>;
  evidenceIds: string[];
  documentIds: string[];
}

export interface GraphRows {
  documents: DocumentRow[];
  sentences: SentenceRow[];
  /** Entities grouped by the label set their type implies, e.g. "Entity:Organization:MediaOrganization". */
  entitiesByLabels: Map<string, EntityRow[]>;
  mentions: MentionRow[];
  relationsByType: Map<RelationTypeName, RelationRow[]>;
}

/** Sentence (evidence span) id from document and offsets: the same span always gets the same node. */
export function sentenceId(doc: string, start: number, end: number): string {
  return `sen:${createHash('sha1').update(`${doc}|${start}|${end}`).digest('base64url').slice(0, 16)}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rows for a validated graph document. */
export function graphRows(graph: GraphDocument): GraphRows {
  const textById = new Map(graph.documents.map((d) => [d.id, d.text]));
  const documents: DocumentRow[] = graph.documents.map((d) => ({
    id: d.id,
    source: d.source,
    title: d.title ?? null,
    published: d.published ?? null,
    text: d.text,
  }));

  const sentences = new Map<string, SentenceRow>();
  const relationsByType = new Map<RelationTypeName, RelationRow[]>();
  for (const relation of graph.relations) {
    const evidenceIds: string[] = [];
    for (const evidence of relation.evidence) {
      const id = sentenceId(evidence.doc, evidence.start, evidence.end);
      evidenceIds.push(id);
      if (!sentences.has(id)) {
        const text = evidence.text ?? textById.get(evidence.doc)?.slice(evidence.start, evidence.end) ?? '';
        sentences.set(id, { id, doc: evidence.doc, start: evidence.start, end: evidence.end, text });
      }
    }
    push(relationsByType, relation.type, {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      confidence: relation.confidence,
      properties: { ...relation.properties },
      evidenceIds: [...new Set(evidenceIds)],
      documentIds: [...new Set(relation.evidence.map((e) => e.doc))],
    });
  }

  const entitiesByLabels = new Map<string, EntityRow[]>();
  const mentions: MentionRow[] = [];
  for (const entity of graph.entities) {
    push(entitiesByLabels, labelsFor(entity.type).join(':'), {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      names: [...new Set([entity.name, ...entity.aliases])],
      mergeKey: entity.mergeKey ?? null,
      mergeReasons: entity.mergeReasons ?? [],
    });
    const byDoc = new Map<string, MentionRow>();
    for (const mention of entity.mentions) {
      let row = byDoc.get(mention.doc);
      if (!row) {
        row = { entity: entity.id, doc: mention.doc, count: 0, starts: [], ends: [], kinds: [] };
        byDoc.set(mention.doc, row);
      }
      row.count += 1;
      row.starts.push(mention.start);
      row.ends.push(mention.end);
      row.kinds.push(mention.kind ?? 'name');
    }
    mentions.push(...byDoc.values());
  }
  return { documents, sentences: [...sentences.values()], entitiesByLabels, mentions, relationsByType };
}

/** Splits rows into batches of at most `size`. */
export function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
