// Redrawing the few items a local change of state concerns (a hover on a corpus graph, a selection, a pick, a pin),
// instead of re-running the reducers over the whole graph.
import type Sigma from 'sigma';
import type { ViewerState } from './store.js';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from './viewer-graph.js';
import type { Visible } from './visibility.js';
import type { DrawState } from './reducers.js';

/** What the draw state held before the change. */
export interface Before {
  previous: ViewerState;
  next: ViewerState;
  hoverBefore: Set<string>;
  selectedEndsBefore: Set<string>;
  pickedBefore: Set<string>;
  pinnedBefore: Set<string>;
  visibleBefore: Visible;
}

function symmetricDifference<T>(a: Set<T>, b: Set<T>): T[] {
  const out: T[] = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  for (const x of b) if (!a.has(x)) out.push(x);
  return out;
}

/** The items a hover changes when it does not dim the rest: the entities, their neighbours and their relations. */
function hoverItems(shown: ViewerGraph, around: { hovered: string | null; neighbours: Set<string> }[]) {
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
}

/** Has sigma redraw the items whose drawing changed between `b` and `d` (sigma's graph is `shown`). */
export function partialRedraw(sigma: Sigma<NodeAttributes, EdgeAttributes>, shown: ViewerGraph, b: Before, d: DrawState): void {
  const { previous, next } = b;
  const changed = (key: keyof ViewerState) => previous[key] !== next[key];
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addNode = (id: string | null | undefined) => {
    if (id && shown.hasNode(id)) nodes.add(id);
  };
  if (changed('hoveredNode')) {
    const hovered = hoverItems(shown, [
      { hovered: previous.hoveredNode, neighbours: b.hoverBefore },
      { hovered: next.hoveredNode, neighbours: d.hoverNeighbours },
    ]);
    hovered.nodes.forEach((n) => nodes.add(n));
    hovered.edges.forEach((e) => edges.add(e));
  }
  if (changed('selection')) {
    for (const selection of [previous.selection, next.selection]) {
      if (selection?.kind === 'node') addNode(selection.id);
      else if (selection && shown.hasEdge(selection.id)) edges.add(selection.id);
    }
    for (const id of [...b.selectedEndsBefore, ...d.selectedEnds]) addNode(id);
  }
  for (const id of symmetricDifference(b.pickedBefore, d.picked)) addNode(id);
  for (const id of symmetricDifference(b.pinnedBefore, d.pinned)) addNode(id);
  const sameVisible = d.visible === b.visibleBefore;
  const shownNodes = sameVisible ? [] : symmetricDifference(b.visibleBefore.nodes, d.visible.nodes);
  const shownEdges = sameVisible ? [] : symmetricDifference(b.visibleBefore.edges, d.visible.edges);
  shownNodes.forEach(addNode);
  for (const edge of shownEdges) if (shown.hasEdge(edge)) edges.add(edge);
  const shownChanged = shownNodes.length > 0 || shownEdges.length > 0;
  // A hover is drawn at once (it answers the pointer); a selection, pick or pin in the next frame, so that a camera
  // move made with it (search, a click in the details panel) is drawn in the same frame instead of one more.
  sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: !shownChanged, schedule: !changed('hoveredNode') });
}
