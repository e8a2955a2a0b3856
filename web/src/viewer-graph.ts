// The ViewerGraph: the graphology graph sigma draws, built from the API's or a file's ViewerGraphData. Node and edge
// attributes are data (type, counts, metrics, position); highlighting and filtering never write here, they are done by
// sigma reducers (renderer.ts) from the store's state.
import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ViewerGraphData } from '../../src/viewer/viewer-data.js';
import { entityColor, familyOf, relationColor } from './schema-view.js';
import { interop } from './interop.js';

const louvain = interop(louvainModule);
const pagerank = interop(pagerankModule);
const forceAtlas2 = interop(forceAtlas2Module);

export interface NodeAttributes {
  label: string;
  entityType: string;
  aliases: string[];
  mentionCount: number;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
  pagerank: number;
  community: number;
}

export interface EdgeAttributes {
  relationType: string;
  family: string;
  confidence: number;
  date?: string;
  negated?: boolean;
  verb?: string;
  object?: string;
  label: string;
  color: string;
  size: number;
}

export type ViewerGraph = InstanceType<typeof graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>>;

/** A deterministic number in [0, 1) from a string, so the same data always starts from the same positions. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

function addData(graph: ViewerGraph, data: ViewerGraphData, anchor?: { x: number; y: number }): string[] {
  const added: string[] = [];
  const n = Math.max(1, data.entities.length);
  data.entities.forEach((e, i) => {
    if (graph.hasNode(e.id)) return;
    // Golden-angle spiral around the anchor (or the origin), jittered by id: spread out, and the same every time.
    const angle = i * 2.399963 + hash01(e.id) * 0.5;
    const radius = anchor ? 2 + hash01(`${e.id}r`) * 3 : Math.sqrt((i + 0.5) / n) * Math.sqrt(n) * 10;
    graph.addNode(e.id, {
      label: e.name, entityType: e.type, aliases: e.aliases, mentionCount: e.mentionCount,
      x: (anchor?.x ?? 0) + radius * Math.cos(angle), y: (anchor?.y ?? 0) + radius * Math.sin(angle),
      size: 4, color: entityColor(e.type), degree: 0, pagerank: 0, community: 0,
    });
    added.push(e.id);
  });
  for (const r of data.relations) {
    if (graph.hasEdge(r.id) || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      relationType: r.type, family: familyOf(r.type), confidence: r.confidence, date: r.date, negated: r.negated, verb: r.verb, object: r.object,
      label: r.type.replace(/_/g, ' ').toLowerCase(), color: relationColor(r.type), size: 1 + 2 * r.confidence,
    });
  }
  return added;
}

/** Degree per node, written as a data attribute (sizes read it). Cheap, so always kept current. */
export function computeDegrees(graph: ViewerGraph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
}

/** PageRank per node; computed only when the user sizes nodes by it, since it is costly on large graphs. */
export function computePagerank(graph: ViewerGraph): void {
  let ranks: Record<string, number> = {};
  if (graph.size > 0) {
    try {
      ranks = pagerank(graph, { getEdgeWeight: null, maxIterations: 200, tolerance: 1e-6 });
    } catch {
      // Not converging on a pathological graph leaves every rank at 0: sizes fall back to the minimum.
    }
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', ranks[node] ?? 0));
}

/** Louvain community per node; computed only when the user colours by community. */
export function computeCommunities(graph: ViewerGraph): void {
  if (graph.order === 0) return;
  // A fixed random source makes the community colours the same on every load of the same graph.
  let seed = 42;
  const rng = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const communities = graph.size > 0 ? louvain(graph, { getEdgeWeight: null, rng }) : {};
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', communities[node] ?? 0));
}

/** Runs ForceAtlas2 in this thread for a fixed number of iterations: deterministic, so shared links reopen the same picture. */
export function settleSynchronously(graph: ViewerGraph, iterations: number): void {
  if (graph.order < 2) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: graph.order > 400, strongGravityMode: true, gravity: 0.05 } });
}

/** A new ViewerGraph from data. */
export function buildGraph(data: ViewerGraphData): ViewerGraph {
  const graph = new graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  addData(graph, data);
  computeDegrees(graph);
  return graph;
}

/** Adds the entities and relations of `data` not yet in `graph`, new nodes placed around `anchor`; returns the new ids. */
export function mergeIntoGraph(graph: ViewerGraph, data: ViewerGraphData, anchor?: string): string[] {
  const at = anchor && graph.hasNode(anchor) ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') } : undefined;
  const added = addData(graph, data, at);
  computeDegrees(graph);
  return added;
}
