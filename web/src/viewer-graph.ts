// The ViewerGraph: the graphology graph sigma draws, built from the API's or a file's ViewerGraphData. Node and edge
// attributes are data (type, counts, metrics, position); highlighting and filtering never write here, they are done by
// sigma reducers (renderer.ts) from the store's state.
import graphology from 'graphology';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { ViewerGraphData } from '../../src/viewer/viewer-data.js';
import { entityColor, familyOf, relationColor } from './schema-view.js';
import { interop } from './interop.js';

const pagerank = interop(pagerankModule);

export interface NodeAttributes {
  label: string;
  entityType: string;
  aliases: string[];
  mentionCount: number;
  /** Articles that mention the entity. */
  documentCount: number;
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
  /** Publication day of the earliest article stating the relation. */
  published?: string;
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
      label: e.name,
      entityType: e.type,
      aliases: e.aliases,
      mentionCount: e.mentionCount,
      documentCount: e.documentCount ?? 0,
      x: (anchor?.x ?? 0) + radius * Math.cos(angle),
      y: (anchor?.y ?? 0) + radius * Math.sin(angle),
      size: 4,
      color: entityColor(e.type),
      degree: 0,
      pagerank: 0,
      community: -1,
    });
    added.push(e.id);
  });
  for (const r of data.relations) {
    if (graph.hasEdge(r.id) || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      relationType: r.type,
      family: familyOf(r.type),
      confidence: r.confidence,
      date: r.date,
      published: r.published,
      negated: r.negated,
      verb: r.verb,
      object: r.object,
      label: r.type.replace(/_/g, ' ').toLowerCase(),
      color: relationColor(r.type),
      size: 1 + 2 * r.confidence,
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

/** A new ViewerGraph from data. */
export function createViewerGraph(data: ViewerGraphData): ViewerGraph {
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
