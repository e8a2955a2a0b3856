// What the viewer's modules share: the one store, the page's query string, the elements every module writes to, the
// status line, the test hook, and the graph on screen. The graph is held in `app` rather than handed to each module,
// so that a module reads the graph on screen as it is now, after any remount, not as it was when it was wired.
import type { ViewerGraphData } from '../../src/viewer/viewer-data.js';
import type { ViewerDataSource } from './data-source.js';
import { byId } from './dom.js';
import type { LayoutRunner } from './layout.js';
import type { Legend } from './panels/legend.js';
import type { TimelineView } from './panels/timeline.js';
import type { ViewerRenderer } from './renderer.js';
import { Store, initialState } from './store.js';
import { stateFromSearch } from './url-state.js';
import type { ViewerGraph } from './viewer-graph.js';
import { createViewerHook } from './viewer-hook.js';
import type { Stage } from './viewer-sigma.js';

/** A graph on screen: where it came from, and the views set up for it. */
export interface Mounted {
  source: ViewerDataSource;
  graph: ViewerGraph;
  renderer: ViewerRenderer;
  layout: LayoutRunner;
  legend: Legend;
  timeline: TimelineView | null;
  totals: ViewerGraphData['counts'];
}

export const params = new URLSearchParams(location.search);
/** The state starts from the link: a shared URL reopens its selection, filters and camera. */
export const store = new Store({ ...initialState, ...stateFromSearch(location.search) });
export const container = byId('graph');
export const details = byId('details');
const status = byId('status');

export const app: {
  /** The graph on screen; null until a source is mounted, and while a new one loads. */
  mounted: Mounted | null;
  /** A stage set up for a mount that has not handed it to a renderer yet (see stageWhileFetching). */
  waitingStage: Stage | undefined;
} = { mounted: null, waitingStage: undefined };

export const hook = createViewerHook(store, app);
window.__kgViewer = hook;

/** Writes the status line; an error is shown as one and kept in the hook for tests. */
export function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.style.color = error ? '#a31515' : '';
  if (error) hook.lastError = text;
}

/** What the status line says of a graph on screen: its source and size, and whether the overview cut it. */
export function describeSource(m: Mounted): string {
  const cut = m.totals.entities > m.graph.order ? ` (the ${m.graph.order} most mentioned of ${m.totals.entities})` : '';
  return `${m.source.kind === 'server' ? 'Neo4j' : m.source.label}: ${m.graph.order} entities${cut}, ${m.graph.size} relations`;
}
