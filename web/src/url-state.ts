// The shareable part of the state, written to and read from the URL's query string, so a copied link reopens the same
// selection (with the multi-selection), pinned and hidden entities, filters and camera. Positions are not part of the link, so a
// pinned entity is pinned where the layout puts it when the link is opened. Pure functions; main.ts calls them on load
// and on every state change.
import type { ViewerState } from './store.js';

import { COLOR_MODES, LABEL_DENSITIES, SIZE_MODES, oneOf } from './store.js';

type Shared = Pick<
  ViewerState,
  | 'hiddenEntityTypes'
  | 'hiddenRelationTypes'
  | 'minConfidence'
  | 'dateFrom'
  | 'dateTo'
  | 'selection'
  | 'pickedNodes'
  | 'pinnedNodes'
  | 'hiddenNodes'
  | 'sizeBy'
  | 'colorBy'
  | 'egoDepth'
  | 'egoCenter'
  | 'camera'
  | 'showIsolated'
  | 'minDegree'
  | 'minMentions'
  | 'labels'
>;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean).sort() : []);

/** Reads the state a URL carries; anything malformed is ignored rather than trusted. */
export function stateFromSearch(search: string): Partial<ViewerState> {
  const params = new URLSearchParams(search);
  const state: Partial<ViewerState> = {};
  if (params.has('hide')) state.hiddenEntityTypes = list(params.get('hide'));
  if (params.has('hiderel')) state.hiddenRelationTypes = list(params.get('hiderel'));
  const confidence = Number(params.get('conf'));
  if (params.has('conf') && confidence >= 0 && confidence <= 1) state.minConfidence = confidence;
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  if (date.test(params.get('from') ?? '')) state.dateFrom = params.get('from');
  if (date.test(params.get('to') ?? '')) state.dateTo = params.get('to');
  const selected = /^(n|e):(.+)$/.exec(params.get('sel') ?? '');
  const selectedId = selected?.[2];
  if (selected && selectedId) state.selection = { kind: selected[1] === 'n' ? 'node' : 'edge', id: selectedId };
  // Entity ids are slugs with a type prefix (no commas), so a comma-separated list carries them intact.
  if (params.has('pick')) state.pickedNodes = list(params.get('pick'));
  if (params.has('pin')) state.pinnedNodes = list(params.get('pin'));
  if (params.has('hid')) state.hiddenNodes = list(params.get('hid'));
  const sizeBy = oneOf(SIZE_MODES, params.get('size'));
  if (sizeBy) state.sizeBy = sizeBy;
  const colorBy = oneOf(COLOR_MODES, params.get('color'));
  if (colorBy) state.colorBy = colorBy;
  const labels = oneOf(LABEL_DENSITIES, params.get('labels'));
  if (labels) state.labels = labels;
  if (params.get('isolated') === '1') state.showIsolated = true;
  const minDegree = Number(params.get('mindeg'));
  if (Number.isInteger(minDegree) && minDegree > 0) state.minDegree = minDegree;
  const minMentions = Number(params.get('minment'));
  if (Number.isInteger(minMentions) && minMentions > 0) state.minMentions = minMentions;
  const ego = Number(params.get('ego'));
  const center = params.get('egoc') ?? (selected?.[1] === 'n' ? selected[2] : null);
  if ((ego === 1 || ego === 2 || ego === 3) && center) {
    state.egoDepth = ego;
    state.egoCenter = center;
  }
  const camera = (params.get('cam') ?? '').split(',').map(Number);
  const [x, y, ratio] = camera;
  if (camera.length === 3 && camera.every(Number.isFinite) && x !== undefined && y !== undefined && ratio !== undefined && ratio > 0)
    state.camera = { x, y, ratio };

  return state;
}

/** Writes the shareable state into `search` (keeping other parameters such as `file`), omitting defaults. */
export function searchFromState(state: Shared, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) => (value === null || value === '' ? params.delete(key) : params.set(key, value));
  set('hide', state.hiddenEntityTypes.join(','));
  set('hiderel', state.hiddenRelationTypes.join(','));
  set('conf', state.minConfidence > 0 ? String(Math.round(state.minConfidence * 100) / 100) : null);
  set('from', state.dateFrom);
  set('to', state.dateTo);
  set('sel', state.selection ? `${state.selection.kind === 'node' ? 'n' : 'e'}:${state.selection.id}` : null);
  set('pick', state.pickedNodes.join(','));
  set('pin', state.pinnedNodes.join(','));
  set('hid', state.hiddenNodes.join(','));
  set('size', state.sizeBy === 'degree' ? null : state.sizeBy);
  set('color', state.colorBy === 'type' ? null : state.colorBy);
  set('labels', state.labels === 'normal' ? null : state.labels);
  set('isolated', state.showIsolated ? '1' : null);
  set('mindeg', state.minDegree > 0 ? String(state.minDegree) : null);
  set('minment', state.minMentions > 0 ? String(state.minMentions) : null);
  set('ego', state.egoDepth ? String(state.egoDepth) : null);
  set('egoc', state.egoDepth && state.egoCenter ? state.egoCenter : null);
  const c = state.camera;
  set('cam', c ? [c.x, c.y, c.ratio].map((v) => Math.round(v * 10_000) / 10_000).join(',') : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}
