// Reads a graph document written by `kg extract` back per input file: the name mentions of each document with their
// entity's type, and the relations stated in each document with their endpoints' mentions there.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Entity, GraphDocument, Relation } from '../../src/document/graph-document.js';
import { isA, type EntityTypeName } from '../../src/schema/schema.js';

export interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

export interface IndexedRelation {
  readonly relation: Relation;
  readonly source: Entity;
  readonly target: Entity;
  /** Evidence spans of the relation in this document. */
  readonly evidence: { start: number; end: number }[];
}

export interface GraphIndex {
  /** Document id of each input file, by file name. */
  readonly docByFile: Map<string, string>;
  /** Document id by text: `kg extract` keeps one document of inputs with the same text, under the first one's name. */
  readonly docByText: Map<string, string>;
  /** Name mentions (not pronouns or nominals) per document id, in text order. */
  readonly mentionsByDoc: Map<string, IndexedMention[]>;
  readonly relationsByDoc: Map<string, IndexedRelation[]>;
}

/** The CoNLL-2003 type of an entity type: PER, ORG or LOC; undefined for the types CoNLL files under MISC or not at all. */
export function coarseType(type: EntityTypeName): 'PER' | 'ORG' | 'LOC' | undefined {
  if (isA(type, 'Person')) return 'PER';
  if (isA(type, 'Organization')) return 'ORG';
  if (isA(type, 'Location')) return 'LOC';
  return undefined;
}

/** Indexes a graph document by input file. */
export function indexGraph(graph: GraphDocument): GraphIndex {
  const docByFile = new Map(graph.documents.map((d) => [basename(d.source), d.id]));
  const docByText = new Map(graph.documents.map((d) => [d.text, d.id]));
  const mentionsByDoc = new Map<string, IndexedMention[]>();
  for (const entity of graph.entities) {
    for (const m of entity.mentions) {
      if (m.kind && m.kind !== 'name') continue;
      const list = mentionsByDoc.get(m.doc) ?? [];
      list.push({ start: m.start, end: m.end, entity });
      mentionsByDoc.set(m.doc, list);
    }
  }
  for (const list of mentionsByDoc.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const relationsByDoc = new Map<string, IndexedRelation[]>();
  for (const relation of graph.relations) {
    const source = byId.get(relation.source);
    const target = byId.get(relation.target);
    if (!source || !target) throw new Error(`eval: relation ${relation.id} names an entity the graph does not hold`);
    const docs = new Map<string, { start: number; end: number }[]>();
    for (const e of relation.evidence) docs.set(e.doc, [...(docs.get(e.doc) ?? []), { start: e.start, end: e.end }]);
    for (const [doc, evidence] of docs) {
      const list = relationsByDoc.get(doc) ?? [];
      list.push({ relation, source, target, evidence });
      relationsByDoc.set(doc, list);
    }
  }
  return { docByFile, docByText, mentionsByDoc, relationsByDoc };
}

/** Reads and indexes a graph document file. */
export function readGraphIndex(path: string): GraphIndex {
  return indexGraph(JSON.parse(readFileSync(path, 'utf8')) as GraphDocument);
}

/** The name mentions of an entity in one document that lie inside [start, end). */
export function mentionsWithin(entity: Entity, doc: string, start: number, end: number): { start: number; end: number }[] {
  return entity.mentions.filter((m) => m.doc === doc && (!m.kind || m.kind === 'name') && m.start >= start && m.end <= end);
}

/** The document extracted from an input file: by its name, or by its text when it repeated an earlier input. */
export function documentOf(index: GraphIndex, file: string, text: string): string | undefined {
  return index.docByFile.get(file) ?? index.docByText.get(text);
}
