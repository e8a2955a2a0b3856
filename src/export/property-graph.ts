// The property graph every export format is written from: nodes with labels and properties, relationships with a
// type, endpoints and properties — the shape Neo4j returns, made JSON-safe so it can cross process and HTTP borders.

/** A JSON value; Neo4j integers, temporals and points are converted to these before they get here. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface PropertyNode {
  /** Stable key: the node's `id` property when it has one (entities, documents), else Neo4j's elementId. */
  id: string;
  labels: string[];
  properties: Record<string, JsonValue>;
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
}

export interface PropertyGraph {
  nodes: PropertyNode[];
  relationships: PropertyRelationship[];
}

/** Sorts nodes and relationships by key so the same subgraph always gives the same file, byte for byte. */
export function sortPropertyGraph(graph: PropertyGraph): PropertyGraph {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byId), relationships: [...graph.relationships].sort(byId) };
}

/** Keeps only relationships of the given types (all when `types` is empty) and the nodes they touch or that match. */
export function filterRelationshipTypes(graph: PropertyGraph, types: string[]): PropertyGraph {
  if (types.length === 0) return graph;
  const wanted = new Set(types);
  const relationships = graph.relationships.filter((r) => wanted.has(r.type));
  const touched = new Set(relationships.flatMap((r) => [r.start, r.end]));
  const nodes = graph.nodes.filter((n) => touched.has(n.id) || n.labels.some((l) => wanted.has(l)));
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

/** The attributes a GEXF/GraphML node carries: `labels` (JSON list) plus every property, flattened. */
export function nodeAttributes(node: PropertyNode): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = { labels: JSON.stringify(node.labels) };
  for (const [key, value] of Object.entries(node.properties)) attributes[key] = scalarAttribute(value);
  const name = node.properties.name;
  attributes.label = typeof name === 'string' ? name : node.labels[0] ?? node.id;
  return attributes;
}

/** The attributes a GEXF/GraphML edge carries: `type` plus every property, flattened. */
export function relationshipAttributes(relationship: PropertyRelationship): Record<string, string | number | boolean> {
  const attributes: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(relationship.properties)) attributes[key] = scalarAttribute(value);
  attributes.type = relationship.type;
  return attributes;
}
