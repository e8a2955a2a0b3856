// Sigma 4 on the ViewerGraph. Everything the state changes on screen — filters, ego mode, hover dimming, selection,
// size and colour modes, edge labels — goes through nodeReducer/edgeReducer; graph data is never touched. Reducers do
// constant work per item: everything they need (visible sets, hover neighbours, colours, size maxima) is computed once
// per change of state, never per node. Arrows and
// curved parallel edges come from sigma 4's own edge primitives (a curved path for parallel edges).
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { LabelDensity, SizeBy, ViewerState } from './store.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';
import { computeVisible, type Visible } from './visibility.js';
import { buildColoring, type Coloring } from './coloring.js';

const DIMMED = '#d9dde3';
/** Under this camera ratio (zoomed in) every shown edge has its label. */
const EDGE_LABEL_RATIO = 0.35;
/**
 * Above this many relations, parallel relations share one straight line and relations cannot be clicked while the
 * layout runs. Sigma compiles one edge program for every path it may draw, and with software WebGL the curved path's
 * fragment work and the picking pass each add a large share to every frame of a corpus graph.
 */
const LARGE_GRAPH_EDGES = 1000;

export interface ViewerRenderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  visible(): Visible;
  /** The node colours in use and their legend. */
  coloring(): Coloring;
  sync(state: ViewerState): void;
  /** Recomputes what is shown after the graph's data changed (expand, query result). */
  dataChanged(): void;
}

/** Sigma's label settings per density: fewer, larger cells show only the biggest names; smaller cells show more. */
const LABEL_SETTINGS: Record<LabelDensity, { labelDensity: number; labelGridCellSize: number; labelRenderedSizeThreshold: number }> = {
  few: { labelDensity: 0.35, labelGridCellSize: 150, labelRenderedSizeThreshold: 9 },
  normal: { labelDensity: 1, labelGridCellSize: 90, labelRenderedSizeThreshold: 6 },
  many: { labelDensity: 3, labelGridCellSize: 50, labelRenderedSizeThreshold: 1 },
};

/** The value a node is sized by. */
function sizeValue(attrs: NodeAttributes, sizeBy: SizeBy): number {
  switch (sizeBy) {
    case 'mentions':
      return attrs.mentionCount;
    case 'articles':
      return attrs.documentCount;
    case 'pagerank':
      return attrs.pagerank;
    default:
      return attrs.degree;
  }
}

/** Relations answer the mouse unless the graph is large and the layout is moving it. */
function edgeEventsWanted(graph: ViewerGraph, state: ViewerState): boolean {
  return graph.size < 20_000 && (graph.size <= LARGE_GRAPH_EDGES || !state.layoutRunning);
}

