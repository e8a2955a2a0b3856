// Mounting a data source: its overview becomes the graph on screen, with sigma, the layout, the legend, the timeline
// and the pointer's events set up for it, in a few tasks so the page stays responsive. A newer mount stops an older
// one still under way (mountTicket).
import { errorMessage } from '../../src/util/errors.js';
import { app, container, describeSource, hook, params, setStatus, store, type Mounted } from './app-context.js';
import { fitToNodes, focusNode } from './camera.js';
import { ServerSource, type ViewerDataSource } from './data-source.js';
import { loadDetails } from './details-loading.js';
import { byId } from './dom.js';
import { wireGraphEvents } from './graph-events.js';
import { ensureMetrics } from './graph-metrics.js';
import { LayoutRunner } from './layout.js';
import { createLegend } from './panels/legend.js';
import { createTimeline } from './panels/timeline.js';
import { createRenderer } from './renderer.js';
import { compileAhead, warmUp } from './stage-warm-up.js';
import { syncControls, syncPicked } from './toolbar.js';
import { computePagerank, createViewerGraph, mergeIntoGraph } from './viewer-graph.js';
import { recordFirstFrames } from './viewer-hook.js';
import { createStage, type Stage } from './viewer-sigma.js';

/** ForceAtlas2 runs this long at most after the first paint (it stops earlier once settled). */
const FIRST_LAYOUT_MS = 20_000;

function teardown(): void {
  app.waitingStage?.sigma.kill();
  app.waitingStage = undefined;
  if (!app.mounted) return;
  app.mounted.layout.kill();
  app.mounted.renderer.sigma.kill();
  app.mounted = null;
  hook.ready = false;
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
  app.waitingStage = stage;
  // The warm-up's draw in a task of its own, after the compilation.
  await nextTask();
  if (ticket === mountTicket) await warmUp(stage);
  return ticket === mountTicket ? stage : undefined;
}

/** Replaces the graph on screen with the overview of `source`. */
export async function mount(source: ViewerDataSource): Promise<void> {
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
  /** Shown relations waiting for the layout to stop (see staging.ts); the status line says so while they wait. */
  let held = 0;
  const statusLine = (m: Mounted) =>
    describeSource(m) +
    (data.truncated ? ' — cut to the cap; search or expand to reach the rest' : '') +
    (held > 0 ? ` — ${held} less confident relations are drawn once the layout stops` : '');
  const renderer = createRenderer(container, graph, store.state, stage, (count) => {
    held = count;
    if (app.mounted?.renderer === renderer && !hook.lastError) setStatus(statusLine(app.mounted));
  });
  app.waitingStage = undefined;
  hook.firstRenderMs ??= performance.now();
  renderer.sigma.once('afterRender', () =>
    requestAnimationFrame(() => {
      hook.firstFrameMs ??= performance.now();
    }),
  );
  recordFirstFrames(hook, renderer, params.get('recordframes') === '1');
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
  app.mounted = { source, graph, renderer, layout, legend, timeline: null, totals: data.counts };
  const m = app.mounted;
  source.timeline().then(
    (timeline) => {
      if (app.mounted === m) m.timeline = createTimeline(byId('timeline'), store, graph, timeline);
    },
    (error: Error) => setStatus(`Could not load the timeline: ${error.message}`, true),
  );
  hook.sourceKind = source.kind;

  wireGraphEvents(container, renderer);
  const camera = renderer.sigma.getCamera();
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
  setStatus(statusLine(app.mounted));
  // The layout runs in its worker from the first paint; the page stays responsive while it settles.
  if (params.get('autolayout') !== '0') layout.start(FIRST_LAYOUT_MS);
  hook.ready = true;
  ensureMetrics(store.state);
}

/** Mounts the graph in Neo4j, through `kg serve`; a failure is said in the status line. */
export async function mountServer(): Promise<void> {
  try {
    await mount(new ServerSource());
  } catch (error) {
    setStatus(`Could not load the graph from Neo4j: ${errorMessage(error)}`, true);
  }
}
