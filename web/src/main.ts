// The viewer app: picks the data source (the `kg serve` API, or a graph document from `?file=`, the file picker or a
// drop), and wires the views to the store. Views only dispatch actions and render state; the modules it wires hold
// the rest (mount.ts the graph on screen, toolbar.ts the controls, details-loading.ts the details panel).
import './style.css';
import type { SearchHit } from '../../src/viewer/viewer-data.js';
import { errorMessage } from '../../src/util/errors.js';
import { app, container, describeSource, details, hook, params, setStatus, store } from './app-context.js';
import { fitToNodes } from './camera.js';
import { ConnectionMonitor, fetchStatus, type ConnectionStatus } from './connection.js';
import { whenConnectionFails } from './data-source.js';
import { loadDetails } from './details-loading.js';
import { byId } from './dom.js';
import { countPresses } from './graph-events.js';
import { addQueryGraph, mergeNeighbourhood, selectEntity, selectRelationFromSearch } from './graph-growth.js';
import { ensureMetrics } from './graph-metrics.js';
import { mountServer } from './mount.js';
import { openDocument, wireFileOpening } from './open-document.js';
import { setupCypherPanel } from './panels/cypher.js';
import { showEmpty } from './panels/details.js';
import { createSearch } from './panels/search.js';
import { cancelPath, continuePath } from './shortest-path.js';
import { refreshTable, syncControls, syncPicked, wireToolbar } from './toolbar.js';
import { searchFromState } from './url-state.js';

countPresses(container);

// State → views.
let urlTimer: ReturnType<typeof setTimeout> | undefined;
let visibleInTable: unknown = null;
store.subscribe((state, previous) => {
  ensureMetrics(state);
  if (app.mounted) {
    app.mounted.renderer.sync(state);
    // Hovering changes nothing the legend shows; its counts walk every shown entity.
    if (state !== previous && state.hoveredNode === previous.hoveredNode)
      app.mounted.legend.update(state, app.mounted.renderer.visible(), app.mounted.renderer.coloring());
  }
  if (state.selection !== previous.selection) void loadDetails(state.selection);
  continuePath(state, previous);
  if (state.dateFrom !== previous.dateFrom || state.dateTo !== previous.dateTo) app.mounted?.timeline?.update(state);
  if (state.pinnedNodes !== previous.pinnedNodes) {
    app.mounted?.layout.setPinned(state.pinnedNodes);
    const pinButton = document.getElementById('pin-node');
    if (pinButton && state.selection?.kind === 'node') pinButton.textContent = state.pinnedNodes.includes(state.selection.id) ? 'Unpin' : 'Pin in place';
  }
  if (state.pickedNodes !== previous.pickedNodes) syncPicked(state);
  if (app.mounted && app.mounted.renderer.visible() !== visibleInTable) {
    visibleInTable = app.mounted.renderer.visible();
    refreshTable();
  }
  if (state.egoDepth !== previous.egoDepth || state.egoCenter !== previous.egoCenter) {
    const selected = state.egoCenter;
    if (selected && state.egoDepth > 0 && app.mounted?.source.kind === 'server') {
      void mergeNeighbourhood(selected, state.egoDepth).then(
        (grew) => {
          if (grew) app.mounted?.layout.start(3000);
          if (app.mounted) fitToNodes(app.mounted.renderer.visible().nodes);
        },
        (error: Error) => {
          setStatus(`Could not fetch the ego network from Neo4j: ${error.message}. The view shows the part already loaded.`, true);
          if (app.mounted) fitToNodes(app.mounted.renderer.visible().nodes);
        },
      );
    } else if (app.mounted) fitToNodes(app.mounted.renderer.visible().nodes);
  }
  syncControls(state);
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => history.replaceState(null, '', `${location.pathname}${searchFromState(store.state, location.search)}${location.hash}`), 150);
});

// Controls → actions.
wireToolbar();
document.addEventListener('keydown', (event) => {
  const typingIn = event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName);
  if (event.key === 'Escape' && !typingIn) {
    cancelPath();
    store.dispatch({ type: 'setPath', nodes: [] });
    store.dispatch({ type: 'select', selection: null });
  }
});

createSearch(
  byId('search-input', HTMLInputElement),
  byId('search-list', HTMLUListElement),
  (text) => (app.mounted ? app.mounted.source.search(text) : Promise.resolve([])),
  (hit: SearchHit) =>
    void (hit.kind === 'relation' ? selectRelationFromSearch(hit) : selectEntity(hit.id)).catch((error) =>
      setStatus(`Could not open ${hit.name}: ${errorMessage(error)}`, true),
    ),
);
setupCypherPanel((cypher) => {
  if (!app.mounted?.source.query)
    return Promise.reject(new Error('Cypher needs the server and Neo4j (kg serve); a graph opened from a file cannot be queried.'));
  return app.mounted.source.query(cypher);
}, addQueryGraph);

// Offline: a graph document from the picker, a drop, or ?file=.
wireFileOpening();

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

/** The status line follows Neo4j: it says when it went away and what to do, and loads the graph once it is back. */
function connectionChanged(status: ConnectionStatus, previous: ConnectionStatus | null): void {
  hook.neo4j = status.up;
  if (app.mounted?.source.kind === 'file') return;
  if (!status.up) {
    setStatus(
      `Neo4j is not reachable: ${status.reason}. ${app.mounted ? 'The graph on screen stays; search, details and expanding need Neo4j.' : ''}`.trim(),
      true,
    );
  } else if (app.mounted) {
    hook.lastError = null;
    setStatus(`${describeSource(app.mounted)} — Neo4j is reachable again`);
  } else if (previous && !previous.up) {
    hook.lastError = null;
    void mountServer();
  }
}
const connection = new ConnectionMonitor(connectionChanged);

void boot();
