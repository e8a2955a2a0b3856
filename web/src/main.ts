// The viewer app: picks the data source (the `kg serve` API, or a graph document from `?file=`, the file picker or a
// drop), builds the graph, and wires the views to the store. Views only dispatch actions and render state.
import './style.css';
import type { SearchHit, ViewerGraphData } from '../../src/viewer/viewer-data.js';
import { ConnectionMonitor, fetchStatus, type ConnectionStatus } from './connection.js';
import { DocumentSource, ServerSource, parseGraphDocument, whenConnectionFails, type ViewerDataSource } from './data-source.js';
import { byId, el } from './dom.js';
import { exportView } from './export.js';
import { LayoutRunner } from './layout.js';
import { createLegend, type Legend } from './panels/legend.js';
import { setupCypherPanel } from './panels/cypher.js';
import { showEmpty, showEntity, showRelation, type DetailsActions } from './panels/details.js';
import { createSearch } from './panels/search.js';
import { articleList, showArticle, type ReaderActions, type ReaderFocus } from './panels/reader.js';
import { createTimeline, type TimelineView } from './panels/timeline.js';
import { showTables } from './panels/table.js';
import { createRenderer, type ViewerRenderer } from './renderer.js';
import { createStage, type Stage } from './viewer-sigma.js';
import { compileAhead, warmUp } from './stage-warm-up.js';
import {
  COLOR_MODES,
  EGO_DEPTHS,
  LABEL_DENSITIES,
  SIZE_MODES,
  Store,
  initialState,
  oneOf,
  pickedWithSelection,
  type Selection,
  type ViewerState,
} from './store.js';
import { searchFromState, stateFromSearch } from './url-state.js';
import { createViewerGraph, computePagerank, mergeIntoGraph, type ViewerGraph } from './viewer-graph.js';
import { detectCommunities } from './communities.js';
import { errorMessage } from '../../src/util/errors.js';

/** ForceAtlas2 runs this long at most after the first paint (it stops earlier once settled). */
const FIRST_LAYOUT_MS = 20_000;

interface Mounted {
  source: ViewerDataSource;
  graph: ViewerGraph;
  renderer: ViewerRenderer;
  layout: LayoutRunner;
  legend: Legend;
  timeline: TimelineView | null;
  totals: ViewerGraphData['counts'];
}

declare global {
  interface Window {
    /** The viewer's hook for browser tests and the benchmark (ViewerHook). */
    __kgViewer?: ViewerHook;
  }
}

/** What browser tests and the benchmark read; not used by the app itself. */
export interface ViewerHook {
  ready: boolean;
  sourceKind: string | null;
  /** What the page last heard about Neo4j (null before the first status answer or for a file). */
  neo4j: boolean | null;
  firstRenderMs: number | null;
  /** When the first frame of the graph was on screen: the animation frame after sigma's first render. */
  firstFrameMs: number | null;
  /** What sigma held in each of the first frames of the graph last opened (with `?recordframes=1`): its relations and its named entities. */
  firstFrames: { relations: string[]; named: string[] }[];
  state(): ViewerState;
  visibleNodes(): string[];
  visibleEdges(): string[];
  nodeIds(): string[];
  /** False while Louvain runs in its worker after colouring by community was chosen. */
  communitiesReady: boolean;
  /** How long the last frame took to reach the screen (see ViewerRenderer.frameMs). */
  frameMs(): number | null;
  /** The sigma instance (the benchmark drives the camera and reads node positions through it). */
  sigma(): ViewerRenderer['sigma'] | null;
  /** Stops the layout if it runs. */
  stopLayout(): void;
  /** Runs ForceAtlas2 until settled (or `maxMs`); resolves with the time taken and how it ended. */
  startLayout(maxMs?: number): Promise<{ ms: number; settled: boolean }>;
  lastError: string | null;
}

const params = new URLSearchParams(location.search);
/**
 * Which press of a multi-click the last mouse press on the graph was (2 for a double-click's second): the browser
 * counts it in mousedown's `detail`. Sigma's clicks come from pointerup, whose `detail` is always 0.
 */
let pressCount = 1;

const store = new Store({ ...initialState, ...stateFromSearch(location.search) });
const container = byId('graph');
container.addEventListener(
  'mousedown',
  (event) => {
    pressCount = event.detail;
  },
  { capture: true },
);
const details = byId('details');
const status = byId('status');
let mounted: Mounted | null = null;

