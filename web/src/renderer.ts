// Sigma 4 on the ViewerGraph. Everything the state changes on screen — filters, ego mode, hover highlight, selection,
// size and colour modes, edge labels — goes through the reducers (reducers.ts); graph data is never touched. A change
// that concerns a few items (a hover on a corpus graph, a selection, a pick, a pin) re-runs them on those items only.
// Sigma itself, and the settings it is created with, are in viewer-sigma.ts; a corpus graph's first frames in
// staging.ts.
import type Sigma from 'sigma';
import type { ViewerState } from './store.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';
import { computeVisible, type Visible } from './visibility.js';
import { buildColoring, type Coloring } from './coloring.js';
import { handOverInParts, type HandoverRun } from './staging.js';
import { drawAside } from './stage-warm-up.js';
import { createStage, LABEL_SETTINGS, LARGE_GRAPH_EDGES, type Stage, type ViewerSigma } from './viewer-sigma.js';
import { edgeReducer, nodeReducer, sizeValue, type DrawState } from './reducers.js';
import { relationNear } from './relation-picking.js';
import { partialRedraw } from './redraw.js';
import { trackFrameTime } from './frame-time.js';
import { followZoom } from './edge-labels.js';

/** State that decides which items are shown. */
const FILTER_KEYS: (keyof ViewerState)[] = [
  'hiddenEntityTypes',
  'hiddenRelationTypes',
  'minConfidence',
  'dateFrom',
  'dateTo',
  'egoDepth',
  'egoCenter',
  'showIsolated',
  'minDegree',
  'minMentions',
  'hiddenNodes',
];
/** State that changes how shown items are drawn. */
const VISUAL_KEYS: (keyof ViewerState)[] = ['hoveredNode', 'selection', 'highlightNeighbours', 'pathNodes', 'pickedNodes', 'pinnedNodes', 'sizeBy', 'colorBy'];
/** State whose change redraws a few items only (or none: the camera, the layout switch, the label density setting). */
const LOCAL_KEYS = new Set<keyof ViewerState>(['hoveredNode', 'selection', 'pickedNodes', 'pinnedNodes', 'camera', 'layoutRunning', 'labels']);

export interface ViewerRenderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  visible(): Visible;
  /** The node colours in use and their legend. */
  coloring(): Coloring;
  /** How long the last frame took to reach the screen (render to the next animation frame), in ms. */
  frameMs(): number;
  sync(state: ViewerState): void;
  /** Recomputes what is shown after the graph's data changed (expand, query result). */
  dataChanged(): void;
  /**
   * The shown relation drawn under a point of the stage (viewport pixels), on graphs where sigma does not pick
   * relations itself; null when there is none or sigma picks them.
   */
  relationAt(point: { x: number; y: number }): string | null;
}

/** Whether a graph is drawn as a corpus graph (see LARGE_GRAPH_EDGES). */
export function isLargeGraph(graph: ViewerGraph): boolean {
  return graph.size > LARGE_GRAPH_EDGES;
}

/**
 * Sets up the drawing of `graph` on `container`. `stage` is a sigma created beforehand (while the graph was fetched);
 * it is used if it was set up for a graph of this size and is still empty, and killed otherwise.
 */
