// Growing the graph on screen beyond the overview: an entity's neighbourhood fetched from the source, an entity or a
// relation reached by search that the overview left out, and the graph a Cypher query returned.
import type { SearchHit, ViewerGraphData } from '../../src/viewer/viewer-data.js';
import { app, describeSource, setStatus, store } from './app-context.js';
import { fitToNodes, focusNode } from './camera.js';
import { byId } from './dom.js';
import { createLegend } from './panels/legend.js';
import { mergeIntoGraph } from './viewer-graph.js';

/** Adds a neighbourhood fetched from the source; returns true when nodes were added. */
export async function mergeNeighbourhood(id: string, depth: number): Promise<boolean> {
  if (!app.mounted) return false;
  const { graph } = app.mounted;
  const data = await app.mounted.source.ego(id, depth);
  const added = mergeIntoGraph(graph, data, id);
  if (added.length === 0 && data.relations.every((r) => graph.hasEdge(r.id))) return false;
  app.mounted.renderer.dataChanged();
  app.mounted.legend = createLegend(byId('legend'), store, app.mounted.graph, app.mounted.totals);
  app.mounted.legend.update(store.state, app.mounted.renderer.visible(), app.mounted.renderer.coloring());
  setStatus(describeSource(app.mounted));
  return true;
}

/** Selects an entity and centres on it, bringing it into the graph with its neighbours first if it is not there. */
export async function selectEntity(id: string): Promise<void> {
  if (!app.mounted) return;
  if (!app.mounted.graph.hasNode(id)) {
    await mergeNeighbourhood(id, 1);
    if (app.mounted.graph.order > 1) app.mounted.layout.start(3000);
  }
  store.dispatch({ type: 'select', selection: { kind: 'node', id } });
  focusNode(id);
}

/** A relation found by its evidence: brought into the graph with its source's neighbourhood if missing, then selected. */
export async function selectRelationFromSearch(hit: SearchHit): Promise<void> {
  if (!app.mounted) return;
  if (!app.mounted.graph.hasEdge(hit.id) && hit.entityId) {
    await mergeNeighbourhood(hit.entityId, 1);
    app.mounted.layout.start(3000);
  }
  if (!app.mounted.graph.hasEdge(hit.id)) {
    setStatus(`${hit.name} is not in the graph on screen.`, true);
    return;
  }
  store.dispatch({ type: 'select', selection: { kind: 'edge', id: hit.id } });
  const [source, target] = app.mounted.graph.extremities(hit.id);
  fitToNodes([source, target]);
}

/** Adds the entities and relations a Cypher query returned, placed next to one already on screen when there is one. */
export function addQueryGraph(data: ViewerGraphData): void {
  if (!app.mounted) return;
  const { graph } = app.mounted;
  const anchor = data.entities.find((e) => graph.hasNode(e.id))?.id;
  mergeIntoGraph(app.mounted.graph, data, anchor);
  app.mounted.renderer.dataChanged();
  app.mounted.legend = createLegend(byId('legend'), store, app.mounted.graph, app.mounted.totals);
  app.mounted.legend.update(store.state, app.mounted.renderer.visible(), app.mounted.renderer.coloring());
  app.mounted.layout.start(3000);
}