const hook: ViewerHook = {
  ready: false,
  sourceKind: null,
  neo4j: null,
  firstRenderMs: null,
  firstFrameMs: null,
  firstFrames: [],
  lastError: null,
  communitiesReady: false,
  state: () => store.state,
  visibleNodes: () => (mounted ? [...mounted.renderer.visible().nodes].sort() : []),
  visibleEdges: () => (mounted ? [...mounted.renderer.visible().edges].sort() : []),
  nodeIds: () => (mounted ? mounted.graph.nodes().sort() : []),
  sigma: () => mounted?.renderer.sigma ?? null,
  frameMs: () => mounted?.renderer.frameMs() ?? null,
  stopLayout: () => mounted?.layout.stop(),
  async startLayout(maxMs = 60_000) {
    if (!mounted) return { ms: 0, settled: false };
    const started = performance.now();
    mounted.layout.start(maxMs);
    await mounted.layout.settled();
    return { ms: performance.now() - started, settled: mounted.layout.lastEnd === 'settled' };
  },
};
window.__kgViewer = hook;

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.style.color = error ? '#a31515' : '';
  if (error) hook.lastError = text;
}

function describeSource(m: Mounted): string {
  const cut = m.totals.entities > m.graph.order ? ` (the ${m.graph.order} most mentioned of ${m.totals.entities})` : '';
  return `${m.source.kind === 'server' ? 'Neo4j' : m.source.label}: ${m.graph.order} entities${cut}, ${m.graph.size} relations`;
}

/** A stage set up for a mount that has not handed it to a renderer yet (see stageWhileFetching). */
let waitingStage: Stage | undefined;

function teardown(): void {
  waitingStage?.sigma.kill();
  waitingStage = undefined;
  if (!mounted) return;
  mounted.layout.kill();
  mounted.renderer.sigma.kill();
  mounted = null;
  hook.ready = false;
}

/** Frames slower than this make a camera animation a few jerky steps: the camera then jumps instead. */
const SMOOTH_FRAME_MS = 100;

/** Moves the camera, animated when frames are quick enough to show the movement. */
function moveCamera(target: { x: number; y: number; ratio: number }, duration: number): void {
  if (!mounted) return;
  const camera = mounted.renderer.sigma.getCamera();
  if (mounted.renderer.frameMs() > SMOOTH_FRAME_MS) camera.setState(target);
  else void camera.animate(target, { duration });
}

/** Centres the camera on a node and zooms in. */
function focusNode(id: string): void {
  if (!mounted) return;
  const display = mounted.renderer.sigma.getNodeDisplayData(id);
  if (display) moveCamera({ x: display.x, y: display.y, ratio: 0.35 }, 250);
}

/** Moves the camera so the given nodes fill the view (sigma frames the whole graph, hidden nodes included). */
function fitToNodes(ids: Iterable<string>): void {
  if (!mounted) return;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const id of ids) {
    const d = mounted.renderer.sigma.getNodeDisplayData(id);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.3));
  moveCamera({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, 300);
}

/** The multi-selection bar: how many entities are picked, and what can be done with them. */
function syncPicked(state: ViewerState): void {
  const picked = pickedWithSelection(state);
  const bar = byId('picked-bar');
  bar.hidden = state.pickedNodes.length === 0;
  const names = picked.map((id) => (mounted?.graph.hasNode(id) ? mounted.graph.getNodeAttribute(id, 'label') : id));
  byId('picked-count').textContent = `${picked.length} selected: ${names.slice(0, 5).join(', ')}${names.length > 5 ? '…' : ''}`;
}

/** Writes the state into the toolbar controls (on load, and after every change). */
function syncControls(state: ViewerState): void {
  const layoutButton = byId('layout-toggle', HTMLButtonElement);
  layoutButton.textContent = state.layoutRunning ? 'Stop layout' : 'Start layout';
  layoutButton.setAttribute('aria-pressed', String(state.layoutRunning));
  byId('size-by', HTMLSelectElement).value = state.sizeBy;
  byId('color-by', HTMLSelectElement).value = state.colorBy;
  byId('labels', HTMLSelectElement).value = state.labels;
  byId('neighbours-toggle').setAttribute('aria-pressed', String(state.highlightNeighbours));
  byId('ego-depth', HTMLSelectElement).value = String(state.egoDepth);
  // The details panel has its own ego control (next to the entity it centres on); both always show the state.
  const detailsEgo = document.getElementById('details-ego');
  if (detailsEgo instanceof HTMLSelectElement) detailsEgo.value = String(state.egoDepth);
}

