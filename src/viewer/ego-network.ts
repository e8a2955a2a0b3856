// The neighbourhood walk, written once: breadth first from one entity, each hop taking the neighbours with the
// strongest relations first until the entity cap. The viewer API's ego-network search (Neo4j in
// src/neo4j/viewer-queries.ts and an opened graph file in graph-document-api.ts each answer the three questions
// below), kg export --entity (src/neo4j/export-queries.ts) and the viewer's ego mode over its shown edges
// (web/src/visibility.ts) all walk with it; the walk, its caps and its truncation flag are this file's.
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

/** What a breadth-first walk reached: the ids in the order reached (the start first), and whether a cap cut a hop. */
export interface Walk {
  ids: string[];
  cut: boolean;
}

/** One hop of a walk: the frontier to expand and how many more entities the cap leaves room for. */
interface Hop {
  frontier: string[];
  room: number;
}

/**
 * The breadth-first walk itself, apart from how neighbours are found (a Cypher query, an indexed file, the viewer's
 * shown edges): it yields each hop's frontier and takes back the frontier's neighbours, in rank order. A hop keeps
 * the neighbours not reached before, at most the room `limit` leaves; more than that marks the walk cut.
 */
function* breadthFirst(start: string, depth: number, limit: number): Generator<Hop, Walk, Iterable<string>> {
  const ids = [start];
  const reached = new Set(ids);
  let frontier = [start];
  let cut = false;
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const room = limit - ids.length;
    if (room <= 0) {
      cut = true;
      break;
    }
    const next: string[] = [];
    const fresh = new Set<string>();
    for (const n of yield { frontier, room }) {
      if (reached.has(n) || fresh.has(n)) continue;
      fresh.add(n);
      next.push(n);
    }
    if (next.length > room) {
      cut = true;
      next.length = room;
    }
    for (const n of next) reached.add(n);
    ids.push(...next);
    frontier = next;
  }
  return { ids, cut };
}

/**
 * Walks `depth` hops from `start`, asking `neighbours` for the entities one relation from a frontier (the room left
 * is passed plus one: getting that many says the hop was cut); at most `limit` entities in all.
 */
export async function walkNeighbourhood(
  start: string,
  depth: number,
  neighbours: (frontier: string[], atMost: number) => Promise<Iterable<string>>,
  limit = Infinity,
): Promise<Walk> {
  const walk = breadthFirst(start, depth, limit);
  let step = walk.next();
  while (!step.done) step = walk.next(await neighbours(step.value.frontier, step.value.room + 1));
  return step.value;
}

/** The same walk over neighbours known at once (the viewer's graph in memory); no cap. */
export function walkNeighbourhoodNow(start: string, depth: number, neighbours: (frontier: string[]) => Iterable<string>): Walk {
  const walk = breadthFirst(start, depth, Infinity);
  let step = walk.next();
  while (!step.done) step = walk.next(neighbours(step.value.frontier));
  return step.value;
}

/**
 * The ego network of `id`: every entity within `depth` (1-3) hops and the relations among them, breadth first,
 * capped at `entityLimit` entities (and six relations per entity). Depth 1 is the "expand" of one node.
 */
export async function searchEgoNetwork(store: NeighbourhoodStore, id: string, depth: number, entityLimit = 500): Promise<ViewerGraphData> {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) throw new RangeError(`egoNetwork: depth must be 1, 2 or 3, got ${depth}`);
  if (!(await store.hasEntity(id))) return emptyGraphData();
  const { ids, cut } = await walkNeighbourhood(id, depth, (frontier, atMost) => store.neighbourIds(frontier, atMost), entityLimit);
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
