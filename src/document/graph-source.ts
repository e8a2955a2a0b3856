// A graph document as its three lists, read as often as a reader asks: from memory for a document held whole, or
// from its file one element at a time, so that loading and validating a large document never holds it whole.
import type { Entity, GraphDocument, Relation, SourceDocument } from './graph-document.js';
import { readGraphFile } from './graph-file-reader.js';

export interface GraphLists {
  documents: SourceDocument;
  entities: Entity;
  relations: Relation;
}
export type GraphListName = keyof GraphLists;

/** The three lists, in the order their elements refer to each other (entities to documents, relations to both). */
export const GRAPH_LISTS: readonly GraphListName[] = ['documents', 'entities', 'relations'];

/** Whether a key names one of the three lists. */
export function isGraphListName(key: string): key is GraphListName {
  return GRAPH_LISTS.some((name) => name === key);
}

/** A parsed document's own level, each list that is a list given as [] (what GraphSource.topLevel gives). */
export function topLevelOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const lists: Record<string, unknown> = Object.fromEntries(Object.entries(value));
  return { ...lists, ...Object.fromEntries(GRAPH_LISTS.map((name) => [name, Array.isArray(lists[name]) ? [] : lists[name]])) };
}

/** One element of one list, with its index in that list. */
export type GraphElement = { [L in GraphListName]: { list: L; index: number; value: GraphLists[L] } }[GraphListName];
/** An element as parsed from a file, its shape not yet checked (validate-document.ts narrows it to a GraphElement). */
export interface RawGraphElement {
  list: GraphListName;
  index: number;
  value: unknown;
}

/** A graph document's elements; from a file they come as RawGraphElement until checked. */
export interface GraphSource<Element extends RawGraphElement = GraphElement> {
  /** The document's own properties (version, generator, …), each list given as [] when it is a list. */
  topLevel(): Promise<Record<string, unknown>>;
  /**
   * The elements of the lists named, in the order they are stored (for a file, the order they are written in; for
   * a document in memory, list by list as named). Every call reads them afresh, in one pass.
   */
  elements(lists: readonly GraphListName[]): AsyncIterable<Element>;
}

/** A source over a document already in memory. */
export function graphSourceOf(graph: GraphDocument): GraphSource {
  return {
    async topLevel() {
      // A document in memory always holds its three lists.
      return { ...graph, documents: [], entities: [], relations: [] };
    },
    async *elements(lists) {
      for (const list of lists) yield* elementsOf(graph, list);
    },
  };
}

/** The elements of one list of a document in memory, each typed by its list. */
function* elementsOf(graph: GraphDocument, list: GraphListName): Iterable<GraphElement> {
  if (list === 'documents') for (const [index, value] of graph.documents.entries()) yield { list, index, value };
  else if (list === 'entities') for (const [index, value] of graph.entities.entries()) yield { list, index, value };
  else for (const [index, value] of graph.relations.entries()) yield { list, index, value };
}

/**
 * A source over a graph document file, read element by element (readGraphFile). Elements are handed out as
 * parsed, unchecked: validate them (GraphValidator) before trusting their shape.
 */
export function graphFileSource(file: string): GraphSource<RawGraphElement> {
  return {
    async topLevel() {
      const top: Record<string, unknown> = {};
      // The lists are skipped (and given as empty arrays): this reads the whole file but parses little of it.
      for await (const item of readGraphFile(file, new Set())) top[item.key] = item.value;
      return top;
    },
    async *elements(lists) {
      for await (const item of readGraphFile(file, new Set(lists))) {
        if (item.index !== undefined && isGraphListName(item.key)) yield { list: item.key, index: item.index, value: item.value };
      }
    },
  };
}