/** Adds a neighbourhood fetched from the source; returns true when nodes were added. */
async function mergeNeighbourhood(id: string, depth: number): Promise<boolean> {
  if (!mounted) return false;
  const { graph } = mounted;
  const data = await mounted.source.ego(id, depth);
  const added = mergeIntoGraph(graph, data, id);
  if (added.length === 0 && data.relations.every((r) => graph.hasEdge(r.id))) return false;
  mounted.renderer.dataChanged();
  mounted.legend = createLegend(byId('legend'), store, mounted.graph, mounted.totals);
  mounted.legend.update(store.state, mounted.renderer.visible(), mounted.renderer.coloring());
  setStatus(describeSource(mounted));
  return true;
}

async function selectEntity(id: string): Promise<void> {
  if (!mounted) return;
  if (!mounted.graph.hasNode(id)) {
    await mergeNeighbourhood(id, 1);
    if (mounted.graph.order > 1) mounted.layout.start(3000);
  }
  store.dispatch({ type: 'select', selection: { kind: 'node', id } });
  focusNode(id);
}

const actions: DetailsActions = {
  selectEntity: (id) => void selectEntity(id),
  selectRelation: (id) => store.dispatch({ type: 'select', selection: { kind: 'edge', id } }),
  expand: async (id) => {
    try {
      const grew = await mergeNeighbourhood(id, 1);
      setStatus(grew && mounted ? `${describeSource(mounted)} — expanded` : 'No more neighbours to add.');
      if (grew) mounted?.layout.start(3000);
    } catch (error) {
      setStatus(`Expand failed: ${errorMessage(error)}`, true);
    }
  },
  ego: (depth) => store.dispatch({ type: 'setEgoDepth', depth }),
  openArticle: (id, focus) => void openArticle(id, focus),
  hide: (id) => store.dispatch({ type: 'hideNode', id }),
  pin: (id) => store.dispatch({ type: 'togglePin', ids: [id] }),
  pathFrom: (id, name) => {
    pathStart = { id, name };
    store.dispatch({ type: 'setPath', nodes: [] });
    setStatus(`Shortest path from ${name}: now select the other entity (search or click the graph); Escape cancels.`);
  },
};

/** The entity a shortest-path search starts from, while the user picks the other end. */
let pathStart: { id: string; name: string } | null = null;

/** Finds, adds and highlights the shortest chain of relations between two entities. */
async function showPath(from: { id: string; name: string }, to: string): Promise<void> {
  if (!mounted) return;
  const m = mounted;
  try {
    const found = await m.source.path(from.id, to);
    if (mounted !== m) return;
    const toName = m.graph.hasNode(to) ? m.graph.getNodeAttribute(to, 'label') : to;
    if (found.path.length === 0) {
      setStatus(`No chain of relations links ${from.name} and ${toName} (within 6 steps).`);
      return;
    }
    if (found.graph) {
      mergeIntoGraph(m.graph, found.graph, from.id);
      m.renderer.dataChanged();
      m.legend = createLegend(byId('legend'), store, m.graph, m.totals);
    }
    store.dispatch({ type: 'setPath', nodes: found.path });
    const names = found.path.map((id) => (m.graph.hasNode(id) ? m.graph.getNodeAttribute(id, 'label') : id));
    setStatus(`Shortest path (${found.path.length - 1} relation${found.path.length === 2 ? '' : 's'}): ${names.join(' — ')}. Escape clears it.`);
    fitToNodes(found.path);
  } catch (error) {
    setStatus(`Could not find a path: ${errorMessage(error)}`, true);
  }
}

const readerActions: ReaderActions = {
  selectEntity: (id) => {
    if (store.state.selection?.kind === 'node' && store.state.selection.id === id) void loadDetails(store.state.selection);
    else void selectEntity(id);
  },
  selectRelation: (id) => {
    if (mounted?.graph.hasEdge(id)) store.dispatch({ type: 'select', selection: { kind: 'edge', id } });
    else setStatus('This relation is not in the graph on screen; select one of its entities and expand it.');
  },
  openArticle: (id, focus) => void openArticle(id, focus),
  back: () => void loadDetails(store.state.selection),
};

/** Shows an article in the details panel, its mentions and evidence marked. */
async function openArticle(id: string, focus: ReaderFocus): Promise<void> {
  if (!mounted) return;
  const ticket = ++detailsTicket;
  try {
    const article = await mounted.source.article(id);
    if (ticket !== detailsTicket) return;
    if (!article) return showEmpty(details, 'This article is not in the graph.');
    showArticle(details, article, focus, readerActions);
  } catch (error) {
    if (ticket === detailsTicket) showEmpty(details, `Could not open the article: ${errorMessage(error)}`);
  }
}

