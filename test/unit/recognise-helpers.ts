// Shared helpers for recognition and resolution tests: extract a graph from short texts written for the tests.
import { extractGraph } from '../../src/pipeline/extract-graph.js';
import type { Entity, GraphDocument } from '../../src/document/graph-document.js';

/** Extracts a graph from one or more texts. */
export function extract(...texts: string[]): GraphDocument {
  return extractGraph(texts.map((content, i) => ({ source: `t${i}.txt`, format: 'txt' as const, content }))).graph;
}

/** The entity whose name or aliases include `name`, or undefined. */
export function entityNamed(graph: GraphDocument, name: string): Entity | undefined {
  return graph.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** The text each mention of an entity covers in its document. */
export function mentionTexts(graph: GraphDocument, entity: Entity): string[] {
  return entity.mentions.map((m) => graph.documents.find((d) => d.id === m.doc)!.text.slice(m.start, m.end));
}
