// Which nodes and edges are shown for a state: type filters from the legend, the confidence and date filters, and the
// ego-network mode. Pure: computed once per state change, then read by the sigma reducers.
import type { ViewerState } from './store.js';
import type { ViewerGraph } from './viewer-graph.js';
import { walkNeighbourhoodNow } from '../../src/viewer/ego-network.js';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/** True when a relation date (YYYY, YYYY-MM or YYYY-MM-DD) falls in [from, to], compared at the coarser precision. */
export function dateInRange(date: string | undefined, from: string | null, to: string | null): boolean {
  if (!date) return true;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

/** The date a relation is placed at on the timeline: its own date, else the day its first article was published. */
export function relationTime(attrs: { date?: string; published?: string }): string | undefined {
  return attrs.date ?? attrs.published;
}

export function computeVisible(graph: ViewerGraph, state: ViewerState): Visible {
  const hiddenTypes = new Set(state.hiddenEntityTypes);
  const hiddenRelations = new Set(state.hiddenRelationTypes);
  const hiddenNodes = new Set(state.hiddenNodes);
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!hiddenTypes.has(attrs.entityType) && attrs.mentionCount >= state.minMentions && !hiddenNodes.has(node)) nodes.add(node);
  });
  const edges = new Set<string>();
  const shownDegree = new Map<string, number>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (hiddenRelations.has(attrs.relationType) || attrs.confidence < state.minConfidence) return;
    if (!dateInRange(relationTime(attrs), state.dateFrom, state.dateTo)) return;
    edges.add(edge);
    shownDegree.set(source, (shownDegree.get(source) ?? 0) + 1);
    shownDegree.set(target, (shownDegree.get(target) ?? 0) + 1);
  });
  // Unconnected entities (no shown relation) and those under the degree threshold go: what the user picked (the
  // selection, the ego centre) always stays.
  const minDegree = Math.max(state.minDegree, state.showIsolated ? 0 : 1);
  if (minDegree > 0) {
    const kept = new Set([state.selection?.kind === 'node' ? state.selection.id : null, state.egoCenter]);
    for (const node of nodes) if ((shownDegree.get(node) ?? 0) < minDegree && !kept.has(node)) nodes.delete(node);
    const left = new Set<string>();
    for (const edge of edges) {
      if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
      else {
        left.add(graph.source(edge));
        left.add(graph.target(edge));
      }
    }
    // An entity whose every neighbour fell under the threshold is left with nothing to show; it goes too.
    for (const node of nodes) if (!left.has(node) && !kept.has(node)) nodes.delete(node);
  }
  const selected = state.egoCenter;
  if (state.egoDepth > 0 && selected && nodes.has(selected)) {
    // Breadth first over the shown edges only, so the ego network respects the filters.
    const shownNeighbours = (frontier: string[]): string[] => {
      const found: string[] = [];
      for (const node of frontier)
        graph.forEachEdge(node, (edge, _a, source, target) => {
          if (edges.has(edge)) found.push(source === node ? target : source);
        });
      return found;
    };
    const ego = new Set(walkNeighbourhoodNow(selected, state.egoDepth, shownNeighbours).ids);
    for (const node of [...nodes]) if (!ego.has(node)) nodes.delete(node);
    for (const edge of [...edges]) if (!ego.has(graph.source(edge)) || !ego.has(graph.target(edge))) edges.delete(edge);
  }
  return { nodes, edges };
}

/** The sorted distinct relation dates in the graph, for the time slider. */
export function relationDates(graph: ViewerGraph): string[] {
  const dates = new Set<string>();
  graph.forEachEdge((_e, attrs) => {
    if (attrs.date) dates.add(attrs.date);
  });
  return [...dates].sort();
}