/** Fills the article list of the entity or relation the details panel shows. */
async function loadArticleList(m: Mounted, selection: NonNullable<Selection>, ticket: number): Promise<void> {
  const target = document.getElementById(selection.kind === 'node' ? 'entity-articles' : 'relation-articles');
  if (!target) return;
  try {
    const articles = await m.source.articles(selection.kind === 'node' ? { entity: selection.id } : { relation: selection.id });
    if (ticket !== detailsTicket) return;
    const focus = selection.kind === 'node' ? { entity: selection.id } : { relation: selection.id };
    target.replaceChildren(articleList(articles, selection.kind === 'node' ? 'mention' : 'evidence sentence', focus, readerActions));
  } catch (error) {
    if (ticket === detailsTicket) target.replaceChildren(el('p', { class: 'meta' }, `Could not load the articles: ${errorMessage(error)}`));
  }
}

let detailsTicket = 0;
async function loadDetails(selection: Selection): Promise<void> {
  const ticket = ++detailsTicket;
  if (!mounted || !selection) {
    showEmpty(details, 'Select an entity or a relation to read its evidence. Search above, or click the graph.');
    return;
  }
  const m = mounted;
  try {
    if (selection.kind === 'node') {
      const entity = await m.source.entity(selection.id);
      if (ticket !== detailsTicket) return;
      if (!entity) return showEmpty(details, 'This entity is not in the graph.');
      showEntity(details, entity, store.state.egoDepth, m.source.kind === 'server', store.state.pinnedNodes.includes(selection.id), actions);
      void loadArticleList(m, selection, ticket);
    } else {
      const type = m.graph.hasEdge(selection.id) ? m.graph.getEdgeAttribute(selection.id, 'relationType') : undefined;
      const relation = await m.source.relation(selection.id, type);
      if (ticket !== detailsTicket) return;
      if (!relation) return showEmpty(details, 'This relation is not in the graph.');
      showRelation(details, relation, actions);
      void loadArticleList(m, selection, ticket);
    }
  } catch (error) {
    if (ticket === detailsTicket) showEmpty(details, `Could not load the details: ${errorMessage(error)}`);
  }
}

/**
 * Lets the browser run what waits (input, a frame) between two long steps of mounting a corpus graph, so that the
 * steps are tasks of their own instead of one long one.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Counts mounts, so a mount that another one overtook while it waited stops. */
let mountTicket = 0;

/**
 * Sigma set up for a corpus graph while the overview is fetched (from Neo4j a second or more): its constructor
 * compiles every program, a task of several hundred milliseconds under software WebGL that otherwise came between the
 * data and the first frame. The server's overview is a corpus graph unless the database is small; for a small graph
 * the renderer sets up sigma again. Undefined if another mount overtook this one.
 */
async function stageWhileFetching(ticket: number): Promise<Stage | undefined> {
  // The request goes out first.
  await nextTask();
  await compileAhead(true, store.state.labels, () => ticket === mountTicket);
  if (ticket !== mountTicket) return undefined;
  await nextTask();
  const stage = createStage(container, true, store.state.labels);
  waitingStage = stage;
  // The warm-up's draw in a task of its own, after the compilation.
  await nextTask();
  if (ticket === mountTicket) await warmUp(stage);
  return ticket === mountTicket ? stage : undefined;
}

