// The ego-network search of the viewer API, written once: breadth first from one entity, each hop taking the
// neighbours with the strongest relations first until the entity cap, then the relations among what was reached.
// Neo4j (src/neo4j/viewer-queries.ts) and an opened graph file (graph-document-api.ts) each answer the three
// questions below; the search itself, its caps and its truncation flag are this file's.
import type { ViewerGraphData } from './viewer-data.js';

/** The questions an ego-network search asks of a graph. */
export interface NeighbourhoodStore {
  /** True when the graph has an entity with this id. */
  hasEntity(id: string): Promise<boolean>;
  /**
   * Entities one relation (either direction) away from any of `ids` and not among them, ranked by the highest
   * confidence of the relations reaching them, then by id; at most `limit`.
   */
  neighbourIds(ids: string[], limit: number): Promise<string[]>;
  /** The entities `ids` (by id) and the relations among them, most confident first, at most `relationLimit`. */
  subgraph(ids: string[], relationLimit: number): Promise<ViewerGraphData>;
}

/** An empty answer: the entity is not in the graph. */
function emptyGraphData(): ViewerGraphData {
  return { entities: [], relations: [], truncated: false, counts: { entities: 0, relations: 0, entityTypes: {}, relationTypes: {} } };
}

/**
 * The ego network of `id`: every entity within `depth` (1-3) hops and the relations among them, breadth first,
 * capped at `entityLimit` entities (and six relations per entity). Depth 1 is the "expand" of one node.
 */
export async function searchEgoNetwork(store: NeighbourhoodStore, id: string, depth: number, entityLimit = 500): Promise<ViewerGraphData> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError(`egoNetwork: depth must be 1, 2 or 3, got ${depth}`);
  if (!(await store.hasEntity(id))) return emptyGraphData();
  const ids = [id];
  const reached = new Set(ids);
  let frontier = [id];
  let cut = false;
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const room = entityLimit - ids.length;
    if (room <= 0) {
      cut = true;
      break;
    }
    // One more than there is room for: getting it says the hop was cut.
    const next = (await store.neighbourIds(frontier, room + 1)).filter((n) => !reached.has(n));
    if (next.length > room) {
      cut = true;
      next.length = room;
    }
    for (const n of next) reached.add(n);
    ids.push(...next);
    frontier = next;
  }
  const graph = await store.subgraph(ids, entityLimit * 6);
  return { ...graph, truncated: graph.truncated || cut };
}

/** Totals per entity type and relation type of a cut-out subgraph. */
export function subgraphCounts(entities: { type: string }[], relations: { type: string }[]): ViewerGraphData['counts'] {
  const entityTypes: Record<string, number> = {};
  for (const e of entities) entityTypes[e.type] = (entityTypes[e.type] ?? 0) + 1;
  const relationTypes: Record<string, number> = {};
  for (const r of relations) relationTypes[r.type] = (relationTypes[r.type] ?? 0) + 1;
  return { entities: entities.length, relations: relations.length, entityTypes, relationTypes };
}
