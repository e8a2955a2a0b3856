// Louvain community detection off the main thread: the page posts the graph's edges as index pairs, this worker runs
// graphology-communities-louvain (seeded, so the same graph gets the same communities) and posts back one community
// number per node. On a corpus graph this takes seconds that would otherwise freeze the page. Type-checked with the
// WebWorker lib (web/tsconfig.worker.json), where `self` is the worker's global scope.
import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { interop } from './interop.js';
import type { CommunitiesAnswer, CommunitiesRequest } from './communities-messages.js';

const louvain = interop(louvainModule);

self.onmessage = (event: MessageEvent<CommunitiesRequest>) => {
  const { order, edges } = event.data;
  const graph = new graphology.UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(i);
  for (let i = 0; i < edges.length; i += 2) if (edges[i] !== edges[i + 1]) graph.mergeEdge(edges[i], edges[i + 1]);
  let seed = 42;
  const rng = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const found: Record<string, number> = graph.size > 0 ? louvain(graph, { getEdgeWeight: null, rng }) : {};
  const communities = new Int32Array(order);
  // Nodes without an edge are each their own community; Louvain numbers start at 0, so these are put after them.
  let next = Math.max(-1, ...Object.values(found)) + 1;
  for (let i = 0; i < order; i++) communities[i] = found[i] ?? next++;
  self.postMessage({ communities } satisfies CommunitiesAnswer, [communities.buffer]);
};