async function mount(source: ViewerDataSource): Promise<void> {
  const ticket = ++mountTicket;
  teardown();
  setStatus(`Loading from ${source.label}…`);
  const overview = source.overview();
  // The stage is set up while the overview is fetched, and the graph is built while the stage's warm-up waits for the
  // GPU (whichever comes first): the first paint waits for the longer of the two, not for both.
  const staging = source.kind === 'server' ? stageWhileFetching(ticket) : Promise.resolve(undefined);
  const data = await overview;
  if (ticket !== mountTicket) return;
  const graph = createViewerGraph(data);
  const state = store.state;
  for (const id of new Set([state.selection?.kind === 'node' ? state.selection.id : null, state.egoCenter])) {
    // A shared link may name entities beyond the overview's cap: fetch them (and the ego network) from Neo4j first.
    if (id && source.kind === 'server' && (!graph.hasNode(id) || id === state.egoCenter)) {
      mergeIntoGraph(graph, await source.ego(id, Math.max(1, id === state.egoCenter ? state.egoDepth : 1)), id);
    }
  }
  if (store.state.sizeBy === 'pagerank') computePagerank(graph);
  const stage = await staging;
  // The graph is built in one task, sigma is set up in the next, and the panels and the layout in a third.
  await nextTask();
  if (ticket !== mountTicket) return;
  const renderer = createRenderer(container, graph, store.state, stage);
  waitingStage = undefined;
  hook.firstRenderMs ??= performance.now();
  renderer.sigma.once('afterRender', () =>
    requestAnimationFrame(() => {
      hook.firstFrameMs ??= performance.now();
    }),
  );
  recordFirstFrames(renderer);
  await nextTask();
  if (ticket !== mountTicket) {
    renderer.sigma.kill();
    return;
  }
  // The state may have changed while the page waited.
  renderer.sync(store.state);
  const layout = new LayoutRunner(graph, (running) => store.dispatch({ type: 'setLayoutRunning', running }));
  layout.setPinned(store.state.pinnedNodes);
  const legend = createLegend(byId('legend'), store, graph, data.counts);
  mounted = { source, graph, renderer, layout, legend, timeline: null, totals: data.counts };
  const m = mounted;
  source.timeline().then(
    (timeline) => {
      if (mounted === m) m.timeline = createTimeline(byId('timeline'), store, graph, timeline);
    },
    (error: Error) => setStatus(`Could not load the timeline: ${error.message}`, true),
  );
  hook.sourceKind = source.kind;

  const sigma = renderer.sigma;
  // Opening the Cypher panel or resizing the window changes the stage's size; sigma only hears window resizes.
  // Resizing the WebGL canvas clears it, and sigma.resize() does not draw again: a render is scheduled here.
  const resizeObserver = new ResizeObserver(() => {
    sigma.resize();
    sigma.scheduleRender();
  });
  resizeObserver.observe(container);
  sigma.on('kill', () => resizeObserver.disconnect());
  sigma.on('enterNode', ({ node }) => store.dispatch({ type: 'hover', node }));
  sigma.on('leaveNode', () => store.dispatch({ type: 'hover', node: null }));
  sigma.on('clickNode', ({ node, event }) => {
    // A mouse or a touch event: both say which modifier keys were down.
    const original = event.original;
    // The second click of a double-click is the double-click's, not a click of its own: sigma pairs clicks with a
    // timer that a busy page can run between them, and then reports both as clicks.
    if (pressCount > 1) return;
    // Shift- or ctrl-click (cmd on a Mac) adds the entity to the multi-selection, or takes it out.
    if (original.shiftKey || original.ctrlKey || original.metaKey) store.dispatch({ type: 'togglePick', id: node });
    else store.dispatch({ type: 'select', selection: { kind: 'node', id: node } });
  });
  sigma.on('clickEdge', ({ edge }) => store.dispatch({ type: 'select', selection: { kind: 'edge', id: edge } }));
  sigma.on('clickStage', ({ event }) => {
    if (pressCount > 1) return;
    // On corpus graphs sigma does not pick relations (see renderer.ts): a click on one reaches the stage.
    const relation = renderer.relationAt(event);
    store.dispatch({ type: 'select', selection: relation ? { kind: 'edge', id: relation } : null });
  });
  const camera = sigma.getCamera();
  syncControls(state);
  // A shared link may carry a multi-selection: its bar is shown from the start, not only on the next change.
  syncPicked(state);
  if (state.camera) camera.setState(state.camera);
  else if (state.egoDepth > 0 || state.hiddenEntityTypes.length > 0) fitToNodes(renderer.visible().nodes);
  else if (state.selection?.kind === 'node' && graph.hasNode(state.selection.id)) focusNode(state.selection.id);
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', (c) => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => store.dispatch({ type: 'setCamera', camera: { x: c.x, y: c.y, ratio: c.ratio } }), 250);
  });

  legend.update(store.state, renderer.visible(), renderer.coloring());
  void loadDetails(store.state.selection);
  setStatus(describeSource(mounted) + (data.truncated ? ' — cut to the cap; search or expand to reach the rest' : ''));
  // The layout runs in its worker from the first paint; the page stays responsive while it settles.
  if (params.get('autolayout') !== '0') layout.start(FIRST_LAYOUT_MS);
  hook.ready = true;
  ensureMetrics(store.state);
}

