// Sigma 4 on the ViewerGraph. Everything the state changes on screen — filters, ego mode, hover highlight, selection,
// size and colour modes, edge labels — goes through nodeReducer/edgeReducer; graph data is never touched. Reducers do
// constant work per item: everything they need (visible sets, hover neighbours, colours, size maxima) is computed once
// per change of state, never per node, and a change that concerns a few items (a hover on a corpus graph, a selection,
// a pick, a pin) re-runs them on those items only. Arrows and curved parallel edges come from sigma 4's own edge
// primitives (a curved path for parallel edges; corpus graphs draw straight lines only, see below).
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, pathCurved, pathLine, pathLoop } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { LabelDensity, SizeBy, ViewerState } from './store.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';
import { computeVisible, type Visible } from './visibility.js';
import { buildColoring, type Coloring } from './coloring.js';
import { NameParts, RelationParts } from './staging.js';

const DIMMED = '#d9dde3';
/** A hovered entity's relations on a corpus graph, where the rest is not dimmed. */
const HOVERED_EDGE = '#3d4652';
/** Under this camera ratio (zoomed in) every shown edge has its label. */
const EDGE_LABEL_RATIO = 0.35;
/** How long the camera of a corpus graph rests before crossing EDGE_LABEL_RATIO switches edge labels (ms). */
const ZOOM_REST_MS = 200;
/**
 * Above this many relations, parallel relations share one straight line and sigma does not pick relations (a click
 * finds the relation by its distance, see relationAt). Sigma compiles one edge program for every path it may draw, and
 * with software WebGL the curved path's fragment work and the picking pass each add a large share to every frame of a
 * corpus graph.
 */
const LARGE_GRAPH_EDGES = 1000;

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

function symmetricDifference<T>(a: Set<T>, b: Set<T>): T[] {
  const out: T[] = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  for (const x of b) if (!a.has(x)) out.push(x);
  return out;
}

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

/**
 * Sigma finds the relation under the pointer by drawing every relation a second time into its picking buffer, which
 * under software WebGL costs a corpus frame about as much as drawing the relations. Corpus graphs leave that pass out
 * and find a clicked relation by its distance to the pointer instead (relationAt).
 */
function edgeEventsWanted(graph: ViewerGraph): boolean {
  return graph.size <= LARGE_GRAPH_EDGES;
}

/** How far from a relation's line, in screen pixels beyond half its thickness, a click still selects it. */
const RELATION_CLICK_TOLERANCE = 3;

