// The property graph every export format is written from: nodes with labels and properties, relationships with a
// type, endpoints and properties — the shape Neo4j returns, made JSON-safe so it can cross process and HTTP borders.

/** A JSON value; Neo4j integers, temporals and points are converted to these before they get here. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface PropertyNode {
  /** Stable key: the node's `id` property when it has one (entities, documents), else Neo4j's elementId. */
  id: string;
  labels: string[];
  properties: Record<string, JsonValue>;
  /** Neo4j's type of each property (`valueType()`, e.g. "FLOAT NOT NULL"), when known: JSON cannot tell 1.0 from 1. */
  propertyTypes?: Record<string, string>;
}

export interface PropertyRelationship {
  /** Stable key: the relationship's `id` property when it has one, else Neo4j's elementId. */
  id: string;
  type: string;
  /** Key of the start node. */
  start: string;
  /** Key of the end node. */
  end: string;
  properties: Record<string, JsonValue>;
  /** Neo4j's type of each property, when known (see PropertyNode). */
  propertyTypes?: Record<string, string>;
}

export interface PropertyGraph {
  nodes: PropertyNode[];
  relationships: PropertyRelationship[];
}

/**
 * What `kg export` writes: the `selected` nodes and relationships, and the `provenance` the loader keeps beside them
 * (the :Sentence nodes their evidence ids name, the :Document nodes of those sentences and of the selected entities'
 * mentions, and the IN_DOCUMENT and MENTIONED_IN relationships), so no fact loses its quote and its article.
 */
export interface ExportGraph {
  selected: PropertyGraph;
  provenance: PropertyGraph;
}

/** Every node and relationship of an export, selected and provenance, sorted. */
export function exportUnion(graph: ExportGraph): PropertyGraph {
  return sortPropertyGraph({
    nodes: [...graph.selected.nodes, ...graph.provenance.nodes],
    relationships: [...graph.selected.relationships, ...graph.provenance.relationships],
  });
}

/** Sorts nodes and relationships by key so the same subgraph always gives the same file, byte for byte. */
export function sortPropertyGraph(graph: PropertyGraph): PropertyGraph {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byId), relationships: [...graph.relationships].sort(byId) };
}

/**
 * Keeps the nodes carrying one of `entityTypes` (all when empty) and the relationships of `relationTypes` (all when
 * empty) between kept nodes. With relation types only, nodes no kept relationship touches are dropped.
 */
export function filterByTypes(graph: PropertyGraph, entityTypes: string[], relationTypes: string[]): PropertyGraph {
  if (entityTypes.length === 0 && relationTypes.length === 0) return graph;
  const labels = new Set(entityTypes);
  const types = new Set(relationTypes);
  let nodes = labels.size === 0 ? graph.nodes : graph.nodes.filter((n) => n.labels.some((l) => labels.has(l)));
  const kept = new Set(nodes.map((n) => n.id));
  const relationships = graph.relationships.filter((r) => (types.size === 0 || types.has(r.type)) && kept.has(r.start) && kept.has(r.end));
  if (labels.size === 0) {
    const touched = new Set(relationships.flatMap((r) => [r.start, r.end]));
    nodes = nodes.filter((n) => touched.has(n.id));
  }
  return { nodes, relationships };
}

/**
 * Flattens a property value for formats whose attributes are scalars (GEXF, GraphML): scalars stay as they are,
 * lists and maps become their JSON text, so nothing is lost and a reader can JSON.parse them back.
 */
export function scalarAttribute(value: JsonValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

function flatProperties(properties: Record<string, JsonValue>): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== null) attributes[key] = scalarAttribute(value);
  return attributes;
}

/** The attributes a GEXF/GraphML node carries: `label` (its name, else its first label), `labels` (JSON list) and
 * every property, flattened. */
export function nodeAttributes(node: PropertyNode): Record<string, string | number | boolean> {
  const attributes = flatProperties(node.properties);
  attributes.labels = JSON.stringify(node.labels);
  const name = node.properties.name;
  attributes.label = typeof name === 'string' ? name : (node.labels[0] ?? node.id);
  return attributes;
}

/** The attributes a GEXF/GraphML edge carries: `type`, every property, flattened, and — when the relationship names
 * evidence found in `evidence` — `quotes` and `articles` (aligned JSON lists: sentence text, source of its article). */
export function relationshipAttributes(
  relationship: PropertyRelationship,
  evidence: Map<string, { quote: string; article: string }> = new Map(),
): Record<string, string | number | boolean> {
  const attributes = flatProperties(relationship.properties);
  attributes.type = relationship.type;
  const ids = relationship.properties.evidenceIds;
  if (Array.isArray(ids) && evidence.size > 0) {
    const found = ids.map((id) => evidence.get(String(id))).filter((e) => e !== undefined);
    attributes.quotes = JSON.stringify(found.map((e) => e.quote));
    attributes.articles = JSON.stringify(found.map((e) => e.article));
  }
  return attributes;
}