/** How many frames of a newly opened graph the hook describes, at most. */
const FIRST_FRAMES_RECORDED = 16;
/**
 * Describes the first frames of the graph in the hook when the page was opened with `?recordframes=1` (each copies the
 * relations and goes through the entities, which the app never needs), until a frame holds every shown relation and name.
 */
function recordFirstFrames(renderer: ViewerRenderer): void {
  hook.firstFrames = [];
  if (params.get('recordframes') !== '1') return;
  const sigma = renderer.sigma;
  /** Describes the frame just drawn; true once no more frames need describing. */
  const describe = (): boolean => {
    const g = sigma.getGraph();
    const frame = { relations: g.edges(), named: g.filterNodes((node) => Boolean(sigma.getNodeDisplayData(node)?.label)) };
    hook.firstFrames.push(frame);
    const { nodes, edges } = renderer.visible();
    const complete = frame.relations.length === edges.size && frame.named.length === nodes.size;
    return complete || hook.firstFrames.length >= FIRST_FRAMES_RECORDED;
  };
  // Sigma's constructor draws the first frame at once, before a listener can be attached, so that frame is described
  // from the graph as the constructor left it; later frames are described as they are drawn.
  if (describe()) return;
  const record = () => {
    if (describe()) sigma.off('afterRender', record);
  };
  sigma.on('afterRender', record);
}

/** PageRank and communities are computed when a mode first needs them (and again after the graph grew). */
let metricsFor: { graph: ViewerGraph | null; order: number; size: number; pagerank: boolean; communities: boolean } = {
  graph: null,
  order: 0,
  size: 0,
  pagerank: false,
  communities: false,
};
function ensureMetrics(state: ViewerState): void {
  if (!mounted) return;
  const g = mounted.graph;
  if (metricsFor.graph !== g || metricsFor.order !== g.order || metricsFor.size !== g.size) {
    metricsFor = { graph: g, order: g.order, size: g.size, pagerank: false, communities: false };
  }
  if (state.sizeBy === 'pagerank' && !metricsFor.pagerank) {
    computePagerank(g);
    metricsFor.pagerank = true;
    mounted.renderer.dataChanged();
  }
  if (state.colorBy === 'community' && !metricsFor.communities) {
    metricsFor.communities = true;
    const m = mounted;
    const asked = metricsFor;
    hook.communitiesReady = false;
    detectCommunities(g).then(
      () => {
        // The graph may have grown meanwhile; then a newer request is on its way.
        if (mounted !== m || metricsFor !== asked) return;
        hook.communitiesReady = true;
        m.renderer.dataChanged();
        m.legend.update(store.state, m.renderer.visible(), m.renderer.coloring());
      },
      (error: Error) => setStatus(`Could not find communities: ${error.message}`, true),
    );
  }
}

// State → views.
let urlTimer: ReturnType<typeof setTimeout> | undefined;
let visibleInTable: unknown = null;
store.subscribe((state, previous) => {
  ensureMetrics(state);
  if (mounted) {
    mounted.renderer.sync(state);
    // Hovering changes nothing the legend shows; its counts walk every shown entity.
    if (state !== previous && state.hoveredNode === previous.hoveredNode) mounted.legend.update(state, mounted.renderer.visible(), mounted.renderer.coloring());
  }
  if (state.selection !== previous.selection) void loadDetails(state.selection);
  if (pathStart && state.selection !== previous.selection && state.selection?.kind === 'node' && state.selection.id !== pathStart.id) {
    const from = pathStart;
    pathStart = null;
    void showPath(from, state.selection.id);
  }
  if (state.dateFrom !== previous.dateFrom || state.dateTo !== previous.dateTo) mounted?.timeline?.update(state);
  if (state.pinnedNodes !== previous.pinnedNodes) {
    mounted?.layout.setPinned(state.pinnedNodes);
    const pinButton = document.getElementById('pin-node');
    if (pinButton && state.selection?.kind === 'node') pinButton.textContent = state.pinnedNodes.includes(state.selection.id) ? 'Unpin' : 'Pin in place';
  }
  if (state.pickedNodes !== previous.pickedNodes) syncPicked(state);
  if (mounted && mounted.renderer.visible() !== visibleInTable) {
    visibleInTable = mounted.renderer.visible();
    refreshTable();
  }
  if (state.egoDepth !== previous.egoDepth || state.egoCenter !== previous.egoCenter) {
    const selected = state.egoCenter;
    if (selected && state.egoDepth > 0 && mounted?.source.kind === 'server') {
      void mergeNeighbourhood(selected, state.egoDepth).then(
        (grew) => {
          if (grew) mounted?.layout.start(3000);
          if (mounted) fitToNodes(mounted.renderer.visible().nodes);
        },
        (error: Error) => {
          setStatus(`Could not fetch the ego network from Neo4j: ${error.message}. The view shows the part already loaded.`, true);
          if (mounted) fitToNodes(mounted.renderer.visible().nodes);
        },
      );
    } else if (mounted) fitToNodes(mounted.renderer.visible().nodes);
  }
  syncControls(state);
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => history.replaceState(null, '', `${location.pathname}${searchFromState(store.state, location.search)}${location.hash}`), 150);
});

