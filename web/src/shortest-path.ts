// The shortest-path search: the user starts it from an entity's details, then selects the other end (search or a
// click), and the chain of relations between them is fetched, added to the graph and highlighted.
import { errorMessage } from '../../src/util/errors.js';
import { app, setStatus, store } from './app-context.js';
import { fitToNodes } from './camera.js';
import { byId } from './dom.js';
import { createLegend } from './panels/legend.js';
import type { ViewerState } from './store.js';
import { mergeIntoGraph } from './viewer-graph.js';

/** The entity a shortest-path search starts from, while the user picks the other end. */
let pathStart: { id: string; name: string } | null = null;

/** Starts a search from an entity: the next entity selected is the other end. */
export function startPath(id: string, name: string): void {
  pathStart = { id, name };
  store.dispatch({ type: 'setPath', nodes: [] });
  setStatus(`Shortest path from ${name}: now select the other entity (search or click the graph); Escape cancels.`);
}

/** Forgets a search still waiting for its other end. */
export function cancelPath(): void {
  pathStart = null;
}

/** On a change of state: when a search waits and another entity was selected, that entity is its other end. */
export function continuePath(state: ViewerState, previous: ViewerState): void {
  if (pathStart && state.selection !== previous.selection && state.selection?.kind === 'node' && state.selection.id !== pathStart.id) {
    const from = pathStart;
    pathStart = null;
    void showPath(from, state.selection.id);
  }
}

/** Finds, adds and highlights the shortest chain of relations between two entities. */
async function showPath(from: { id: string; name: string }, to: string): Promise<void> {
  if (!app.mounted) return;
  const m = app.mounted;
  try {
    const found = await m.source.path(from.id, to);
    if (app.mounted !== m) return;
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
