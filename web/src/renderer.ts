// Sigma 4 on the ViewerGraph. Everything the state changes on screen — filters, ego mode, hover dimming, selection,
// size and colour modes, edge labels — goes through nodeReducer/edgeReducer; graph data is never touched. Arrows and
// curved parallel edges come from sigma 4's own edge primitives (a curved path for parallel edges).
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { ViewerState } from './store.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';
import { computeVisible, type Visible } from './visibility.js';
import { COMMUNITY_PALETTE } from './schema-view.js';

const DIMMED = '#d9dde3';
/** Under this camera ratio (zoomed in) every shown edge has its label. */
const EDGE_LABEL_RATIO = 0.35;

export interface ViewerRenderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  visible(): Visible;
  sync(state: ViewerState): void;
  /** Recomputes what is shown after the graph's data changed (expand, query result). */
  dataChanged(): void;
}

export function createRenderer(container: HTMLElement, graph: ViewerGraph, initial: ViewerState): ViewerRenderer {
  let state = initial;
  let visible = computeVisible(graph, state);
  let hoverNeighbours = new Set<string>();
  let maxDegree = 1;
  let maxRank = 1e-9;
  const measure = () => {
    maxDegree = 1;
    maxRank = 1e-9;
    graph.forEachNode((_n, a) => { maxDegree = Math.max(maxDegree, a.degree); maxRank = Math.max(maxRank, a.pagerank); });
  };
  measure();
  let zoomedIn = false;

  const sigma: Sigma<NodeAttributes, EdgeAttributes> = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    primitives: {
      edges: { paths: [pathLine(), pathCurved(), pathLoop()], extremities: [extremityArrow()], defaultHead: 'arrow' },
    },
    styles: {
      edges: [DEFAULT_STYLES.edges, { path: 'straight', parallelPath: 'curved', head: 'arrow', labelColor: '#33373d', labelSize: 11 }],
    },
    settings: {
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size < 20_000,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      hideEdgesOnMove: graph.size > 20_000,
      // Sizes are in screen pixels, whatever the spread of the layout, so a small graph does not draw giant nodes.
      itemSizesReference: 'screen',
    },
    nodeReducer: (node, data, attrs) => {
      const out: Partial<NodeDisplayData> = {};
      if (!visible.nodes.has(node)) return { visibility: 'hidden' };
      const share = state.sizeBy === 'pagerank' ? attrs.pagerank / maxRank : attrs.degree / maxDegree;
      out.size = 2.5 + 9.5 * Math.sqrt(share);
      if (state.colorBy === 'community') out.color = COMMUNITY_PALETTE[attrs.community % COMMUNITY_PALETTE.length];
      const selected = state.selection;
      if (selected?.kind === 'node' && selected.id === node) { out.highlighted = true; out.labelVisibility = 'visible'; out.zIndex = 2; }
      if (selected?.kind === 'edge' && graph.hasEdge(selected.id) && graph.extremities(selected.id).includes(node)) { out.highlighted = true; out.labelVisibility = 'visible'; }
      if (state.hoveredNode && node !== state.hoveredNode && !hoverNeighbours.has(node)) {
        out.color = DIMMED; out.labelVisibility = 'hidden'; out.zIndex = 0; out.highlighted = false;
      } else if (state.hoveredNode) {
        out.labelVisibility = 'visible'; out.zIndex = 1;
      }
      return { ...data, ...out };
    },
    edgeReducer: (edge, data, attrs) => {
      if (!visible.edges.has(edge)) return { visibility: 'hidden' };
      const out: Partial<EdgeDisplayData> = {};
      const [source, target] = graph.extremities(edge);
      const selected = state.selection?.kind === 'edge' && state.selection.id === edge;
      const touchesHover = state.hoveredNode !== null && (source === state.hoveredNode || target === state.hoveredNode);
      if (state.hoveredNode && !touchesHover) return { ...data, color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
      out.labelVisibility = selected || touchesHover ? 'visible' : zoomedIn ? 'auto' : 'hidden';
      if (selected) { out.size = (attrs.size ?? 1) + 3; out.zIndex = 2; }
      if (attrs.negated) out.color = '#9aa3ad';
      return { ...data, ...out };
    },
  });

  // Edge labels depend on the zoom level, which reducers only see when sigma re-runs them.
  zoomedIn = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
  sigma.getCamera().on('updated', (camera) => {
    const now = camera.ratio < EDGE_LABEL_RATIO;
    if (now !== zoomedIn) { zoomedIn = now; sigma.refresh({ skipIndexation: true }); }
  });

  return {
    sigma,
    visible: () => visible,
    sync(next) {
      const previous = state;
      state = next;
      const filtersChanged = previous.hiddenEntityTypes !== next.hiddenEntityTypes || previous.hiddenRelationTypes !== next.hiddenRelationTypes
        || previous.minConfidence !== next.minConfidence || previous.dateFrom !== next.dateFrom || previous.dateTo !== next.dateTo
        || previous.egoDepth !== next.egoDepth || previous.egoCenter !== next.egoCenter;
      if (filtersChanged) visible = computeVisible(graph, next);
      if (previous.hoveredNode !== next.hoveredNode) hoverNeighbours = next.hoveredNode && graph.hasNode(next.hoveredNode) ? new Set(graph.neighbors(next.hoveredNode)) : new Set();
      const visualChanged = filtersChanged || previous.hoveredNode !== next.hoveredNode || previous.selection !== next.selection
        || previous.sizeBy !== next.sizeBy || previous.colorBy !== next.colorBy;
      if (visualChanged) sigma.refresh({ skipIndexation: !filtersChanged });
    },
    dataChanged() {
      measure();
      visible = computeVisible(graph, state);
      sigma.refresh();
    },
  };
}