// Controls → actions.
byId('layout-toggle').addEventListener('click', () => {
  if (!mounted) return;
  if (mounted.layout.running) mounted.layout.stop();
  else mounted.layout.start();
});
// Each control's options are the values its action takes; the value is checked against them all the same.
const sizeBySelect = byId('size-by', HTMLSelectElement);
sizeBySelect.addEventListener('change', () => {
  const sizeBy = oneOf(SIZE_MODES, sizeBySelect.value);
  if (sizeBy) store.dispatch({ type: 'setSizeBy', sizeBy });
});
const labelsSelect = byId('labels', HTMLSelectElement);
labelsSelect.addEventListener('change', () => {
  const labels = oneOf(LABEL_DENSITIES, labelsSelect.value);
  if (labels) store.dispatch({ type: 'setLabels', labels });
});
const colorBySelect = byId('color-by', HTMLSelectElement);
colorBySelect.addEventListener('change', () => {
  const colorBy = oneOf(COLOR_MODES, colorBySelect.value);
  if (colorBy) store.dispatch({ type: 'setColorBy', colorBy });
});
const egoDepthSelect = byId('ego-depth', HTMLSelectElement);
egoDepthSelect.addEventListener('change', () => {
  const depth = oneOf(EGO_DEPTHS, Number(egoDepthSelect.value));
  if (depth === undefined) return;
  store.dispatch({ type: 'setEgoDepth', depth });
  // No entity to centre on: the state keeps the whole graph, and the control says so again.
  if (store.state.egoDepth !== depth) {
    syncControls(store.state);
    setStatus('Select an entity first: the ego network is drawn around it.');
  }
});
const exportSelect = byId('export-format', HTMLSelectElement);
exportSelect.addEventListener('change', async () => {
  const select = exportSelect;
  const format = select.value;
  select.value = '';
  if (!format || !mounted) return;
  try {
    const what = await exportView(format, mounted.renderer.sigma, mounted.graph, mounted.renderer.visible(), mounted.source);
    setStatus(`Exported ${what} of the visible graph.`);
  } catch (error) {
    setStatus(`Export failed: ${errorMessage(error)}`, true);
  }
});
byId('hide-picked').addEventListener('click', () => store.dispatch({ type: 'hidePicked' }));
byId('pin-picked').addEventListener('click', () => store.dispatch({ type: 'togglePin', ids: pickedWithSelection(store.state) }));
byId('clear-picked').addEventListener('click', () => store.dispatch({ type: 'select', selection: store.state.selection }));
byId('neighbours-toggle').addEventListener('click', () => store.dispatch({ type: 'setHighlightNeighbours', on: !store.state.highlightNeighbours }));
const tablePanel = byId('table-panel');
const tableToggle = byId('table-toggle');
/** The table view follows what is shown while it is open. */
function refreshTable(): void {
  if (!mounted || tablePanel.hidden) return;
  showTables(tablePanel, mounted.graph, mounted.renderer.visible(), {
    selectEntity: (id) => void selectEntity(id),
    selectRelation: (id) => store.dispatch({ type: 'select', selection: { kind: 'edge', id } }),
  });
}
tableToggle.addEventListener('click', () => {
  tablePanel.hidden = !tablePanel.hidden;
  tableToggle.setAttribute('aria-expanded', String(!tablePanel.hidden));
  refreshTable();
});
document.addEventListener('keydown', (event) => {
  const typingIn = event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName);
  if (event.key === 'Escape' && !typingIn) {
    pathStart = null;
    store.dispatch({ type: 'setPath', nodes: [] });
    store.dispatch({ type: 'select', selection: null });
  }
});

createSearch(
  byId('search-input', HTMLInputElement),
  byId('search-list', HTMLUListElement),
  (text) => (mounted ? mounted.source.search(text) : Promise.resolve([])),
  (hit: SearchHit) =>
    void (hit.kind === 'relation' ? selectRelationFromSearch(hit) : selectEntity(hit.id)).catch((error) =>
      setStatus(`Could not open ${hit.name}: ${errorMessage(error)}`, true),
    ),
);

