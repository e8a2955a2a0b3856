// Turns the elements of a graph document into flat rows, one per node or relationship, holding only primitive values
// and lists of them (what Neo4j properties can hold): what the loader sends with UNWIND and the bulk import writes as
// CSV. Pure: no driver here.
import { hash } from 'node:crypto';
import type { EntityTypeName } from '../schema/schema.js';
import { labelsFor } from '../schema/schema.js';
import type { Entity, Relation, SourceDocument } from '../document/graph-document.js';

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
  /** Each mention's vote for the entity's name and type (settle-entities.ts decides from all of them). */
  names: string[];
  types: string[];
}

export type RelationPropertyValue = string | number | boolean;

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  confidence: number;
  statedConfidence?: number;
  properties: Record<string, RelationPropertyValue>;
  evidenceIds: string[];
  documentIds: string[];
}

/** Sentence (evidence span) id from document and offsets: the same span always gets the same node. */
export function sentenceId(doc: string, start: number, end: number): string {
  return `sen:${hash('sha1', `${doc}|${start}|${end}`, 'base64url').slice(0, 16)}`;
}

export function documentRow(d: SourceDocument): DocumentRow {
  return { id: d.id, source: d.source, title: d.title ?? null, published: d.published ?? null, text: d.text };
}

export function entityRow(entity: Entity): EntityRow {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    // The schema lets a document leave `aliases` out; that is no alias, not an error after validation.
    names: [...new Set([entity.name, ...(entity.aliases ?? [])])],
    mergeKey: entity.mergeKey ?? null,
    mergeReasons: entity.mergeReasons ?? [],
  };
}

/** The label set an entity's node gets, e.g. "Entity:Organization:MediaOrganization". */
export function entityLabels(entity: Entity): string {
  return labelsFor(entity.type).join(':');
}

/** One row per document the entity is mentioned in, with the offsets and kinds of its mentions there. */
export function mentionRows(entity: Entity): MentionRow[] {
  const byDoc = new Map<string, MentionRow>();
  for (const mention of entity.mentions) {
    let row = byDoc.get(mention.doc);
    if (!row) {
      row = { entity: entity.id, doc: mention.doc, count: 0, starts: [], ends: [], kinds: [], names: [], types: [] };
      byDoc.set(mention.doc, row);
    }
    row.count += 1;
    row.starts.push(mention.start);
    row.ends.push(mention.end);
    row.kinds.push(mention.kind ?? 'name');
    row.names.push(mention.name ?? entity.name);
    row.types.push(mention.type ?? entity.type);
  }
  return [...byDoc.values()];
}

/** The values in first-seen order, each once; most lists here hold one value, which needs no set. */
function distinct(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

/** The relation's row; `sentences` are its sentenceRows when the caller has them, so no id is worked out twice. */
export function relationRow(relation: Relation, sentences?: readonly SentenceRow[]): RelationRow {
  return {
    id: relation.id,
    source: relation.source,
    target: relation.target,
    confidence: relation.confidence,
    // A document without it (written before it existed, or by another tool) leaves a compounded confidence alone.
    statedConfidence: relation.statedConfidence ?? (relation.evidence.length === 1 ? relation.confidence : undefined),
    properties: { ...relation.properties },
    evidenceIds: distinct(sentences ? sentences.map((sentence) => sentence.id) : relation.evidence.map((e) => sentenceId(e.doc, e.start, e.end))),
    documentIds: distinct(relation.evidence.map((e) => e.doc)),
  };
}

/**
 * The evidence sentences of a relation as rows, their text from the evidence itself or, when it gives none, from
 * `textOf(doc)` (undefined: the text is not at hand, and the row's text is left empty for the caller to fill).
 */
export function sentenceRows(relation: Relation, textOf: (doc: string) => string | undefined): SentenceRow[] {
  return relation.evidence.map((e) => ({
    id: sentenceId(e.doc, e.start, e.end),
    doc: e.doc,
    start: e.start,
    end: e.end,
    text: e.text ?? textOf(e.doc)?.slice(e.start, e.end) ?? '',
  }));
}
