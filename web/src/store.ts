// The viewer's state and the pure actions that change it. Views subscribe and sync the state into the DOM and sigma;
// they never change it except by dispatching an action. Data (the graph) lives apart, in viewer-graph.ts.

export type Selection = { kind: 'node' | 'edge'; id: string } | null;
export const SIZE_MODES = ['degree', 'mentions', 'articles', 'pagerank'] as const;
export const COLOR_MODES = ['type', 'community', 'family'] as const;
export const LABEL_DENSITIES = ['few', 'normal', 'many'] as const;
/** The depths the ego network is drawn to; 0 draws the whole graph. */
export const EGO_DEPTHS = [0, 1, 2, 3] as const;
export type SizeBy = (typeof SIZE_MODES)[number];
export type ColorBy = (typeof COLOR_MODES)[number];
export type LabelDensity = (typeof LABEL_DENSITIES)[number];
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewerState {
  hiddenEntityTypes: string[];
  hiddenRelationTypes: string[];
  /** Relations under this confidence are hidden. */
  minConfidence: number;
  /** Inclusive ISO date bounds (prefix-compared); null = open. Relations without a date are always shown. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Entities with no shown relation are hidden unless this is on (the first view of a corpus is then a graph, not a ring of dots). */
  showIsolated: boolean;
  /** Entities with fewer shown relations, or fewer mentions, than these are hidden. */
  minDegree: number;
  minMentions: number;
  selection: Selection;
  hoveredNode: string | null;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** How many names are drawn at a zoom level. */
  labels: LabelDensity;
  /** Keeps the selected entity's neighbourhood highlighted (the rest dimmed) until turned off. */
  highlightNeighbours: boolean;
  /** Entities the user took out of the view. */
  hiddenNodes: string[];
  /** Entities the layout leaves where they are. */
  pinnedNodes: string[];
  /** Entities picked with shift- or ctrl-click, besides the selection: highlighted, and hidden or pinned together. */
  pickedNodes: string[];
  /** The entities of the shortest path found last, in order; highlighted while set. */
  pathNodes: string[];
  /** 0 = off; 1-3 = show only the neighbourhood of `egoCenter` to that depth. */
  egoDepth: (typeof EGO_DEPTHS)[number];
  /** The entity the ego network is drawn around: the node selected when ego mode was turned on. */
  egoCenter: string | null;
  camera: CameraState | null;
  layoutRunning: boolean;
}

export const initialState: ViewerState = {
  hiddenEntityTypes: [],
  hiddenRelationTypes: [],
  minConfidence: 0,
  dateFrom: null,
  dateTo: null,
  showIsolated: false,
  minDegree: 0,
  minMentions: 0,
  selection: null,
  hoveredNode: null,
  sizeBy: 'degree',
  colorBy: 'type',
  labels: 'normal',
  highlightNeighbours: false,
  hiddenNodes: [],
  pinnedNodes: [],
  pickedNodes: [],
  pathNodes: [],
  egoDepth: 0,
  egoCenter: null,
  camera: null,
  layoutRunning: false,
};

export type Action =
  | { type: 'toggleEntityType'; entityType: string }
  | { type: 'toggleRelationTypes'; relationTypes: string[] }
  | { type: 'setMinConfidence'; value: number }
  | { type: 'setDateRange'; from: string | null; to: string | null }
  | { type: 'setShowIsolated'; show: boolean }
  | { type: 'setMinDegree'; value: number }
  | { type: 'setMinMentions'; value: number }
  | { type: 'setLabels'; labels: LabelDensity }
  | { type: 'setHighlightNeighbours'; on: boolean }
  | { type: 'hideNode'; id: string }
  | { type: 'showAllNodes' }
  | { type: 'togglePin'; ids: string[] }
  | { type: 'togglePick'; id: string }
  | { type: 'hidePicked' }
  | { type: 'setPath'; nodes: string[] }
  | { type: 'select'; selection: Selection }
  | { type: 'hover'; node: string | null }
  | { type: 'setSizeBy'; sizeBy: ViewerState['sizeBy'] }
  | { type: 'setColorBy'; colorBy: ViewerState['colorBy'] }
  | { type: 'setEgoDepth'; depth: ViewerState['egoDepth'] }
  | { type: 'setCamera'; camera: CameraState }
  | { type: 'setLayoutRunning'; running: boolean }
  | { type: 'hydrate'; state: Partial<ViewerState> };

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