/** Whether the camera is moving, as sigma decides it when it hides relations and names during a move. */
function cameraMoving(sigma: Sigma<NodeAttributes, EdgeAttributes>): boolean {
  const captor = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimating() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/**
 * Sigma that, on a graph it draws without relations while the camera moves (hideEdgesOnMove: corpus graphs), writes
 * its picking buffer (the entities drawn once more, each in a colour of its own, to find the one under the pointer) only
 * in frames where something can be pointed at. Under software WebGL the pass costs a frame as much as drawing the
 * entities. It is left out while the camera moves (the frame is replaced a few milliseconds later), and while the
 * layout runs with the pointer off the stage (a frame every few hundred milliseconds that nothing points at). When the
 * pointer comes onto the stage a frame with picking is drawn at once, and a press on the stage draws it first if the
 * last frame had none, so hovering and clicking find what they did before.
 */
class ViewerSigma extends Sigma<NodeAttributes, EdgeAttributes> {
  private pointerOnStage = false;
  private layoutRunning = false;
  private pickingSkipped = true;
  private readonly listening = new AbortController();

  constructor(...args: ConstructorParameters<typeof Sigma<NodeAttributes, EdgeAttributes>>) {
    super(...args);
    const container = this.getContainer();
    const signal = this.listening.signal;
    container.addEventListener(
      'pointermove',
      () => {
        if (this.pointerOnStage) return;
        this.pointerOnStage = true;
        if (this.pickingSkipped) this.scheduleRender();
      },
      { signal },
    );
    container.addEventListener('pointerleave', () => (this.pointerOnStage = false), { signal });
    // Before sigma's own handlers (capture): a click is resolved from the picking buffer, which must be current.
    container.addEventListener(
      'pointerdown',
      () => {
        this.pointerOnStage = true;
        if (this.pickingSkipped) this.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      },
      { signal, capture: true },
    );
    this.on('kill', () => this.listening.abort());
  }

  override getRenderParams(): ReturnType<Sigma['getRenderParams']> {
    const params = super.getRenderParams();
    // Also called from sigma's own constructor, before this class's fields are set: no pointer then.
    this.pickingSkipped = Boolean(this.getSetting('hideEdgesOnMove')) && (cameraMoving(this) || (this.layoutRunning && !this.pointerOnStage));
    return this.pickingSkipped ? { ...params, pickingFrameBuffer: null } : params;
  }

  /** Whether the layout is moving the graph; once it stops, frames have picking again. */
  setLayoutRunning(running: boolean): void {
    this.layoutRunning = running;
    if (!running && this.pickingSkipped) this.scheduleRender();
  }
}

export function createRenderer(container: HTMLElement, graph: ViewerGraph, initial: ViewerState): ViewerRenderer {
  let state = initial;
  let visible = computeVisible(graph, state);
  /**
   * The graph sigma draws: the shown entities and relations only, sharing their attribute objects with the
   * ViewerGraph, so positions the layout writes and attributes set later are the same data. Sigma sets up, and draws
   * in every frame, every item of its graph, hidden ones included (they are discarded in the shader), and with
   * unconnected entities hidden that was half of a corpus overview.
   */
  const shown: ViewerGraph = graph.nullCopy();
  const large = graph.size > LARGE_GRAPH_EDGES;
  /**
   * Shown relations not handed to sigma yet: on a corpus graph every one at first, as sigma's set-up and first frame
   * take the entities only; they come in the tasks after the first frame (see staging.ts).
   */
  const withheld = new Set<string>(large ? visible.edges : []);
  const addShownEdge = (edge: string) => shown.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  /** Brings the shown graph's items in line with `visible`; sigma follows its graph's events. */
  const syncShown = () => {
    for (const edge of shown.filterEdges((e) => !visible.edges.has(e))) shown.dropEdge(edge);
    for (const node of shown.filterNodes((n) => !visible.nodes.has(n))) shown.dropNode(node);
    for (const node of visible.nodes) if (!shown.hasNode(node)) shown.addNode(node, graph.getNodeAttributes(node));
    for (const edge of visible.edges) if (!shown.hasEdge(edge) && !withheld.has(edge)) addShownEdge(edge);
  };
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

  /**
   * Small graphs dim everything but the hovered entity's neighbourhood, which changes how every item is drawn. On corpus
   * graphs hovering only lights up the entity, its neighbours and its relations, so sigma redraws just those items
   * (a partial refresh) instead of running the reducers over the whole graph on every hover.
   */
  const dimOnHover = !large;
  /**
   * Shown entities whose names sigma has not been given yet: on a corpus graph every one at first, as the set-up would
   * build the glyph atlas of every name for a first frame that draws none; they come after the relations.
   */
  const unnamed = new Set<string>(large ? visible.nodes : []);
  /** The characters of the names given to sigma so far. */
  const glyphs = new Set<string>();
  const sigma = new ViewerSigma(shown, container, {
    primitives: {
      // Sigma draws every relation with one program whose vertex count per relation is that of its longest path: with
      // the loop path (32 segments) in it, each straight line costs the GPU some 70 vertices instead of 12, which was
      // about two thirds of a corpus frame under software WebGL. The graph has no self-relations (the build stage
      // drops them), so corpus graphs do without the loop path.
      edges: large
        ? { paths: [pathLine()], extremities: [extremityArrow()], defaultHead: 'arrow' }
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
      enableEdgeEvents: edgeEventsWanted(graph),
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
    // Sigma 4 merges what a reducer returns into the item's display data: the reducers return only what they change.
    nodeReducer: (node, _data, attrs) => {
      if (!visible.nodes.has(node)) return { visibility: 'hidden' };
      const out: Partial<NodeDisplayData> = { size: 2.5 + 10 * Math.sqrt(sizeValue(attrs, state.sizeBy) / maxSize), color: coloring.colorOf(node) };
      if (unnamed.has(node)) out.label = null;
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
      const nearHover = state.hoveredNode !== null && (node === state.hoveredNode || hoverNeighbours.has(node));
      if (state.hoveredNode && !nearHover && dimOnHover) {
        out.color = DIMMED;
        out.labelVisibility = 'hidden';
        out.zIndex = 0;
        out.highlighted = false;
      } else if (nearHover) {
        out.labelVisibility = 'visible';
        out.zIndex = 1;
        if (!dimOnHover && node === state.hoveredNode) out.highlighted = true;
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
      return out;
    },
    edgeReducer: (edge, _data, attrs) => {
      if (!visible.edges.has(edge)) return { visibility: 'hidden' };
      const out: Partial<EdgeDisplayData> = {};
      const selected = state.selection?.kind === 'edge' && state.selection.id === edge;
      const touchesHover = state.hoveredNode !== null && (graph.source(edge) === state.hoveredNode || graph.target(edge) === state.hoveredNode);
      if (state.hoveredNode && !touchesHover && dimOnHover) return { color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
      if (!touchesHover && (!dimOnHover || !state.hoveredNode) && kept && !(kept.has(graph.source(edge)) && kept.has(graph.target(edge))))
        return { color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
      out.labelVisibility = selected || touchesHover ? 'visible' : zoomedIn ? 'auto' : 'hidden';
      if (selected) {
        out.size = (attrs.size ?? 1) + 3;
        out.zIndex = 2;
      } else if (touchesHover && !dimOnHover) {
        out.size = (attrs.size ?? 1) + 1;
        out.color = HOVERED_EDGE;
        out.zIndex = 1;
      }
      if (attrs.negated) out.color = '#9aa3ad';
      return out;
    },
  });

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

  // Edge labels depend on the zoom level, which reducers only see when sigma re-runs them.
  zoomedIn = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
  /** Some edge label can show: zoomed in, or a hovered entity's, a selected relation's or a kept neighbourhood's. */
  const wantEdgeLabels = () => zoomedIn || (state.hoveredNode !== null && dimOnHover) || state.selection?.kind === 'edge' || kept !== null;
  /**
   * Brings sigma's edge settings in line with the state; true when one changed. A setting change makes sigma re-run
   * every reducer at once and index the items again at the next render: until then a partial refresh that skips the
   * indexing would find no item to redraw.
   */
  const syncEdgeSettings = (): boolean => {
    let changed = false;
    if (sigma.getSetting('renderEdgeLabels') !== wantEdgeLabels()) {
      sigma.setSetting('renderEdgeLabels', wantEdgeLabels());
      changed = true;
    }
    if (sigma.getSetting('enableEdgeEvents') !== edgeEventsWanted(graph)) {
      sigma.setSetting('enableEdgeEvents', edgeEventsWanted(graph));
      changed = true;
    }
    return changed;
  };
  const applyZoomLevel = () => {
    const now = sigma.getCamera().ratio < EDGE_LABEL_RATIO;
    if (now === zoomedIn) return;
    zoomedIn = now;
    // Switching edge labels on or off is a setting, for which sigma re-runs every reducer; otherwise only the shown
    // relations' label visibility changes.
    if (!syncEdgeSettings()) sigma.refresh({ partialGraph: { edges: [...visible.edges] }, schedule: true });
  };
  // On corpus graphs the switch waits until the camera has rested for a moment: it re-runs the reducers of the whole
  // graph (a few hundred milliseconds with software WebGL), and relations and names are not drawn during a move anyway
  // (hideEdgesOnMove), so applying it in the middle of a zoom only stalls the zoom.
  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on('updated', () => {
    if (!large) return applyZoomLevel();
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(applyZoomLevel, ZOOM_REST_MS);
  });
  sigma.on('kill', () => clearTimeout(zoomTimer));

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

  /** The items a hover changes when it does not dim the rest: the entities, their neighbours and their relations. */
  const hoverItems = (around: { hovered: string | null; neighbours: Set<string> }[]) => {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const { hovered, neighbours } of around) {
      if (!hovered || !shown.hasNode(hovered)) continue;
      nodes.add(hovered);
      for (const n of neighbours) if (shown.hasNode(n)) nodes.add(n);
      shown.forEachEdge(hovered, (edge) => {
        edges.add(edge);
      });
    }
    return { nodes: [...nodes], edges: [...edges] };
  };

  // The first frame of a corpus graph has sigma compile and run every program at once, which software WebGL turns into
  // one task of a second or more. Staged: sigma's set-up and first frame take the entities only (no relations in its
  // graph, and the reducers give no names, so sigma neither indexes the relations nor builds the names' glyph atlas
  // then); the relations come after the first frame, a part per task, and then the names, a part per frame.
  let killed = false;
  sigma.on('kill', () => (killed = true));
  if (large) {
    const camera = sigma.getCamera();
    void camera.animate(camera.getState(), { duration: 1 }).then(giveRelations);
  }
  let relationParts: RelationParts | undefined;
  let nameParts: NameParts | undefined;
  let namePartsSizeBy = state.sizeBy;
  /** Hands the next part of the withheld relations to sigma, and the rest after the frame that draws them. */
  function giveRelations(): void {
    if (killed) return;
    if (withheld.size === 0) return giveNames();
    relationParts ??= new RelationParts(graph, withheld);
    const part = relationParts.take();
    for (const edge of part) withheld.delete(edge);
    const added = part.filter((edge) => visible.edges.has(edge) && !shown.hasEdge(edge));
    if (added.length === 0) return void setTimeout(giveRelations, 0);
    // Sigma processes each relation as its graph adds it, and draws them in its next frame.
    sigma.once('afterRender', () => setTimeout(giveRelations, 0));
    for (const edge of added) addShownEdge(edge);
  }
  /** Hands the next part of the names to sigma, and the rest after the frame that draws them. */
  function giveNames(): void {
    if (killed || unnamed.size === 0) return;
    // Sorted again only if the sizes were changed to another measure meanwhile.
    if (!nameParts || namePartsSizeBy !== state.sizeBy) {
      namePartsSizeBy = state.sizeBy;
      nameParts = new NameParts(graph, unnamed, (attrs) => sizeValue(attrs, namePartsSizeBy));
    }
    const part = nameParts.take(glyphs);
    for (const node of part) unnamed.delete(node);
    const named = part.filter((node) => shown.hasNode(node));
    if (named.length === 0) return void setTimeout(giveNames, 0);
    if (unnamed.size > 0) sigma.once('afterRender', () => setTimeout(giveNames, 0));
    sigma.refresh({ partialGraph: { nodes: named }, schedule: true });
  }

  // With software WebGL a frame reaches the screen in the compositor's commit, which waits until the GPU has drawn it,
  // and the page's next animation frame comes after that commit. A frame rendered in an animation frame is committed
  // right after it, but one rendered at once in an event (a hover) is committed only after the next animation frame,
  // which then comes as early as ever: timed to that one, a hover on a corpus graph read a few milliseconds and made
  // the next search animate the camera over frames of 200 ms. Timed to the second animation frame, every frame counts
  // its commit (and a frame on a fast GPU two vsyncs).
  let lastFrameMs = 0;
  sigma.on('beforeRender', () => {
    const started = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        lastFrameMs = performance.now() - started;
      }),
    );
  });

  return {
    sigma,
    frameMs: () => lastFrameMs,
    visible: () => visible,
    coloring: () => coloring,
    sync(next) {
      const previous = state;
      state = next;
      const changed = (key: keyof ViewerState) => previous[key] !== next[key];
      const filtersChanged = FILTER_KEYS.some(changed);
      const visibleBefore = visible;
      // Hidden unconnected entities stay shown while selected.
      if (filtersChanged || (!next.showIsolated && changed('selection'))) visible = computeVisible(graph, next);
      if (visible !== visibleBefore) syncShown();
      const hoverBefore = hoverNeighbours;
      if (changed('hoveredNode'))
        hoverNeighbours = next.hoveredNode && graph.hasNode(next.hoveredNode) ? new Set(graph.neighbors(next.hoveredNode)) : new Set();
      const selectedEndsBefore = selectedEnds;
      if (changed('selection')) selectedEnds = selectedEdgeEnds(next.selection);
      const keptBefore = kept;
      if (changed('selection') || changed('highlightNeighbours') || changed('pathNodes')) kept = keptAround(next);
      const pickedBefore = picked;
      const pinnedBefore = pinned;
      if (changed('pickedNodes')) picked = new Set(next.pickedNodes);
      if (changed('pinnedNodes')) pinned = new Set(next.pinnedNodes);
      if (changed('sizeBy')) measure();
      if (changed('colorBy')) coloring = buildColoring(graph, next.colorBy);
      if (changed('labels')) sigma.setSettings(LABEL_SETTINGS[next.labels]);
      if (changed('layoutRunning')) sigma.setLayoutRunning(next.layoutRunning);
      // A changed setting has had sigma re-run every reducer with the new state already.
      if (syncEdgeSettings() || changed('labels')) return;
      const visualChanged = filtersChanged || visible !== visibleBefore || VISUAL_KEYS.some(changed);
      if (!visualChanged) return;
      // A change that touches a few items (hover on a corpus graph, a selection, a pick or a pin) redraws only those;
      // anything that changes how every item looks (filters, dimming, size or colour mode) re-runs the reducers on all.
      const local =
        !filtersChanged &&
        keptBefore === null &&
        kept === null &&
        (dimOnHover ? !changed('hoveredNode') : true) &&
        (Object.keys(next) as (keyof ViewerState)[]).every((key) => LOCAL_KEYS.has(key) || !changed(key));
      if (!local) {
        sigma.refresh({ skipIndexation: !filtersChanged && visible === visibleBefore });
        return;
      }
      const nodes = new Set<string>();
      const edges = new Set<string>();
      const addNode = (id: string | null | undefined) => {
        if (id && shown.hasNode(id)) nodes.add(id);
      };
      if (changed('hoveredNode')) {
        const hovered = hoverItems([
          { hovered: previous.hoveredNode, neighbours: hoverBefore },
          { hovered: next.hoveredNode, neighbours: hoverNeighbours },
        ]);
        hovered.nodes.forEach((n) => nodes.add(n));
        hovered.edges.forEach((e) => edges.add(e));
      }
      if (changed('selection')) {
        for (const selection of [previous.selection, next.selection]) {
          if (selection?.kind === 'node') addNode(selection.id);
          else if (selection && shown.hasEdge(selection.id)) edges.add(selection.id);
        }
        for (const id of [...selectedEndsBefore, ...selectedEnds]) addNode(id);
      }
      for (const id of symmetricDifference(pickedBefore, picked)) addNode(id);
      for (const id of symmetricDifference(pinnedBefore, pinned)) addNode(id);
      const shownNodes = visible === visibleBefore ? [] : symmetricDifference(visibleBefore.nodes, visible.nodes);
      const shownEdges = visible === visibleBefore ? [] : symmetricDifference(visibleBefore.edges, visible.edges);
      shownNodes.forEach(addNode);
      for (const edge of shownEdges) if (shown.hasEdge(edge)) edges.add(edge);
      const shownChanged = shownNodes.length > 0 || shownEdges.length > 0;
      // A hover is drawn at once (it answers the pointer); a selection, pick or pin in the next frame, so that a camera
      // move made with it (search, a click in the details panel) is drawn in the same frame instead of one more.
      sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: !shownChanged, schedule: !changed('hoveredNode') });
    },
    relationAt(point) {
      if (sigma.getSetting('enableEdgeEvents')) return null;
      let best: string | null = null;
      let bestDistance = Infinity;
      for (const edge of visible.edges) {
        const [source, target] = graph.extremities(edge);
        const from = sigma.getNodeDisplayData(source);
        const to = sigma.getNodeDisplayData(target);
        const drawn = sigma.getEdgeDisplayData(edge);
        if (!from || !to || !drawn || drawn.visibility === 'hidden') continue;
        const distance = distanceToSegment(point, sigma.framedGraphToViewport(from), sigma.framedGraphToViewport(to));
        if (distance <= (drawn.size ?? 1) / 2 + RELATION_CLICK_TOLERANCE && distance < bestDistance) {
          best = edge;
          bestDistance = distance;
        }
      }
      return best;
    },
    dataChanged() {
      measure();
      coloring = buildColoring(graph, state.colorBy);
      visible = computeVisible(graph, state);
      frameAll();
      syncShown();
      sigma.refresh();
    },
  };
}

/** Distance from a point to the segment between a and b. */
function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
