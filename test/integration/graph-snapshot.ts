// A comparable picture of everything the loader wrote: every node (labels, properties) and relationship (type,
// endpoints, properties), sorted, with list properties sorted too (their order depends on load order by design).
import type { GraphDatabase } from '../../src/neo4j/connection.js';

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

function canonical(value: Record<string, unknown>): string {
  const entries = Object.entries(value)
    .map(([key, v]) => [key, Array.isArray(v) ? [...v].map(String).sort() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}

export async function graphSnapshot(database: GraphDatabase): Promise<GraphSnapshot> {
  const session = database.readSession();
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    const relationships = await session.run('MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props');
    return {
      nodes: nodes.records.map((r) => `${[...r.get('labels')].sort().join(':')} ${canonical(r.get('props'))}`).sort(),
      relationships: relationships.records.map((r) => `${r.get('source')} ${r.get('type')} ${r.get('target')} ${canonical(r.get('props'))}`).sort(),
    };
  } finally {
    await session.close();
  }
}

/** Entity ids that occur on more than one node (must never happen). */
export async function duplicateEntityIds(database: GraphDatabase): Promise<string[]> {
  const session = database.readSession();
  try {
    const result = await session.run('MATCH (n:Entity) WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN id');
    return result.records.map((r) => r.get('id') as string);
  } finally {
    await session.close();
  }
}
