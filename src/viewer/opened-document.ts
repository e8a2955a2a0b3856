// A graph document as the viewer opens it (a file picked, dropped or named by ?file=, or the document the server
// exports): parsed JSON is checked against shapes (src/util/json-shape.ts) and typed by them, never cast. The viewer is
// lenient where it can draw the graph all the same: lists it can do without (the articles, an entity's aliases and
// mentions, a relation's evidence and properties) may be missing and are read as empty, and an entity or relation
// type this schema does not define is kept (drawn in the unknown colour). A field that is there with the wrong kind
// of value, or a relation whose endpoint the document lacks, is an error naming the element. The full schema check
// is kg load's (src/schema/validate-document.ts).
import type { Entity, Evidence, GraphDocument, Mention, MentionKind, Relation, SourceDocument } from '../document/graph-document.js';
import { assertShape, hasShape, isRecord, list, number, object, oneOf, optional, recordOf, scalar, string, strings, type Shape } from '../util/json-shapes.js';

/** A mention whose recognised type may be one this schema does not define. */
export type OpenedMention = Omit<Mention, 'type'> & { type?: string };
/** An entity whose type may be one this schema does not define. */
export type OpenedEntity = Omit<Entity, 'type' | 'mentions'> & { type: string; mentions: OpenedMention[] };
/** A relation whose type may be one this schema does not define. */
export type OpenedRelation = Omit<Relation, 'type'> & { type: string };
/** A graph document as the viewer reads it; every GraphDocument is one. */
export interface OpenedDocument {
  version: 1;
  generator?: GraphDocument['generator'];
  documents: SourceDocument[];
  entities: OpenedEntity[];
  relations: OpenedRelation[];
}

const SUGGESTION = 'open a graph document written by kg extract';

// Each shape names what the viewer needs; the lists it can do without are optional here and read as empty below.
const sourceDocument = object({
  id: string,
  source: optional(string),
  readFrom: optional(string),
  title: optional(string),
  byline: optional(string),
  siteName: optional(string),
  published: optional(string),
  encoding: optional(string),
  text: optional(string),
});

const mention: Shape<OpenedMention> = object({
  doc: string,
  start: number,
  end: number,
  kind: optional(oneOf<MentionKind>('name', 'nominal', 'pronoun')),
  name: optional(string),
  type: optional(string),
});

const entity = object({
  id: string,
  name: string,
  type: string,
  aliases: optional(strings),
  mergeKey: optional(string),
  mergeReasons: optional(strings),
  mentions: optional(list(mention)),
});

const evidence: Shape<Evidence> = object({ doc: string, start: number, end: number, text: optional(string) });

const relation = object({
  id: string,
  source: string,
  target: string,
  type: string,
  properties: optional(recordOf(scalar)),
  confidence: optional(number),
  statedConfidence: optional(number),
  evidence: optional(list(evidence)),
});

const openedDocument = object({ documents: optional(list(sourceDocument)), entities: list(entity), relations: list(relation) });
const generatorShape = object({ name: string, version: string });

/**
 * A parsed graph document checked and typed for the viewer; `name` (the file's) starts every error, which names the
 * element and field that is wrong ("a.json: entities[3].name is not a string; open a graph document written by kg
 * extract").
 */
export function readOpenedDocument(value: unknown, name: string): OpenedDocument {
  if (!isRecord(value) || !Array.isArray(value.entities) || !Array.isArray(value.relations))
    throw new Error(`${name} is not a graph document (no "entities" and "relations" lists); ${SUGGESTION}`);
  const generator = hasShape(value.generator, generatorShape) ? { generator: { name: value.generator.name, version: value.generator.version } } : {};
  assertShape(value, openedDocument, name, (problem) => `${problem}; ${SUGGESTION}`);
  const entities = value.entities.map((e): OpenedEntity => ({ ...e, aliases: e.aliases ?? [], mentions: e.mentions ?? [] }));
  const relations = value.relations.map((r): OpenedRelation => ({
    ...r,
    properties: r.properties ?? {},
    confidence: r.confidence ?? 0,
    evidence: r.evidence ?? [],
  }));
  const ids = new Set(entities.map((e) => e.id));
  for (const r of relations)
    if (!ids.has(r.source) || !ids.has(r.target)) throw new Error(`${name}: relation ${r.id} points at an entity the document does not have; ${SUGGESTION}`);
  const documents = (value.documents ?? []).map((d): SourceDocument => ({ ...d, source: d.source ?? '', text: d.text ?? '' }));
  return { version: 1, ...generator, documents, entities, relations };
}

/** The part of an opened graph document that is visible, with only the articles it points into. */
export function documentSubset(document: OpenedDocument, visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): OpenedDocument {
  const entities = document.entities.filter((e) => visible.nodes.has(e.id));
  const relations = document.relations.filter((r) => visible.edges.has(r.id));
  const used = new Set([...entities.flatMap((e) => e.mentions.map((m) => m.doc)), ...relations.flatMap((r) => r.evidence.map((e) => e.doc))]);
  return { ...document, documents: document.documents.filter((d) => used.has(d.id)), entities, relations };
}