/** The next state for an action; never mutates `state`. */
export function reduce(state: ViewerState, action: Action): ViewerState {
  switch (action.type) {
    case 'toggleEntityType':
      return { ...state, hiddenEntityTypes: toggle(state.hiddenEntityTypes, action.entityType) };
    case 'toggleRelationTypes': {
      // A family toggles as one: if any of its types is shown, all are hidden; otherwise all are shown.
      const anyShown = action.relationTypes.some((t) => !state.hiddenRelationTypes.includes(t));
      const rest = state.hiddenRelationTypes.filter((t) => !action.relationTypes.includes(t));
      return { ...state, hiddenRelationTypes: anyShown ? [...rest, ...action.relationTypes].sort() : rest };
    }
    case 'setMinConfidence':
      return { ...state, minConfidence: Math.min(1, Math.max(0, action.value)) };
    case 'setDateRange':
      return state.dateFrom === action.from && state.dateTo === action.to ? state : { ...state, dateFrom: action.from, dateTo: action.to };
    case 'setShowIsolated':
      return { ...state, showIsolated: action.show };
    case 'setMinDegree':
      return { ...state, minDegree: Math.max(0, Math.round(action.value)) };
    case 'setMinMentions':
      return { ...state, minMentions: Math.max(0, Math.round(action.value)) };
    case 'setLabels':
      return { ...state, labels: action.labels };
    case 'setHighlightNeighbours':
      return { ...state, highlightNeighbours: action.on };
    case 'hideNode':
      return state.hiddenNodes.includes(action.id)
        ? state
        : {
            ...state,
            hiddenNodes: [...state.hiddenNodes, action.id].sort(),
            selection: state.selection?.kind === 'node' && state.selection.id === action.id ? null : state.selection,
          };
    case 'togglePin': {
      // Several entities toggle as one: if any is free, all are pinned; otherwise all are released.
      const anyFree = action.ids.some((id) => !state.pinnedNodes.includes(id));
      const rest = state.pinnedNodes.filter((id) => !action.ids.includes(id));
      return { ...state, pinnedNodes: anyFree ? [...rest, ...action.ids].sort() : rest };
    }
    case 'togglePick':
      return { ...state, pickedNodes: toggle(state.pickedNodes, action.id) };
    case 'hidePicked': {
      const picked = pickedWithSelection(state);
      if (picked.length === 0) return state;
      return {
        ...state,
        hiddenNodes: [...new Set([...state.hiddenNodes, ...picked])].sort(),
        pickedNodes: [],
        selection: state.selection?.kind === 'node' && picked.includes(state.selection.id) ? null : state.selection,
      };
    }
    case 'setPath':
      return { ...state, pathNodes: action.nodes };
    case 'showAllNodes':
      return state.hiddenNodes.length ? { ...state, hiddenNodes: [] } : state;
    case 'select':
      // Selecting another node while in ego mode re-centres the ego network; selecting an edge keeps it. A plain
      // selection ends a multi-selection.
      return {
        ...state,
        selection: action.selection,
        pickedNodes: [],
        egoCenter: state.egoDepth > 0 && action.selection?.kind === 'node' ? action.selection.id : state.egoCenter,
      };
    case 'hover':
      return state.hoveredNode === action.node ? state : { ...state, hoveredNode: action.node };
    case 'setSizeBy':
      return { ...state, sizeBy: action.sizeBy };
    case 'setColorBy':
      return { ...state, colorBy: action.colorBy };
    case 'setEgoDepth':
      if (action.depth === 0) return { ...state, egoDepth: 0, egoCenter: null };
      // Ego mode needs a centre: the selected node, or the one it already has.
      {
        const center = state.selection?.kind === 'node' ? state.selection.id : state.egoCenter;
        return center ? { ...state, egoDepth: action.depth, egoCenter: center } : state;
      }
    case 'setCamera':
      return { ...state, camera: action.camera };
    case 'setLayoutRunning':
      return { ...state, layoutRunning: action.running };
    case 'hydrate':
      return { ...state, ...action.state };
  }
}

/** The picked entities and the selected one: what "hide selected" and "pin selected" act on. */
export function pickedWithSelection(state: ViewerState): string[] {
  const ids = new Set(state.pickedNodes);
  if (state.selection?.kind === 'node') ids.add(state.selection.id);
  return [...ids].sort();
}

export type Listener = (state: ViewerState, previous: ViewerState) => void;

/** A minimal store: current state, dispatch, subscribe. */
export class Store {
  private listeners: Listener[] = [];
  constructor(private current: ViewerState = initialState) {}

  get state(): ViewerState {
    return this.current;
  }

  dispatch(action: Action): void {
    const previous = this.current;
    const next = reduce(previous, action);
    if (next === previous) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}

/** The one of `values` that `value` is (a control's or a URL's text, a number read from it), if any. */
export function oneOf<T extends string | number>(values: readonly T[], value: string | number | null): T | undefined {
  return values.find((v) => v === value);
}
