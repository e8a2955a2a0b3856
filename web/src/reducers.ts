// Sigma's node and edge reducers: how the state shows on each item (filters, hover, selection, picks, pins, kept
// neighbourhoods, size and colour modes, edge labels). They do constant work per item: everything they read (the
// visible sets, hover neighbours, colours, the size maximum) is computed once per change of state by the renderer and
// kept in a DrawState, never per node. Sigma 4 merges what a reducer returns into the item's display data, so the
// reducers return only what they change.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { SizeBy, ViewerState } from './store.js';
import type { NodeAttributes, ViewerGraph } from './viewer-graph.js';
import type { Visible } from './visibility.js';
import type { Coloring } from './coloring.js';
import type { EdgeReducer, NodeReducer } from './viewer-sigma.js';

const DIMMED = '#d9dde3';
/** A hovered entity's relations on a corpus graph, where the rest is not dimmed. */
const HOVERED_EDGE = '#3d4652';

/** What the reducers read, derived from the state by the renderer whenever the state changes. */
export interface DrawState {
  state: ViewerState;
  visible: Visible;
  coloring: Coloring;
  /** The largest value entities are sized by. */
  maxSize: number;
  hoverNeighbours: Set<string>;
  /** The ends of a selected relation. */
  selectedEnds: Set<string>;
  /** Multi-selected entities: highlighted, names always drawn. */
  picked: Set<string>;
  /** Pinned entities: names always drawn. */
  pinned: Set<string>;
  /** The selected entity and its neighbours, or a path, when they stay highlighted. */
  kept: Set<string> | null;
  /** Shown entities whose names sigma has not been given yet (see staging.ts). */
  unnamed: Set<string>;
  /** Zoomed in far enough for every shown relation to have its label. */
  zoomedIn: boolean;
  /** Hovering dims everything but the hovered entity's neighbourhood (small graphs only). */
  dimOnHover: boolean;
}

/** The value a node is sized by. */
export function sizeValue(attrs: NodeAttributes, sizeBy: SizeBy): number {
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

export function nodeReducer(d: DrawState): NodeReducer {
  return (node, _data, attrs) => {
    const { state } = d;
    if (!d.visible.nodes.has(node)) return { visibility: 'hidden' };
    const out: Partial<NodeDisplayData> = { size: 2.5 + 10 * Math.sqrt(sizeValue(attrs, state.sizeBy) / d.maxSize), color: d.coloring.colorOf(node) };
    if (d.unnamed.has(node)) out.label = null;
    const selected = state.selection;
    if (selected?.kind === 'node' && selected.id === node) {
      out.highlighted = true;
      out.labelVisibility = 'visible';
      out.zIndex = 2;
    }
    if (d.selectedEnds.has(node) || d.picked.has(node)) {
      out.highlighted = true;
      out.labelVisibility = 'visible';
    } else if (d.pinned.has(node)) out.labelVisibility = 'visible';
    const nearHover = state.hoveredNode !== null && (node === state.hoveredNode || d.hoverNeighbours.has(node));
    if (state.hoveredNode && !nearHover && d.dimOnHover) {
      out.color = DIMMED;
      out.labelVisibility = 'hidden';
      out.zIndex = 0;
      out.highlighted = false;
    } else if (nearHover) {
      out.labelVisibility = 'visible';
      out.zIndex = 1;
      if (!d.dimOnHover && node === state.hoveredNode) out.highlighted = true;
    } else if (d.kept) {
      if (d.kept.has(node)) {
        out.labelVisibility = 'visible';
        out.zIndex = 1;
      } else {
        out.color = DIMMED;
        out.labelVisibility = 'hidden';
        out.zIndex = 0;
      }
    }
    return out;
  };
}

export function edgeReducer(d: DrawState, graph: ViewerGraph): EdgeReducer {
  return (edge, _data, attrs) => {
    const { state, kept, dimOnHover } = d;
    if (!d.visible.edges.has(edge)) return { visibility: 'hidden' };
    const out: Partial<EdgeDisplayData> = {};
    const selected = state.selection?.kind === 'edge' && state.selection.id === edge;
    const touchesHover = state.hoveredNode !== null && (graph.source(edge) === state.hoveredNode || graph.target(edge) === state.hoveredNode);
    if (state.hoveredNode && !touchesHover && dimOnHover) return { color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
    if (!touchesHover && (!dimOnHover || !state.hoveredNode) && kept && !(kept.has(graph.source(edge)) && kept.has(graph.target(edge))))
      return { color: DIMMED, labelVisibility: 'hidden', zIndex: 0 };
    out.labelVisibility = selected || touchesHover ? 'visible' : d.zoomedIn ? 'auto' : 'hidden';
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
  };
}
