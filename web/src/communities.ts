// Asks the communities worker for the graph's Louvain communities and writes them on the nodes.
import type { CommunitiesAnswer } from './communities-messages.js';
import type { ViewerGraph } from './viewer-graph.js';
import { valueAt } from '../../src/util/checked-index.js';

/** Resolves once every node has its `community` attribute. */
export function detectCommunities(graph: ViewerGraph): Promise<void> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const edges = new Uint32Array(graph.size * 2);
  let i = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    edges[i++] = valueAt(index, source);
    edges[i++] = valueAt(index, target);
  });
  const worker = new Worker(new URL('./communities-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CommunitiesAnswer>) => {
      const { communities } = event.data;
      nodes.forEach((node, n) => {
        const community = communities[n];
        if (community !== undefined && graph.hasNode(node)) graph.setNodeAttribute(node, 'community', community);
      });

      worker.terminate();
      resolve();
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`community detection failed: ${event.message}`));
    };
    worker.postMessage({ order: nodes.length, edges }, [edges.buffer]);
  });
}