/** A relation found by its evidence: brought into the graph with its source's neighbourhood if missing, then selected. */
async function selectRelationFromSearch(hit: SearchHit): Promise<void> {
  if (!mounted) return;
  if (!mounted.graph.hasEdge(hit.id) && hit.entityId) {
    await mergeNeighbourhood(hit.entityId, 1);
    mounted.layout.start(3000);
  }
  if (!mounted.graph.hasEdge(hit.id)) {
    setStatus(`${hit.name} is not in the graph on screen.`, true);
    return;
  }
  store.dispatch({ type: 'select', selection: { kind: 'edge', id: hit.id } });
  const [source, target] = mounted.graph.extremities(hit.id);
  fitToNodes([source, target]);
}
setupCypherPanel(
  (cypher) => {
    if (!mounted?.source.query) return Promise.reject(new Error('Cypher needs the server and Neo4j (kg serve); a graph opened from a file cannot be queried.'));
    return mounted.source.query(cypher);
  },
  (data) => {
    if (!mounted) return;
    const { graph } = mounted;
    const anchor = data.entities.find((e) => graph.hasNode(e.id))?.id;
    mergeIntoGraph(mounted.graph, data, anchor);
    mounted.renderer.dataChanged();
    mounted.legend = createLegend(byId('legend'), store, mounted.graph, mounted.totals);
    mounted.legend.update(store.state, mounted.renderer.visible(), mounted.renderer.coloring());
    mounted.layout.start(3000);
  },
);

// Offline: a graph document from the picker, a drop, or ?file=.
async function openDocument(text: string, name: string): Promise<void> {
  try {
    const document = parseGraphDocument(text, name);
    const ids = new Set(document.entities.map((e) => e.id));
    const selection = store.state.selection;
    if (selection?.kind === 'node' && !ids.has(selection.id)) store.dispatch({ type: 'select', selection: null });
    await mount(new DocumentSource(document, name));
  } catch (error) {
    setStatus(errorMessage(error), true);
  }
}
const fileInput = byId('file-input', HTMLInputElement);
byId('open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (file) await openDocument(await file.text(), file.name);
  fileInput.value = '';
});
const dropHint = byId('drop-hint');
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropHint.hidden = false;
});
document.addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) dropHint.hidden = true;
});
document.addEventListener('drop', async (event) => {
  event.preventDefault();
  dropHint.hidden = true;
  const file = event.dataTransfer?.files?.[0];
  if (file) await openDocument(await file.text(), file.name);
});

async function boot(): Promise<void> {
  showEmpty(details, 'Select an entity or a relation to read its evidence. Search above, or click the graph.');
  const file = params.get('file');
  if (file) {
    try {
      const response = await fetch(file);
      if (!response.ok) throw new Error(`could not fetch ${file} (${response.status})`);
      await openDocument(await response.text(), file.split('/').pop() || file);
    } catch (error) {
      setStatus(`${errorMessage(error)}; open the graph document with "Open file…" instead`, true);
    }
    return;
  }
  const server = await fetchStatus();
  connection.start(server);
  whenConnectionFails(() => void connection.check());
  if (server.up) await mountServer();
  else setStatus(`No Neo4j behind this page (${server.reason}). Open a graph document (kg extract --out graph.json) with "Open file…" or drop it here.`);
}

async function mountServer(): Promise<void> {
  try {
    await mount(new ServerSource());
  } catch (error) {
    setStatus(`Could not load the graph from Neo4j: ${errorMessage(error)}`, true);
  }
}

/** The status line follows Neo4j: it says when it went away and what to do, and loads the graph once it is back. */
function connectionChanged(status: ConnectionStatus, previous: ConnectionStatus | null): void {
  hook.neo4j = status.up;
  if (mounted?.source.kind === 'file') return;
  if (!status.up) {
    setStatus(
      `Neo4j is not reachable: ${status.reason}. ${mounted ? 'The graph on screen stays; search, details and expanding need Neo4j.' : ''}`.trim(),
      true,
    );
  } else if (mounted) {
    hook.lastError = null;
    setStatus(`${describeSource(mounted)} — Neo4j is reachable again`);
  } else if (previous && !previous.up) {
    hook.lastError = null;
    void mountServer();
  }
}
const connection = new ConnectionMonitor(connectionChanged);

void boot();
