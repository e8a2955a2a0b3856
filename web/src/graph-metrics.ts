// PageRank and communities of the graph on screen, computed when a size or colour mode first needs them (and again
// after the graph grew), not on every load: both walk the whole graph, Louvain in a worker.
import { app, hook, setStatus, store } from './app-context.js';
import { detectCommunities } from './communities.js';
import type { ViewerState } from './store.js';
import { computePagerank, type ViewerGraph } from './viewer-graph.js';

/** Which graph, at which size, the metrics were computed for. */
let metricsFor: { graph: ViewerGraph | null; order: number; size: number; pagerank: boolean; communities: boolean } = {
  graph: null,
  order: 0,
  size: 0,
  pagerank: false,
  communities: false,
};

/** Computes the metrics the state's modes show, unless the graph on screen already has them. */
export function ensureMetrics(state: ViewerState): void {
  if (!app.mounted) return;
  const g = app.mounted.graph;
  if (metricsFor.graph !== g || metricsFor.order !== g.order || metricsFor.size !== g.size) {
    metricsFor = { graph: g, order: g.order, size: g.size, pagerank: false, communities: false };
  }
  if (state.sizeBy === 'pagerank' && !metricsFor.pagerank) {
    computePagerank(g);
    metricsFor.pagerank = true;
    app.mounted.renderer.dataChanged();
  }
  if (state.colorBy === 'community' && !metricsFor.communities) {
    metricsFor.communities = true;
    const m = app.mounted;
    const asked = metricsFor;
    hook.communitiesReady = false;
    detectCommunities(g).then(
      () => {
        // The graph may have grown meanwhile; then a newer request is on its way.
        if (app.mounted !== m || metricsFor !== asked) return;
        hook.communitiesReady = true;
        m.renderer.dataChanged();
        m.legend.update(store.state, m.renderer.visible(), m.renderer.coloring());
      },
      (error: Error) => setStatus(`Could not find communities: ${error.message}`, true),
    );
  }
}