export function createRenderer(container: HTMLElement, graph: ViewerGraph, initial: ViewerState): ViewerRenderer {
  let state = initial;
  let visible = computeVisible(graph, state);
  let hoverNeighbours = new Set<string>();
  let selectedEnds = new Set<string>();
  /** Multi-selected and pinned entities: highlighted, names always drawn. */
  let picked = new Set(initial.pickedNodes);
  let pinned = new Set(initial.pinnedNodes);
  /** The selected entity and its neighbours, when they stay highlighted. */
  let kept: Set<string> | null = null;
  let coloring: Coloring = buildColoring(graph, state.colorBy);
  let maxSize = 1;
  const measure = () => {
    maxSize = 1e-9;
    graph.forEachNode((_n, a) => {
      maxSize = Math.max(maxSize, sizeValue(a, state.sizeBy));
    });
  };
  measure();
  let zoomedIn = false;

  const large = graph.size > LARGE_GRAPH_EDGES;
  const sigma: Sigma<NodeAttributes, EdgeAttributes> = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    primitives: {
      edges: large
        ? { paths: [pathLine(), pathLoop()], extremities: [extremityArrow()], defaultHead: 'arrow' }
        : { paths: [pathLine(), pathCurved(), pathLoop()], extremities: [extremityArrow()], defaultHead: 'arrow' },
    },
    styles: {
      edges: [
        DEFAULT_STYLES.edges,
        large
          ? { path: 'straight', head: 'arrow', labelColor: '#33373d', labelSize: 11 }
          : { path: 'straight', parallelPath: 'curved', head: 'arrow', labelColor: '#33373d', labelSize: 11 },
      ],
    },
    settings: {
      // Edge labels are drawn only when some are wanted (see wantEdgeLabels): sigma then skips their passes.
      renderEdgeLabels: false,
      enableEdgeEvents: edgeEventsWanted(graph, initial),
      ...LABEL_SETTINGS[state.labels],
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      // With software WebGL, drawing every edge and name on each frame of a zoom or pan of a corpus graph makes it stutter;
      // they come back as soon as the camera rests.
      hideEdgesOnMove: graph.size > 1000,
      hideLabelsOnMove: graph.order > 1000,
      // Sizes are in screen pixels, whatever the spread of the layout, so a small graph does not draw giant nodes.
      itemSizesReference: 'screen',
    },
    nodeReducer: (node, data, attrs) => {
      if (!visible.nodes.has(node)) return { visibility: 'hidden' };
      const out: Partial<NodeDisplayData> = { size: 2.5 + 10 * Math.sqrt(sizeValue(attrs, state.sizeBy) / maxSize), color: coloring.colorOf(node) };
      const selected = state.selection;
      if (selected?.kind === 'node' && selected.id === node) {
        out.highlighted = true;
        out.labelVisibility = 'visible';
        out.zIndex = 2;
      }
      if (selectedEnds.has(node) || picked.has(node)) {
        out.highlighted = true;
        out.labelVisibility = 'visible';
      } else if (pinned.has(node)) out.labelVisibility = 'visible';
      if (state.hoveredNode && node !== state.hoveredNode && !hoverNeighbours.has(node)) {
        out.color = DIMMED;
        out.labelVisibility = 'hidden';
        out.zIndex = 0;
        out.highlighted = false;
      } else if (state.hoveredNode) {
        out.labelVisibility = 'visible';
        out.zIndex = 1;
      } else if (kept) {
        if (kept.has(node)) {
          out.labelVisibility = 'visible';
          out.zIndex = 1;
        } else {
          out.color = DIMMED;
          out.labelVisibility = 'hidden';
          out.zIndex = 0;
        }
      }
      return { ...data, ...out };
    },
    edgeReducer: (edge, data, attrs) => {
      if (!visible.edges.has(edge)) return { visibility: 'hidden' };
      const out: Partial<EdgeDisplayData> = {};
      const selected = state.selection?.kind === 'edge' && state.selection.id === edge;
      const touchesHover = state.hoveredNode !== null && (graph.source(edge) === state.hoveredNode || graph.target(edge) === state.hoveredNode);
      if (state.hoveredNode && !touchesHover) return { ...data, color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
      if (!state.hoveredNode && kept && !(kept.has(graph.source(edge)) && kept.has(graph.target(edge))))
        return { ...data, color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
      out.labelVisibility = selected || touchesHover ? 'visible' : zoomedIn ? 'auto' : 'hidden';
      if (selected) {
        out.size = (attrs.size ?? 1) + 3;
        out.zIndex = 2;
      }
      if (attrs.negated) out.color = '#9aa3ad';
      return { ...data, ...out };
    },
  });

  // Edge labels depend on the zoom level, which reducers only see when sigma re-runs them.
  zoomedIn = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
  /** Some edge label can show: zoomed in, or a hovered entity's, a selected relation's or a kept neighbourhood's. */
  const wantEdgeLabels = () => zoomedIn || state.hoveredNode !== null || state.selection?.kind === 'edge' || kept !== null;
  const syncEdgeSettings = () => {
    if (sigma.getSetting('renderEdgeLabels') !== wantEdgeLabels()) sigma.setSetting('renderEdgeLabels', wantEdgeLabels());
    if (sigma.getSetting('enableEdgeEvents') !== edgeEventsWanted(graph, state)) sigma.setSetting('enableEdgeEvents', edgeEventsWanted(graph, state));
  };
  sigma.getCamera().on('updated', (camera) => {
    const now = camera.ratio < EDGE_LABEL_RATIO;
    if (now !== zoomedIn) {
      zoomedIn = now;
      syncEdgeSettings();
      sigma.refresh({ skipIndexation: true });
    }
  });

  const selectedEdgeEnds = (selection: ViewerState['selection']) =>
    new Set(selection?.kind === 'edge' && graph.hasEdge(selection.id) ? graph.extremities(selection.id) : []);
  selectedEnds = selectedEdgeEnds(state.selection);
  const keptAround = (s: ViewerState) => {
    const id = s.selection?.kind === 'node' ? s.selection.id : null;
    if (s.pathNodes.length > 0) return new Set(s.pathNodes);
    return s.highlightNeighbours && id && graph.hasNode(id) ? new Set([id, ...graph.neighbors(id)]) : null;
  };
  kept = keptAround(state);
  syncEdgeSettings();

  return {
    sigma,
    visible: () => visible,
    coloring: () => coloring,
    sync(next) {
      const previous = state;
      state = next;
      const filtersChanged =
        previous.hiddenEntityTypes !== next.hiddenEntityTypes ||
        previous.hiddenRelationTypes !== next.hiddenRelationTypes ||
        previous.minConfidence !== next.minConfidence ||
        previous.dateFrom !== next.dateFrom ||
        previous.dateTo !== next.dateTo ||
        previous.egoDepth !== next.egoDepth ||
        previous.egoCenter !== next.egoCenter ||
        previous.showIsolated !== next.showIsolated ||
        previous.minDegree !== next.minDegree ||
        previous.minMentions !== next.minMentions ||
        previous.hiddenNodes !== next.hiddenNodes ||
        // Hidden unconnected entities stay shown while selected.
        (!next.showIsolated && previous.selection !== next.selection);
      if (filtersChanged) visible = computeVisible(graph, next);
      if (previous.hoveredNode !== next.hoveredNode)
        hoverNeighbours = next.hoveredNode && graph.hasNode(next.hoveredNode) ? new Set(graph.neighbors(next.hoveredNode)) : new Set();
      if (previous.selection !== next.selection) selectedEnds = selectedEdgeEnds(next.selection);
      if (previous.selection !== next.selection || previous.highlightNeighbours !== next.highlightNeighbours || previous.pathNodes !== next.pathNodes)
        kept = keptAround(next);
      if (previous.pickedNodes !== next.pickedNodes) picked = new Set(next.pickedNodes);
      if (previous.pinnedNodes !== next.pinnedNodes) pinned = new Set(next.pinnedNodes);
      if (previous.sizeBy !== next.sizeBy) measure();
      if (previous.colorBy !== next.colorBy) coloring = buildColoring(graph, next.colorBy);
      if (previous.labels !== next.labels) sigma.setSettings(LABEL_SETTINGS[next.labels]);
      syncEdgeSettings();
      const visualChanged =
        filtersChanged ||
        previous.hoveredNode !== next.hoveredNode ||
        previous.selection !== next.selection ||
        previous.highlightNeighbours !== next.highlightNeighbours ||
        previous.pathNodes !== next.pathNodes ||
        previous.pickedNodes !== next.pickedNodes ||
        previous.pinnedNodes !== next.pinnedNodes ||
        previous.sizeBy !== next.sizeBy ||
        previous.colorBy !== next.colorBy;
      if (visualChanged) sigma.refresh({ skipIndexation: !filtersChanged });
    },
    dataChanged() {
      measure();
      coloring = buildColoring(graph, state.colorBy);
      visible = computeVisible(graph, state);
      sigma.refresh();
    },
  };
}
