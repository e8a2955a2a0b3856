// Turns what neo4j-driver returns (Integers, temporals, points, nodes, relationships, paths) into plain JSON, and
// gathers every node and relationship met on the way so a query result can also be shown as a graph.
import neo4j from 'neo4j-driver';
import type { Node, Relationship } from 'neo4j-driver';
import type { JsonValue, PropertyNode, PropertyRelationship } from '../export/property-graph.js';

/** Collects the nodes and relationships found in converted values, keyed by Neo4j elementId. */
export class GraphCollector {
  readonly nodes = new Map<string, PropertyNode>();
  readonly relationships = new Map<string, { relationship: PropertyRelationship; startElementId: string; endElementId: string }>();

  /** The stable key for a node: its `id` property when it has a string one (entities, documents), else its elementId. */
  nodeKey(node: Node): string {
    const id = node.properties.id;
    return typeof id === 'string' ? id : node.elementId;
  }

  addNode(node: Node): PropertyNode {
    const known = this.nodes.get(node.elementId);
    if (known) return known;
    const converted: PropertyNode = { id: this.nodeKey(node), labels: [...node.labels].sort(), properties: convertProperties(node.properties, this) };
    this.nodes.set(node.elementId, converted);
    return converted;
  }

  addRelationship(relationship: Relationship): PropertyRelationship {
    const known = this.relationships.get(relationship.elementId);
    if (known) return known.relationship;
    const id = relationship.properties.id;
    const converted: PropertyRelationship = {
      id: typeof id === 'string' ? id : relationship.elementId,
      type: relationship.type,
      // Filled in by endpointKeys() once the endpoint nodes are known.
      start: relationship.startNodeElementId,
      end: relationship.endNodeElementId,
      properties: convertProperties(relationship.properties, this),
    };
    this.relationships.set(relationship.elementId, {
      relationship: converted,
      startElementId: relationship.startNodeElementId,
      endElementId: relationship.endNodeElementId,
    });
    return converted;
  }

  /** ElementIds of relationship endpoints that no returned value contained. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const { startElementId, endElementId } of this.relationships.values()) {
      if (!this.nodes.has(startElementId)) missing.add(startElementId);
      if (!this.nodes.has(endElementId)) missing.add(endElementId);
    }
    return [...missing].sort();
  }

  /** Rewrites relationship endpoints from elementIds to node keys; call after all nodes are added. */
  resolveEndpoints(): void {
    for (const { relationship, startElementId, endElementId } of this.relationships.values()) {
      relationship.start = this.nodes.get(startElementId)?.id ?? startElementId;
      relationship.end = this.nodes.get(endElementId)?.id ?? endElementId;
    }
  }
}

function convertProperties(properties: Record<string, unknown>, collector: GraphCollector): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(properties).sort()) out[key] = toJsonValue(properties[key], collector);
  return out;
}

/**
 * Parameters as Neo4j should receive them: whole numbers become Cypher INTEGERs (the driver would send every JS number
 * as a FLOAT, which `LIMIT $n` and integer comparisons refuse); everything else is passed through unchanged.
 */
export function toCypherParameters(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

/** Element ids of every node and relationship inside a driver value (nodes, relationships, paths, lists, maps). */
export function collectElementIds(value: unknown, nodes: Set<string>, relationships: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (neo4j.isNode(value)) nodes.add(value.elementId);
  else if (neo4j.isRelationship(value)) {
    relationships.add(value.elementId);
    nodes.add(value.startNodeElementId);
    nodes.add(value.endNodeElementId);
  } else if (neo4j.isPath(value)) {
    collectElementIds(value.start, nodes, relationships);
    for (const segment of value.segments) {
      collectElementIds(segment.relationship, nodes, relationships);
      collectElementIds(segment.end, nodes, relationships);
    }
  } else if (Array.isArray(value)) for (const v of value) collectElementIds(v, nodes, relationships);
  else if (Object.getPrototypeOf(value) === Object.prototype) for (const v of Object.values(value)) collectElementIds(v, nodes, relationships);
}

/** A copy of a converted node as a JSON object (the collector's own node gets its endpoints' keys later). */
function nodeJson(node: PropertyNode): { [key: string]: JsonValue } {
  return { id: node.id, labels: node.labels, properties: node.properties };
}

/** A copy of a converted relationship as a JSON object, its endpoints still Neo4j elementIds. */
function relationshipJson(relationship: PropertyRelationship): { [key: string]: JsonValue } {
  const { id, type, start, end, properties } = relationship;
  return { id, type, start, end, properties };
}

/** Converts one driver value to JSON, recording graph elements in `collector`. */
export function toJsonValue(value: unknown, collector: GraphCollector): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return nodeJson(collector.addNode(value));
  if (neo4j.isRelationship(value)) return relationshipJson(collector.addRelationship(value));
  if (neo4j.isPath(value)) {
    const nodes: JsonValue[] = [toJsonValue(value.start, collector)];
    const relationships: JsonValue[] = [];
    for (const segment of value.segments) {
      relationships.push(toJsonValue(segment.relationship, collector));
      nodes.push(toJsonValue(segment.end, collector));
    }
    return { nodes, relationships };
  }
  if (neo4j.isPoint(value)) {
    const point: Record<string, JsonValue> = { srid: toJsonValue(value.srid, collector), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((v) => toJsonValue(v, collector));
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJsonValue(v, collector);
    return out;
  }
  return String(value);
}