export function createRenderer(
  container: HTMLElement,
  graph: ViewerGraph,
  initial: ViewerState,
  stage?: Stage,
  /** Told how many shown relations wait for the layout to stop on a corpus graph (0 once they are drawn; see staging.ts). */
  relationsHeld?: (count: number) => void,
): ViewerRenderer {
  const large = isLargeGraph(graph);
  const fits = stage !== undefined && stage.large === large && stage.shown.order === 0;
  if (stage && !fits) stage.sigma.kill();
  const { sigma, shown, setView } = fits ? stage : createStage(container, large, initial.labels);
  const visible0 = computeVisible(graph, initial);
  const d: DrawState = {
    state: initial,
    visible: visible0,
    coloring: buildColoring(graph, initial.colorBy),
    maxSize: 1,
    hoverNeighbours: new Set(),
    selectedEnds: new Set(),
    picked: new Set(initial.pickedNodes),
    pinned: new Set(initial.pinnedNodes),
    kept: null,
    // On a corpus graph sigma's set-up and first frame take the entities only, without names (see staging.ts).
    unnamed: new Set(large ? visible0.nodes : []),
    zoomedIn: false,
    // Small graphs dim everything but the hovered entity's neighbourhood; corpus graphs only light up the entity, its
    // neighbours and its relations, so a hover redraws just those items instead of every item.
    dimOnHover: !large,
  };
  /** Shown relations not handed to sigma yet: on a corpus graph every one at first (see staging.ts). */
  const withheld = new Set<string>(large ? visible0.edges : []);
  let sizeOf = (attrs: NodeAttributes) => sizeValue(attrs, d.state.sizeBy);
  const measure = () => {
    d.maxSize = 1e-9;
    graph.forEachNode((_n, a) => {
      d.maxSize = Math.max(d.maxSize, sizeValue(a, d.state.sizeBy));
    });
  };
  measure();
  setView({ nodeReducer: nodeReducer(d), edgeReducer: edgeReducer(d, graph) });
  if (sigma.getSetting('hideLabelsOnMove') !== graph.order > 1000) sigma.setSetting('hideLabelsOnMove', graph.order > 1000);
  if (fits) sigma.setSettings(LABEL_SETTINGS[initial.labels]);

  const addShownEdge = (edge: string) => shown.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  /**
   * Brings sigma's graph in line with `visible`: the shown entities and relations only, sharing their attribute
   * objects with the ViewerGraph. Sigma sets up, and draws in every frame, every item of its graph, hidden ones
   * included, and with unconnected entities hidden that was half of a corpus overview. Sigma follows its graph's events.
   */
  const syncShown = () => {
    for (const edge of shown.filterEdges((e) => !d.visible.edges.has(e))) shown.dropEdge(edge);
    for (const node of shown.filterNodes((n) => !d.visible.nodes.has(n))) shown.dropNode(node);
    for (const node of d.visible.nodes) if (!shown.hasNode(node)) shown.addNode(node, graph.getNodeAttributes(node));
    for (const edge of d.visible.edges) if (!shown.hasEdge(edge) && !withheld.has(edge)) addShownEdge(edge);
  };

  /**
   * Sigma frames the extent of its graph. Framed by every entity, as when hidden ones were in it, the view stays where
   * it is when entities come and go (the unconnected ones switched on, a hidden one searched for and selected).
   */
  const frameAll = () => {
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    graph.forEachNode((_node, { x, y }) => {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    });
    sigma.setCustomBBox(graph.order > 0 ? { x: [minX, maxX], y: [minY, maxY] } : null);
  };
  // Sigma is set up on an empty graph and framed before the shown items come in, so that its first frame already has
  // the frame of the whole graph; the items are processed for the first frame at the next animation frame.
  frameAll();
  syncShown();

  // Sigma hears changes of its own graph only: the layout's writes of positions and attributes set on an entity are
  // passed on for the shown items.
  const positionsWritten = (event: { hints?: Parameters<ViewerGraph['updateEachNodeAttributes']>[1] }) => {
    frameAll();
    shown.updateEachNodeAttributes((_node, attrs) => attrs, event.hints);
  };
  const attributeSet = ({ key }: { key: string }) => {
    if (shown.hasNode(key)) sigma.refresh({ partialGraph: { nodes: [key] }, schedule: true });
  };
  graph.on('eachNodeAttributesUpdated', positionsWritten);
  graph.on('nodeAttributesUpdated', attributeSet);
  sigma.on('kill', () => {
    graph.off('eachNodeAttributesUpdated', positionsWritten);
    graph.off('nodeAttributesUpdated', attributeSet);
  });

  const syncEdgeSettings = followZoom(sigma, d, () => !isLargeGraph(graph), large);

  const selectedEdgeEnds = (selection: ViewerState['selection']) =>
    new Set(selection?.kind === 'edge' && graph.hasEdge(selection.id) ? graph.extremities(selection.id) : []);
  d.selectedEnds = selectedEdgeEnds(d.state.selection);
  const keptAround = (s: ViewerState) => {
    const id = s.selection?.kind === 'node' ? s.selection.id : null;
    if (s.pathNodes.length > 0) return new Set(s.pathNodes);
    return s.highlightNeighbours && id && graph.hasNode(id) ? new Set([id, ...graph.neighbors(id)]) : null;
  };
  d.kept = keptAround(d.state);
  syncEdgeSettings();

  // The first frame of a corpus graph has sigma compile and run every program at once, which software WebGL turns into
  // one task of a second or more. Staged: sigma's set-up and first frame take the entities only; the names come
  // after the first frame, a part per frame, and then the relations, a part per task.
  let handover: HandoverRun | undefined;
  if (large) {
    handover = handOverInParts({
      sigma,
      graph,
      shown,
      withheld,
      unnamed: d.unnamed,
      isShown: (edge) => d.visible.edges.has(edge),
      addShownEdge,
      sizeOf: () => sizeOf,
      drawAside: (draw) => drawAside(sigma, draw),
      layoutRunning: () => d.state.layoutRunning,
      relationsHeld,
    });
    sigma.on('kill', () => handover?.stop());
  }
  const frameMs = trackFrameTime(sigma);

  return {
    sigma,
    frameMs,
    visible: () => d.visible,
    coloring: () => d.coloring,
    sync(next) {
      const previous = d.state;
      d.state = next;
      const changed = (key: keyof ViewerState) => previous[key] !== next[key];
      const filtersChanged = FILTER_KEYS.some(changed);
      const visibleBefore = d.visible;
      // Hidden unconnected entities stay shown while selected.
      if (filtersChanged || (!next.showIsolated && changed('selection'))) d.visible = computeVisible(graph, next);
      if (d.visible !== visibleBefore) syncShown();
      const hoverBefore = d.hoverNeighbours;
      if (changed('hoveredNode'))
        d.hoverNeighbours = next.hoveredNode && graph.hasNode(next.hoveredNode) ? new Set(graph.neighbors(next.hoveredNode)) : new Set();
      const selectedEndsBefore = d.selectedEnds;
      if (changed('selection')) d.selectedEnds = selectedEdgeEnds(next.selection);
      const keptBefore = d.kept;
      if (changed('selection') || changed('highlightNeighbours') || changed('pathNodes')) d.kept = keptAround(next);
      const pickedBefore = d.picked;
      const pinnedBefore = d.pinned;
      if (changed('pickedNodes')) d.picked = new Set(next.pickedNodes);
      if (changed('pinnedNodes')) d.pinned = new Set(next.pinnedNodes);
      if (changed('sizeBy')) {
        measure();
        sizeOf = (attrs) => sizeValue(attrs, next.sizeBy);
      }
      if (changed('colorBy')) d.coloring = buildColoring(graph, next.colorBy);
      if (changed('labels')) sigma.setSettings(LABEL_SETTINGS[next.labels]);
      if (changed('layoutRunning')) {
        (sigma as ViewerSigma).setLayoutRunning(next.layoutRunning);
        if (!next.layoutRunning) handover?.layoutStopped();
      }
      // A changed setting has had sigma re-run every reducer with the new state already.
      if (syncEdgeSettings() || changed('labels')) return;
      const visualChanged = filtersChanged || d.visible !== visibleBefore || VISUAL_KEYS.some(changed);
      if (!visualChanged) return;
      // A change that touches a few items (hover on a corpus graph, a selection, a pick or a pin) redraws only those;
      // anything that changes how every item looks (filters, dimming, size or colour mode) re-runs the reducers on all.
      const local =
        !filtersChanged &&
        keptBefore === null &&
        d.kept === null &&
        (d.dimOnHover ? !changed('hoveredNode') : true) &&
        (Object.keys(next) as (keyof ViewerState)[]).every((key) => LOCAL_KEYS.has(key) || !changed(key));
      if (!local) {
        sigma.refresh({ skipIndexation: !filtersChanged && d.visible === visibleBefore });
        return;
      }
      partialRedraw(sigma, shown, { previous, next, hoverBefore, selectedEndsBefore, pickedBefore, pinnedBefore, visibleBefore }, d);
    },
    relationAt(point) {
      if (sigma.getSetting('enableEdgeEvents')) return null;
      return relationNear(sigma, graph, d.visible.edges, point);
    },
    dataChanged() {
      measure();
      d.coloring = buildColoring(graph, d.state.colorBy);
      d.visible = computeVisible(graph, d.state);
      frameAll();
      syncShown();
      sigma.refresh();
    },
  };
}
